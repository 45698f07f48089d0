package dev.errata.processor.evolution;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.processor.Compilations;
import dev.errata.processor.ErrataProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each rule of catalog evolution: a catalog compiled against the JSON export of an earlier version of
 * itself as its baseline gets the rule's error on the element that causes it (on the catalog for what
 * was removed), with the rule's id and the codes concerned; an accepted break compiles.
 */
class EvolutionTest {

  @TempDir Path resources;

  private static final String TYPES = "types = {@ErrorType(name = \"FATAL\"),"
      + " @ErrorType(name = \"BUSY\", retry = Retry.IMMEDIATELY),"
      + " @ErrorType(name = \"LATER\", retry = Retry.AFTER, after = \"PT1M\")}";

  private static final String BAD_KEY = "@Code(type = \"FATAL\", http = 401) @Description(\"Bad key.\")"
      + " @Description(locale = \"es\", value = \"Clave errónea.\") String BAD_KEY = \"A001\";";

  private static final String BEFORE = """
          @Code(type = "FATAL", http = 401) @Description("Bad key.") @Description(locale = "es", value = "Clave errónea.") String BAD_KEY = "A001";
          @Code(type = "FATAL", http = 400) String INVALID = "E100..E199";
          @Code(type = "BUSY", http = 503) String BUSY = "B2xx";
          @Group(type = "FATAL", http = 404) interface Orders {
            @Code String ORDER_MISSING = "O404";
          }
          @Group(type = "FATAL", http = 409, leaf = true) interface Conflicts {
            @Code String CONFLICT = "C409";
          }
          @Group(type = "FATAL", http = 402) interface Payments {
            @Code String DECLINED = "P402";
          }
      """;

  /** The catalog interface {@code test.ShopErrors}, with more elements of its annotation and a body. */
  private static JavaFileObject catalog(String elements, String body) {
    return JavaFileObjects.forSourceString("test.ShopErrors", "package test;\n\n"
        + "import dev.errata.annotations.*;\n\n"
        + "@ErrorCatalog(name = \"Shop\", codePattern = \"[A-Z][A-Z0-9]{3}\", locales = {\"en\", \"es\"}, " + elements + ")\n"
        + "public interface ShopErrors {\n" + body + "}\n");
  }

  /** The JSON export of a catalog, compiled on its own. */
  private static String export(JavaFileObject catalog) {
    Compilation compilation = Compilations.compile(catalog);
    assertThat(compilation).succeeded();
    return Compilations.generatedResources(compilation).get("META-INF/errata/test.Shop.json");
  }

  private Compilation compile(List<String> options, JavaFileObject source) {
    List<String> all = new ArrayList<>(List.of("--release", "17", "-Xlint:all", "-Werror",
        "-sourcepath", resources.toString()));
    all.addAll(options);
    return Compiler.javac().withProcessors(new ErrataProcessor()).withOptions(all).compile(source);
  }

  /** Compiles the catalog {@code after} with, as its baseline, the export of {@code before}. */
  private Compilation evolve(String beforeElements, String before, String afterElements, String after)
      throws IOException {
    Files.writeString(resources.resolve("baseline.json"), export(catalog(beforeElements, before)),
        StandardCharsets.UTF_8);
    String elements = afterElements + ", baseline = \"baseline.json\"";
    Compilation compilation = compile(List.of(), catalog(elements, after));
    Compilations.assertNoInternalError(compilation);
    return compilation;
  }

  private Compilation evolve(String after) throws IOException {
    return evolve(TYPES, BEFORE, TYPES, after);
  }

  private static List<String> messages(Compilation compilation, Diagnostic.Kind kind) {
    return compilation.diagnostics().stream()
        .filter(diagnostic -> diagnostic.getKind() == kind)
        .map(diagnostic -> diagnostic.getMessage(null))
        .toList();
  }

  private static String changeLog(Compilation compilation) {
    return Compilations.generatedResources(compilation).get("META-INF/errata/test.Shop.changes.md");
  }

  @Test
  void anUnchangedCatalogCompilesWithNoChange() throws IOException {
    Compilation compilation = evolve(BEFORE);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(messages(compilation, Diagnostic.Kind.NOTE)).isEmpty();
    assertThat(changeLog(compilation)).isEqualTo("# Shop: changes since baseline.json\n\nNo changes.\n");
  }

