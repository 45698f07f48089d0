package dev.errata.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.validate.Catalogs.bad;
import static dev.errata.processor.validate.Catalogs.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.errata.processor.ErrataProcessor;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every catalog under {@code catalogs/bad} fails to compile with Errata's own diagnostics, and the
 * processor never fails itself, however wrong its input: one at a time, and all in one compilation.
 * The compilation of them all also shows that every diagnostic has a bad catalog that produces it.
 */
class EveryBadCatalogTest {

  private static final java.util.Set<Diagnostics> EVOLUTION = java.util.EnumSet.of(
      Diagnostics.BASELINE_NOT_FOUND, Diagnostics.BASELINE_FORMAT, Diagnostics.ACCEPT_SYNTAX,
      Diagnostics.ACCEPT_UNUSED, Diagnostics.CODE_REMOVED, Diagnostics.CODE_NARROWED, Diagnostics.CODE_MOVED,
      Diagnostics.RETRY_CHANGED, Diagnostics.HTTP_STATUS_CHANGED, Diagnostics.ENVELOPE_CHANGED,
      Diagnostics.LOCALE_REMOVED, Diagnostics.CONSTANT_RENAMED, Diagnostics.TYPE_REMOVED,
      Diagnostics.GROUP_MOVED, Diagnostics.GROUP_REMOVED, Diagnostics.NEW_SUBCLASS,
      Diagnostics.ENTRY_ADDED, Diagnostics.DESCRIPTION_CHANGED, Diagnostics.BREAK_ACCEPTED,
      Diagnostics.CONSTANT_REMOVED);

  /**
   * The ids each bad catalog must be reported with, and no others: what its name and comment say is
   * wrong with it (several diagnostics share an id, such as the clashes of a generated name).
   */
  private static final Map<String, Set<String>> EXPECTED_IDS = Map.ofEntries(
      Map.entry("AllMistakes", Set.of(
          "[ErrataCodePattern]", "[ErrataDuplicateCode]", "[ErrataDuration]", "[ErrataGroupNotInterface]",
          "[ErrataHttpStatus]", "[ErrataLocale]", "[ErrataNameClash]", "[ErrataPointer]", "[ErrataRangeOrder]",
          "[ErrataUndeclaredLocale]", "[ErrataUnknownType]")),
      Map.entry("BadLocales", Set.of("[ErrataLocale]")),
      Map.entry("BuiltInType", Set.of("[ErrataNameClash]")),
      Map.entry("CatalogName", Set.of("[ErrataCatalogName]")),
      Map.entry("CodeNotConstant", Set.of("[ErrataCodeNotConstant]")),
      Map.entry("CodePatternAdmitsBoth", Set.of("[ErrataCodeReading]")),
      Map.entry("CodePatternMismatch", Set.of("[ErrataCodePattern]")),
      Map.entry("CodePatternSyntax", Set.of("[ErrataCodePatternSyntax]")),
      Map.entry("CodeReadings", Set.of("[ErrataCodeReading]")),
      Map.entry("CodeSyntax", Set.of("[ErrataCodeSyntax]")),
      Map.entry("ConstantNameClash", Set.of("[ErrataNameClash]")),
      Map.entry("DefaultPackage", Set.of("[ErrataDefaultPackage]")),
      Map.entry("DuplicateCode", Set.of("[ErrataDuplicateCode]")),
      Map.entry("DuplicateDescription", Set.of("[ErrataDuplicateDescription]")),
      Map.entry("EmptyCatalog", Set.of("[ErrataEmptyCatalog]")),
      Map.entry("EnvelopeAttributes", Set.of("[ErrataAttribute]")),
      Map.entry("EnvelopePointers", Set.of("[ErrataPointer]")),
      Map.entry("EnvelopeWire", Set.of("[ErrataEnvelopeJson]", "[ErrataHeader]")),
      Map.entry("GroupNameClash", Set.of("[ErrataNameClash]")),
      Map.entry("GroupNotInterface", Set.of("[ErrataGroupNotInterface]")),
      Map.entry("HttpStatus", Set.of("[ErrataHttpStatus]")),
      Map.entry("JsonOwnCode", Set.of("[ErrataSourceFormat]")),
      Map.entry("JsonSource", Set.of("[ErrataSourceNotFound]")),
      Map.entry("JsonSourceConflict", Set.of("[ErrataSourceConflict]")),
      Map.entry("JsonSourceEntries", Set.of(
          "[ErrataSourceEntry]", "[ErrataSourceGroup]", "[ErrataSourceKey]", "[ErrataSourceName]",
          "[ErrataSourceValue]")),
      Map.entry("JsonSourceFormat", Set.of("[ErrataSourceValue]")),
      Map.entry("JsonSourceRoot", Set.of("[ErrataSourceValue]")),
      Map.entry("JsonSourceShape", Set.of(
          "[ErrataSourceEntry]", "[ErrataSourceGroup]", "[ErrataSourceKey]", "[ErrataSourceName]",
          "[ErrataSourceValue]", "[ErrataSourceVersion]")),
      Map.entry("JsonSourceSyntax", Set.of("[ErrataSourceSyntax]")),
      Map.entry("JsonWrongValues", Set.of("[ErrataSourceValue]", "[ErrataSourceKey]")),
      Map.entry("LedgerErrorCodes0", Set.of("[ErrataNameClash]")),
      Map.entry("MessagesFitTheCatalog", Set.of("[ErrataCodeNotConstant]", "[ErrataCodeSyntax]")),
      Map.entry("MissingDescription", Set.of("[ErrataMissingDescription]")),
      Map.entry("MissingType", Set.of("[ErrataMissingType]")),
      Map.entry("NoLocales", Set.of("[ErrataLocale]")),
      Map.entry("NotInterfaceClass", Set.of("[ErrataNotInterface]")),
      Map.entry("NotInterfaceEnum", Set.of("[ErrataNotInterface]")),
      Map.entry("OutsideCatalog", Set.of("[ErrataOutsideCatalog]")),
      Map.entry("OverlappingRanges", Set.of("[ErrataOverlap]")),
      Map.entry("OverlappingWildcards", Set.of("[ErrataOverlap]")),
      Map.entry("PaymentsMatcher", Set.of("[ErrataNameClash]")),
      Map.entry("ProblemDetails", Set.of("[ErrataProblemDetails]")),
      Map.entry("ProblemDetailsNoPrefix", Set.of("[ErrataProblemDetails]")),
      Map.entry("ProblemDetailsPrefixUnused", Set.of("[ErrataProblemDetails]")),
      Map.entry("RangeOrder", Set.of("[ErrataRangeOrder]")),
      Map.entry("RetryDurations", Set.of("[ErrataDuration]", "[ErrataRetryAfter]")),
      Map.entry("SharedName", Set.of("[ErrataNameClash]")),
      Map.entry("StatusIsCode", Set.of("[ErrataHttpStatus]")),
      Map.entry("Statuses", Set.of("[ErrataHttpStatus]", "[ErrataStatusClash]")),
      Map.entry("TroubleLockedException", Set.of("[ErrataNameClash]")),
      Map.entry("TypeExists", Set.of("[ErrataTypeExists]")),
      Map.entry("TypeNames", Set.of("[ErrataDuplicateType]", "[ErrataTypeName]")),
      Map.entry("UndeclaredLocale", Set.of("[ErrataUndeclaredLocale]")),
      Map.entry("UnknownNameClash", Set.of("[ErrataNameClash]")),
      Map.entry("UnknownType", Set.of("[ErrataUnknownType]")),
      Map.entry("UnresolvedFieldType", Set.of("[ErrataUnresolvedType]")));