  @Test
  void aRemovedCodeIsReportedOnTheCatalog() throws IOException {
    Compilation compilation = evolve(BEFORE.replace(BAD_KEY, ""));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataCodeRemoved] entry BAD_KEY (A001) was removed:"
        + " clients receiving code A001 now decode an unknown code")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("@ErrorCatalog");
  }

  @Test
  void aRemovedEntryOfAStatusAloneNamesTheStatus() throws IOException {
    String unavailable = "@HttpStatus(type = \"BUSY\") String UNAVAILABLE = \"503\";\n";
    Compilation compilation = evolve(TYPES, BEFORE + unavailable, TYPES, BEFORE);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataCodeRemoved] entry UNAVAILABLE (HTTP 503) was removed:"
        + " clients receiving its HTTP status now decode an unknown code."
        + " Restore it, or accept the break with accept = \"ErrataCodeRemoved:UNAVAILABLE\".")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("@ErrorCatalog");
  }

  @Test
  void theStatusesOfAnEntryOfStatusesAloneChanged() throws IOException {
    String unavailable = "@HttpStatus(type = \"BUSY\") String UNAVAILABLE = \"503\";\n";
    Compilation compilation = evolve(TYPES, BEFORE + unavailable, TYPES, BEFORE + unavailable.replace("503", "502..504"));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataHttpStatusChanged] entry UNAVAILABLE: its HTTP status"
        + " changed from 503 to 502..504, so clients that decode by status read it differently.")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("String UNAVAILABLE");
  }

  @Test
  void anEntryOfStatusesAloneAddedNamesTheStatuses() throws IOException {
    String unavailable = "@HttpStatus(type = \"BUSY\") String UNAVAILABLE = \"503\";\n";
    Compilation compilation = evolve(TYPES, BEFORE, TYPES, BEFORE + unavailable);

    assertThat(messages(compilation, Diagnostic.Kind.NOTE)).contains(
        "[ErrataEntryAdded] entry UNAVAILABLE (HTTP 503) was added, outside every earlier range.");
  }

  @Test
  void aRemovedRangeWhoseCodesAllBelongToOthersLosesOnlyItsConstant() throws IOException {
    // D100..D101 never decoded a code of its own: D100 and D101 are exact codes of other entries.
    String exact = "@Code(type = \"FATAL\", http = 400) String FIRST = \"D100\";\n"
        + "@Code(type = \"FATAL\", http = 400) String SECOND = \"D101\";\n";
    String shadowed = "@Code(type = \"FATAL\", http = 400) String SHADOWED = \"D100..D101\";\n";
    Compilation compilation = evolve(TYPES, BEFORE + exact + shadowed, TYPES, BEFORE + exact);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataConstantRemoved] entry SHADOWED was removed: client code"
        + " naming ShopErrorCode.SHADOWED or ShopShadowedException no longer compiles."
        + " Restore it, or accept the break with accept = \"ErrataConstantRemoved:SHADOWED\".")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("@ErrorCatalog");
  }

  @Test
  void aRemovedRangeWhoseCodesMovedIsReportedAsMovedAndItsConstantAsRemoved() throws IOException {
    String split = "@Code(type = \"FATAL\", http = 400) String LOW = \"E100..E149\";\n"
        + "@Code(type = \"FATAL\", http = 400) String HIGH = \"E150..E199\";\n";
    Compilation compilation = evolve(BEFORE.replace("@Code(type = \"FATAL\", http = 400) String INVALID = \"E100..E199\";", split));

    assertThat(messages(compilation, Diagnostic.Kind.ERROR)).containsExactly(
        "[ErrataCodeMoved] codes E100, E149 moved from entry INVALID to entry LOW: clients now decode them as"
            + " ShopLowException, not ShopInvalidException. Keep them where they were, or accept the break"
            + " with accept = \"ErrataCodeMoved:LOW\".",
        "[ErrataCodeMoved] codes E150, E199 moved from entry INVALID to entry HIGH: clients now decode them as"
            + " ShopHighException, not ShopInvalidException. Keep them where they were, or accept the break"
            + " with accept = \"ErrataCodeMoved:HIGH\".",
        "[ErrataConstantRemoved] entry INVALID was removed: client code naming ShopErrorCode.INVALID or"
            + " ShopInvalidException no longer compiles. Restore it, or accept the break with"
            + " accept = \"ErrataConstantRemoved:INVALID\".",
        "[ErrataNewSubclass] entry LOW adds ShopLowException, a new permitted subclass of sealed ShopException:"
            + " every switch over ShopException without a default in client code needs a case for it. Put the"
            + " entry in a leaf group, or accept the break with accept = \"ErrataNewSubclass:LOW\".",
        "[ErrataNewSubclass] entry HIGH adds ShopHighException, a new permitted subclass of sealed ShopException:"
            + " every switch over ShopException without a default in client code needs a case for it. Put the"
            + " entry in a leaf group, or accept the break with accept = \"ErrataNewSubclass:HIGH\".");
  }

  @Test
  void aNarrowedRangeNamesTheCodesThatStopMatching() throws IOException {
    Compilation compilation = evolve(BEFORE.replace("E100..E199", "E100..E149"));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataCodeNarrowed] entry INVALID now covers E100..E149"
        + " instead of E100..E199: codes E150, E199 stop matching it")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("String INVALID");
  }

  @Test
  void aNarrowedWildcardNamesTheCodesThatStopMatching() throws IOException {
    Compilation compilation = evolve(BEFORE.replace("B2xx", "B20x"));

    assertThat(compilation).hadErrorContaining("[ErrataCodeNarrowed] entry BUSY now covers B20x instead of B2xx:"
        + " codes B210, B299 stop matching it")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("String BUSY");
  }

  @Test
  void aNarrowedWildcardOfInnerDigitsNamesItsLastCode() throws IOException {
    // B2x0 is a wildcard, not a range (its x is not trailing): its codes run from B200 to B290.
    String before = BEFORE.replace("B2xx", "B2x0");
    Compilation compilation = evolve(TYPES, before, TYPES, before.replace("B2x0", "B20x"));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataCodeNarrowed] entry BUSY now covers B20x instead of B2x0:"
        + " code B290 stops matching it")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("String BUSY");
  }

  @Test
  void aCodeAddedInsideAWildcardMovesFromIt() throws IOException {
    String before = BEFORE.replace("B2xx", "B2x0");
    Compilation compilation = evolve(TYPES, before, TYPES,
        before + "@Code(type = \"BUSY\", http = 503) String FIFTY = \"B250\";\n");

    assertThat(compilation).hadErrorContaining("[ErrataCodeMoved] code B250 moved from entry BUSY to entry FIFTY:"
        + " clients now decode it as ShopFiftyException, not ShopBusyException")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("String FIFTY");
    // Inside a wildcard that held it, so not added outside every range.
    assertThat(messages(compilation, Diagnostic.Kind.NOTE)).isEmpty();
  }

  @Test
  void aCodeTakenOutOfARangeMovesToItsNewEntry() throws IOException {
    Compilation compilation = evolve(BEFORE + "@Code(type = \"FATAL\", http = 400) String TOO_BIG = \"E150\";\n");

    assertThat(compilation).hadErrorContaining("[ErrataCodeMoved] code E150 moved from entry INVALID to entry"
        + " TOO_BIG: clients now decode it as ShopTooBigException, not ShopInvalidException")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("String TOO_BIG");
    // Not added outside every range: no note says so.
    assertThat(messages(compilation, Diagnostic.Kind.NOTE)).isEmpty();
  }

  @Test
  void aTypeThatNowRetriesWhatNeverWasIsTheDangerousDirection() throws IOException {
    Compilation compilation = evolve(BEFORE.replace("@Code(type = \"FATAL\", http = 401)", "@Code(type = \"BUSY\", http = 401)"));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataRetryChanged] entry BAD_KEY: its retry meaning changed"
        + " from NEVER to IMMEDIATELY (type BUSY, was FATAL): breaking in the dangerous direction")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("String BAD_KEY");
  }

  @Test
  void aTypeThatStopsRetryingIsBreakingToo() throws IOException {
    Compilation compilation = evolve(BEFORE.replace("@Code(type = \"BUSY\", http = 503)", "@Code(type = \"LATER\", http = 503)"));

    assertThat(compilation).hadErrorContaining("[ErrataRetryChanged] entry BUSY: its retry meaning changed"
        + " from IMMEDIATELY to AFTER PT1M (type LATER, was BUSY).")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("String BUSY");
  }

  @Test
  void aChangedHttpStatus() throws IOException {
    Compilation compilation = evolve(BEFORE.replace("http = 503", "http = 500"));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataHttpStatusChanged] entry BUSY: its HTTP status changed"
        + " from 503 to 500")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("String BUSY");
  }

  @Test
  void aChangedEnvelopePointer() throws IOException {
    Compilation compilation = evolve(TYPES, BEFORE, TYPES + ", envelope = @Envelope(code = \"/error/code\")", BEFORE);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataEnvelopeChanged] the envelope's code changed from"
        + " \"/code\" to \"/error/code\"")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("@ErrorCatalog");
  }

  @Test
  void aRemovedEnvelopeAttribute() throws IOException {
    String attribute = ", envelope = @Envelope(attributes = @Attribute(name = \"param\", pointer = \"/param\"))";
    Compilation compilation = evolve(TYPES + attribute, BEFORE, TYPES, BEFORE);

    assertThat(compilation).hadErrorContaining("[ErrataEnvelopeChanged] the envelope's attribute param changed"
        + " from \"/param\" to \"\"");
  }

  @Test
  void aRemovedRetryHeaderIsAWireBreak() throws IOException {
    String header = ", envelope = @Envelope(retryHeader = \"Should-Retry\")";
    Compilation compilation = evolve(TYPES + header, BEFORE, TYPES, BEFORE);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataEnvelopeChanged] the envelope's retryHeader changed"
        + " from \"Should-Retry\" to \"\"")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("@ErrorCatalog");
  }

  @Test
  void anAttributeNowWrittenAsANumberIsAWireBreak() throws IOException {
    String text = ", envelope = @Envelope(attributes = @Attribute(name = \"param\", pointer = \"/param\"))";
    String number = ", envelope = @Envelope(attributes = @Attribute(name = \"param\", pointer = \"/param\","
        + " json = JsonType.NUMBER))";
    Compilation compilation = evolve(TYPES + text, BEFORE, TYPES + number, BEFORE);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataEnvelopeChanged] the envelope's attribute param changed"
        + " from \"/param\" to \"/param as NUMBER\"");
  }

  private static final String PROBLEMS = ", envelope = @Envelope(format = Envelope.Format.PROBLEM_DETAILS,"
      + " typePrefix = \"https://api.example.com/problems/\")";

  @Test
  void anUnchangedProblemDetailsCatalogHasNoChange() throws IOException {
    // The declaration leaves code and description at @Envelope's defaults; its export names the
    // members the format reads (/type, /detail, /instance, /status). Both are the same envelope.
    Compilation compilation = evolve(TYPES + PROBLEMS, BEFORE, TYPES + PROBLEMS, BEFORE);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(changeLog(compilation)).isEqualTo("# Shop: changes since baseline.json\n\nNo changes.\n");
  }

  @Test
  void anEnvelopeTurnedIntoProblemDetailsIsAWireBreak() throws IOException {
    Compilation compilation = evolve(TYPES, BEFORE, TYPES + PROBLEMS, BEFORE);

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[ErrataEnvelopeChanged] the envelope's format changed from"
        + " \"POINTERS\" to \"PROBLEM_DETAILS\"")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("@ErrorCatalog");
    assertThat(compilation).hadErrorContaining("[ErrataEnvelopeChanged] the envelope's code changed from"
        + " \"/code\" to \"/type\"");
    assertThat(compilation).hadErrorContaining("[ErrataEnvelopeChanged] the envelope's description changed from"
        + " \"/message\" to \"/detail\"");
  }

  @Test
  void aProblemDetailsEnvelopeTurnedBackIntoPointersIsAWireBreakOfEveryMemberItRead() throws IOException {
    Compilation compilation = evolve(TYPES + PROBLEMS, BEFORE, TYPES, BEFORE);

    List<String> errors = messages(compilation, Diagnostic.Kind.ERROR);
    assertThat(errors).hasSize(6);
    for (String change : List.of("format changed from \"PROBLEM_DETAILS\" to \"POINTERS\"",
        "typePrefix changed from \"https://api.example.com/problems/\" to \"\"",
        "code changed from \"/type\" to \"/code\"", "description changed from \"/detail\" to \"/message\"",
        "correlationId changed from \"/instance\" to \"\"", "httpStatus changed from \"/status\" to \"\"")) {
      assertThat(compilation).hadErrorContaining("[ErrataEnvelopeChanged] the envelope's " + change)
          .inFile(compilation.sourceFiles().get(0)).onLineContaining("@ErrorCatalog");
    }
  }

  @Test
  void aChangedProblemTypePrefixIsAWireBreak() throws IOException {
    String other = PROBLEMS.replace("api.example.com/problems/", "example.com/errors/");
    Compilation compilation = evolve(TYPES + PROBLEMS, BEFORE, TYPES + other, BEFORE);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataEnvelopeChanged] the envelope's typePrefix changed from"
        + " \"https://api.example.com/problems/\" to \"https://example.com/errors/\"")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("@ErrorCatalog");
  }

  @Test
  void aRemovedLocale() throws IOException {
    Files.writeString(resources.resolve("baseline.json"), export(catalog(TYPES, BEFORE)), StandardCharsets.UTF_8);
    JavaFileObject english = JavaFileObjects.forSourceString("test.ShopErrors", catalogText(BEFORE)
        .replace(" @Description(locale = \"es\", value = \"Clave errónea.\")", "")
        .replace("locales = {\"en\", \"es\"}", "locales = {\"en\"}, baseline = \"baseline.json\""));
    Compilation compilation = compile(List.of(), english);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataLocaleRemoved] locale es was removed: clients asking"
        + " for it get descriptions in en")
        .inFile(english).onLineContaining("@ErrorCatalog");
  }

  private static String catalogText(String body) {
    try {
      return catalog(TYPES, body).getCharContent(true).toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aRenamedConstant() throws IOException {
    Compilation compilation = evolve(BEFORE.replace("String BAD_KEY", "String WRONG_KEY"));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataConstantRenamed] code A001 is now entry WRONG_KEY, was"
        + " BAD_KEY: client code naming ShopErrorCode.BAD_KEY or ShopBadKeyException no longer compiles")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("String WRONG_KEY");
  }

  @Test
  void aRenamedConstantIsComparedWithWhatItWas() throws IOException {
    Compilation compilation = evolve(BEFORE.replace("http = 401)", "http = 403)")
        .replace("String BAD_KEY", "String WRONG_KEY"));

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[ErrataConstantRenamed] code A001 is now entry WRONG_KEY, was BAD_KEY")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("String WRONG_KEY");
    assertThat(compilation).hadErrorContaining("[ErrataHttpStatusChanged] entry WRONG_KEY: its HTTP status changed"
        + " from 401 to 403")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("String WRONG_KEY");
  }

  @Test
  void aRemovedType() throws IOException {
    String fewer = TYPES.replace(", @ErrorType(name = \"LATER\", retry = Retry.AFTER, after = \"PT1M\")", "");
    Compilation compilation = evolve(TYPES, BEFORE, fewer, BEFORE);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataTypeRemoved] error type LATER was removed: client code"
        + " naming ShopErrorType.LATER no longer compiles")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("@ErrorCatalog");
  }

  @Test
  void aCodeMovedToAnotherGroup() throws IOException {
    String moved = BEFORE.replace("@Code String DECLINED = \"P402\";", "")
        .replace("@Code String ORDER_MISSING = \"O404\";",
            "@Code String ORDER_MISSING = \"O404\";\n@Code(http = 402) String DECLINED = \"P402\";");
    Compilation compilation = evolve(moved);

    assertThat(compilation).hadErrorContaining("[ErrataGroupMoved] entry DECLINED moved from group Payments to"
        + " group Orders: its exception now extends ShopOrdersException, not ShopPaymentsException")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("String DECLINED");
  }

  @Test
  void aRemovedGroup() throws IOException {
    String without = BEFORE.replace("@Group(type = \"FATAL\", http = 402) interface Payments {", "")
        .replace("@Code String DECLINED = \"P402\";\n    }", "@Code(type = \"FATAL\", http = 402) String DECLINED = \"P402\";");
    Compilation compilation = evolve(without);

    assertThat(compilation).hadErrorContaining("[ErrataGroupRemoved] group Payments was removed: client code"
        + " naming ShopPaymentsException no longer compiles")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("@ErrorCatalog");
  }

  @Test
  void aNewEntryIsANewPermittedSubclassAndNamesTheSwitches() throws IOException {
    Compilation compilation = evolve(BEFORE + "@Code(type = \"FATAL\", http = 429) String TOO_MANY = \"T429\";\n");

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataNewSubclass] entry TOO_MANY adds ShopTooManyException, a new"
        + " permitted subclass of sealed ShopException: every switch over ShopException without a default in"
        + " client code needs a case for it")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("String TOO_MANY");
    assertThat(compilation).hadNoteContaining("[ErrataEntryAdded] entry TOO_MANY (T429) was added, outside every"
        + " earlier range.");
  }

  @Test
  void anEntryAddedToALeafGroupIsCompatible() throws IOException {
    Compilation compilation = evolve(BEFORE.replace("@Code String CONFLICT = \"C409\";",
        "@Code String CONFLICT = \"C409\";\n@Code @Description(\"Taken.\") @Description(locale = \"es\", value = \"Tomado.\") String TAKEN = \"C410\";"));

    assertThat(compilation).succeeded();
    assertThat(messages(compilation, Diagnostic.Kind.ERROR)).isEmpty();
    assertThat(compilation).hadNoteContaining("[ErrataEntryAdded] entry TAKEN (C410) was added");
    assertThat(changeLog(compilation)).isEqualTo("# Shop: changes since baseline.json\n\n"
        + "Nothing breaks clients.\n\n## Compatible\n\n"
        + "- `ErrataEntryAdded` entry TAKEN (C410) was added, outside every earlier range. Taken.\n");
  }

  @Test
  void aChangedDescriptionIsANote() throws IOException {
    Compilation compilation = evolve(BEFORE.replace("Bad key.", "The key is wrong."));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("[ErrataDescriptionChanged] the description of BAD_KEY in en changed.");
  }

  @Test
  void anAcceptedBreakCompilesAndIsLoggedAsAccepted() throws IOException {
    String removed = BEFORE.replace(BAD_KEY, "");
    Compilation compilation = evolve(TYPES, BEFORE, TYPES + ", accept = \"ErrataCodeRemoved:BAD_KEY\"", removed);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadNoteContaining("[ErrataBreakAccepted] accepted by accept ="
        + " \"ErrataCodeRemoved:BAD_KEY\": entry BAD_KEY (A001) was removed");
    assertThat(changeLog(compilation)).contains("## Breaking on the wire\n\n- `ErrataCodeRemoved` entry BAD_KEY"
        + " (A001) was removed");
    assertThat(changeLog(compilation)).contains("(accepted)\n");
  }

  @Test
  void acceptingABreakOfAnotherEntryDoesNotAcceptIt() throws IOException {
    String removed = BEFORE.replace(BAD_KEY, "");
    Compilation compilation = evolve(TYPES, BEFORE, TYPES + ", accept = \"ErrataCodeRemoved:INVALID\"", removed);

    assertThat(compilation).hadErrorContaining("[ErrataCodeRemoved] entry BAD_KEY");
    assertThat(compilation).hadErrorContaining("[ErrataAcceptUnused] accept = \"ErrataCodeRemoved:INVALID\" names"
        + " no breaking change since the baseline")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("@ErrorCatalog");
  }

  @Test
  void anAcceptWithoutAnEntry() throws IOException {
    Compilation compilation = evolve(TYPES, BEFORE, TYPES + ", accept = \"ErrataCodeRemoved\"", BEFORE);

    assertThat(compilation).hadErrorContaining("[ErrataAcceptSyntax] accept = \"ErrataCodeRemoved\" is not"
        + " \"<rule id>:<entry>\"");
  }

  @Test
  void anAcceptWithAnEmptyRuleIdOrEntry() throws IOException {
    Compilation compilation = evolve(TYPES, BEFORE,
        TYPES + ", accept = {\":BAD_KEY\", \"ErrataCodeRemoved:\", \"C:B\"}", BEFORE);

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[ErrataAcceptSyntax] accept = \":BAD_KEY\" is not"
        + " \"<rule id>:<entry>\"");
    assertThat(compilation).hadErrorContaining("[ErrataAcceptSyntax] accept = \"ErrataCodeRemoved:\" is not"
        + " \"<rule id>:<entry>\"");
    // One character on each side is enough: well formed, and unused.
    assertThat(compilation).hadErrorContaining("[ErrataAcceptUnused] accept = \"C:B\" names no breaking change");
  }

  @Test
  void aMissingBaseline() {
    Compilation compilation = compile(List.of(), catalog(TYPES + ", baseline = \"nowhere.json\"", BEFORE));

    assertThat(compilation).hadErrorContaining("[ErrataBaselineNotFound] baseline \"nowhere.json\": no such resource.")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("@ErrorCatalog");
  }

  @Test
  void aMalformedBaselineNamesItsFileEntryAndLine() throws IOException {
    String json = export(catalog(TYPES, BEFORE)).replaceFirst("\"http\" : 401", "\"http\" : \"401\"");
    Files.writeString(resources.resolve("baseline.json"), json, StandardCharsets.UTF_8);
    Compilation compilation = compile(List.of(), catalog(TYPES + ", baseline = \"baseline.json\"", BEFORE));

    assertThat(compilation).hadErrorContaining("[ErrataBaselineFormat] baseline.json /codes/0/http (line ");
  }

  @Test
  void aBaselineDirectoryWithoutTheCatalogsFileMeansNotReleasedYet(@TempDir Path directory) throws IOException {
    Files.writeString(directory.resolve("test.Other.json"), export(catalog(TYPES, BEFORE)), StandardCharsets.UTF_8);
    Compilation compilation = compile(List.of("-Aerrata.baselineDir=" + directory),
        catalog(TYPES, BEFORE.replace("http = 503", "http = 500")));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(messages(compilation, Diagnostic.Kind.NOTE)).isEmpty();
    assertThat(changeLog(compilation)).isNull();
  }

  @Test
  void aBaselineFileOfTheDirectoryThatCannotBeReadIsReported(@TempDir Path directory) throws IOException {
    // Not UTF-8: reading it fails, and the error says which file and why.
    Files.write(directory.resolve("test.Shop.json"), new byte[] {'{', (byte) 0xff, (byte) 0xfe, '}'});
    Compilation compilation = compile(List.of("-Aerrata.baselineDir=" + directory), catalog(TYPES, BEFORE));

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataBaselineFormat] " + directory.resolve("test.Shop.json")
        + ": cannot be read as UTF-8 text (java.nio.charset.MalformedInputException: Input length = 1); export it"
        + " again from the release your clients use.")
        .inFile(compilation.sourceFiles().get(0)).onLineContaining("@ErrorCatalog");
  }

  @Test
  void aCatalogReadFromAJsonSourceIsComparedWithItsBaseline() throws IOException {
    Files.writeString(resources.resolve("baseline.json"), export(catalog(TYPES, BEFORE)), StandardCharsets.UTF_8);
    Files.writeString(resources.resolve("shop.json"),
        export(catalog(TYPES, BEFORE.replace(BAD_KEY, "").replace("E100..E199", "E100..E149"))), StandardCharsets.UTF_8);
    JavaFileObject twin = JavaFileObjects.forSourceString("test.ShopErrors", "package test;\n\n"
        + "import dev.errata.annotations.ErrorCatalog;\n\n"
        + "@ErrorCatalog(name = \"Shop\", source = \"shop.json\", baseline = \"baseline.json\")\n"
        + "public interface ShopErrors {}\n");
    Compilation compilation = compile(List.of(), twin);
    Compilations.assertNoInternalError(compilation);

    // What was removed is reported on the catalog; what changed, at its entry in the file.
    assertThat(messages(compilation, Diagnostic.Kind.ERROR)).containsExactly(
        "[ErrataCodeRemoved] entry BAD_KEY (A001) was removed: clients receiving code A001 now decode"
            + " an unknown code. Restore it, or accept the break with accept = \"ErrataCodeRemoved:BAD_KEY\".",
        "[ErrataCodeNarrowed] shop.json /codes/2 (line 89): entry INVALID now covers E100..E149 instead of"
            + " E100..E199: codes E150, E199 stop matching it. Widen it back, or accept the break with"
            + " accept = \"ErrataCodeNarrowed:INVALID\".");
  }

  @Test
  void theBaselineDirectoryOptionServesCatalogsThatNameNone(@TempDir Path directory) throws IOException {
    Files.writeString(directory.resolve("test.Shop.json"), export(catalog(TYPES, BEFORE)), StandardCharsets.UTF_8);
    Compilation compilation = compile(List.of("-Aerrata.baselineDir=" + directory),
        catalog(TYPES, BEFORE.replace("http = 503", "http = 500")));
    assertThat(compilation).hadErrorContaining("[ErrataHttpStatusChanged] entry BUSY");

    compilation = compile(List.of("-Aerrata.baselineDir=" + directory), catalog(
        TYPES + ", accept = \"ErrataHttpStatusChanged:BUSY\"", BEFORE.replace("http = 503", "http = 500")));
    assertThat(compilation).succeeded();
    assertThat(changeLog(compilation)).startsWith("# Shop: changes since test.Shop.json\n");
  }
}