  static List<String> badCatalogs() throws IOException, URISyntaxException {
    URL directory = EveryBadCatalogTest.class.getClassLoader().getResource("catalogs/bad");
    try (Stream<Path> files = Files.list(Path.of(directory.toURI()))) {
      return files
          .map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".java"))
          .map(name -> name.substring(0, name.length() - ".java".length()))
          .sorted()
          .toList();
    }
  }

  @ParameterizedTest
  @MethodSource("badCatalogs")
  void isReportedWithoutAnInternalError(String name) {
    // compile() fails on any [ErrataInternal].
    Compilation compilation = compile(bad(name));

    assertThat(compilation).failed();
    List<String> errors = Catalogs.messages(compilation.errors());
    Set<String> ids = errors.stream()
        .filter(message -> message.startsWith("[Errata"))
        .map(message -> message.substring(0, message.indexOf(']') + 1))
        .collect(Collectors.toCollection(TreeSet::new));
    assertWithMessage("%s", name + " has no expected ids in EXPECTED_IDS").that(EXPECTED_IDS.containsKey(name)).isTrue();
    assertWithMessage("%s", name + " reported: " + errors).that(ids).isEqualTo(new TreeSet<>(EXPECTED_IDS.get(name)));
  }

  @Test
  void everyBadCatalogHasItsExpectedIds() throws IOException, URISyntaxException {
    assertThat(new TreeSet<>(EXPECTED_IDS.keySet())).isEqualTo(new TreeSet<>(badCatalogs()));
  }

  /** Together, the bad catalogs produce every diagnostic but the internal error: each is tested. */
  @Test
  void allAtOnceGiveEveryDiagnostic() throws IOException, URISyntaxException {
    JavaFileObject[] sources =
        badCatalogs().stream().map(Catalogs::bad).toArray(JavaFileObject[]::new);

    // javac prints 100 errors by default; together the bad catalogs give more.
    Compilation compilation = Compiler.javac().withProcessors(new ErrataProcessor())
        .withOptions("-Xmaxerrs", "10000").compile(sources);
    Catalogs.assertNoInternalError(compilation);

    assertThat(compilation).failed();
    List<String> messages = Catalogs.messages(compilation.errors());
    List<Diagnostics> untested = Arrays.stream(Diagnostics.values())
        // Our own bug, and a Filer that cannot write: no catalog causes either.
        .filter(diagnostic -> diagnostic != Diagnostics.INTERNAL && diagnostic != Diagnostics.WRITE)
        // Changes since a baseline need two versions of a catalog: EvolutionTest has one test each.
        .filter(diagnostic -> !EVOLUTION.contains(diagnostic))
        .filter(diagnostic -> messages.stream().noneMatch(messagesOf(diagnostic).asMatchPredicate()))
        .toList();
    assertWithMessage("diagnostics no bad catalog produces").that(untested).isEqualTo(List.of());
  }

  /**
   * The messages a diagnostic can print: its template, with any text for each argument, and after the
   * id where in a JSON catalog file the value is, for a catalog read from one.
   */
  private static Pattern messagesOf(Diagnostics diagnostic) {
    return Pattern.compile(Arrays.stream(diagnostic.template().replaceFirst("\\] ", "] %s").split("%[sdn]", -1))
        .map(Pattern::quote)
        .collect(Collectors.joining("(?s:.*)")));
  }
}
