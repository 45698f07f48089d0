package dev.errata.processor.read;

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
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Catalogs read from a JSON file, {@code @ErrorCatalog(source = ...)}: the exported file of a catalog
 * generates exactly what the catalog generates, and a wrong file gives one clear error naming the file,
 * the entry and its line.
 */
class JsonSourceTest {

  /** A catalog interface with only a name and a source, like a user's twin of a published catalog. */
  private static JavaFileObject twin(String qualifiedName, String name, String source) {
    int dot = qualifiedName.lastIndexOf('.');
    return JavaFileObjects.forSourceString(qualifiedName, "package " + qualifiedName.substring(0, dot)
        + ";\n\nimport dev.errata.annotations.ErrorCatalog;\n\n"
        + "@ErrorCatalog(name = \"" + name + "\", source = \"" + source + "\")\n"
        + "public interface " + qualifiedName.substring(dot + 1) + " {}\n");
  }

  private static Compilation compileWithSourcePath(Path sourcePath, JavaFileObject source) {
    return Compiler.javac()
        .withProcessors(new ErrataProcessor())
        .withOptions("--release", "17", "-Xlint:all", "-Werror", "-sourcepath", sourcePath.toString())
        .compile(source);
  }

  /** Everything generated: sources by type name, resources by path. */
  private static Map<String, String> outputs(Compilation compilation) {
    Map<String, String> outputs = new java.util.TreeMap<>(Compilations.generatedSources(compilation));
    outputs.putAll(Compilations.generatedResources(compilation));
    return outputs;
  }

  @Test
  void theExportedShopCatalogGeneratesWhatItsAnnotationsGenerate() {
    Compilation annotated = Compilations.compile(Compilations.catalog("good/ShopErrors.java"));
    // The golden Shop.json is on the test class path: the twin reads it from there.
    Compilation imported = Compilations.compile(twin("test.ShopErrors", "Shop", "catalogs/expected/test.Shop.json"));
    assertThat(imported).succeededWithoutWarnings();
    assertThat(outputs(imported)).isEqualTo(outputs(annotated));
  }

  @Test
  void aFileExportedInFormatVersion1StillReads() {
    Compilation annotated = Compilations.compile(Compilations.catalog("good/v1/ShopErrors.java"));
    assertThat(annotated).succeededWithoutWarnings();
    Compilation imported = Compilations.compile(twin("test.ShopErrors", "Shop", "catalogs/json/v1/Shop.json"));
    assertThat(imported).succeededWithoutWarnings();
    assertThat(Compilations.generatedSources(imported)).isEqualTo(Compilations.generatedSources(annotated));
    // Exported again in today's format: the same file the catalog in Java exports.
    assertThat(Compilations.generatedResources(imported)).isEqualTo(Compilations.generatedResources(annotated));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "dev.errata.samples.khipu.KhipuErrors, Khipu, khipu/KhipuErrors.java",
    "dev.errata.samples.keybank.KeyBankErrors, KeyBank, keybank/KeyBankErrors.java",
    "dev.errata.samples.khipu.KhipuFailureReasons, KhipuFailure, khipu/KhipuFailureReasons.java",
    "dev.errata.samples.stripe.StripeErrors, Stripe, stripe/StripeErrors.java",
    "dev.errata.samples.google.GoogleErrors, Google, google/GoogleErrors.java",
    "dev.errata.samples.slack.SlackErrors, Slack, slack/SlackErrors.java",
    "dev.errata.samples.twilio.TwilioErrors, Twilio, twilio/TwilioErrors.java",
    "dev.errata.samples.store.StoreErrors, Store, store/StoreErrors.java",
  })
  void theExportedSampleCatalogsGenerateWhatTheirAnnotationsGenerate(
      String interfaceName, String name, String file, @TempDir Path sourcePath) throws IOException {
    Compilation annotated = Compilations.compile(Compilations.sample(file));
    assertThat(annotated).succeededWithoutWarnings();
    String packageName = interfaceName.substring(0, interfaceName.lastIndexOf('.'));
    String exported = Compilations.generatedResources(annotated)
        .get("META-INF/errata/" + packageName + "." + name + ".json");
    Path json = sourcePath.resolve("errata").resolve(name + ".json");
    Files.createDirectories(json.getParent());
    Files.writeString(json, exported, StandardCharsets.UTF_8);

    Compilation imported = compileWithSourcePath(sourcePath, twin(interfaceName, name, "errata/" + name + ".json"));
    assertThat(imported).succeededWithoutWarnings();
    // Same code, and export(import(x)) is x: the data file is generated again, byte for byte.
    assertThat(outputs(imported)).isEqualTo(outputs(annotated));
  }

  @Test
  void aSourceThatCannotBeReadSaysWhereItWasFoundAndWhy(@TempDir Path sourcePath) throws IOException {
    // A directory where the file should be: the source path refuses it, and the in-memory class output
    // of the test's compiler has no file to read.
    Files.createDirectories(sourcePath.resolve("errata").resolve("Shop.json"));
    JavaFileObject source = twin("test.ShopErrors", "Shop", "errata/Shop.json");
    Compilation compilation = compileWithSourcePath(sourcePath, source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataSourceNotFound] @ErrorCatalog(source = \"errata/Shop.json\"): no such resource."
            + " Looked in: CLASS_OUTPUT mem:///CLASS_OUTPUT/errata/Shop.json (not there); SOURCE_PATH"
            + " (ClientCodeException: java.lang.IllegalArgumentException: directories not supported);"
            + " CLASS_PATH (not there). In a Maven or Gradle build put it at src/main/resources/errata/Shop.json")
        .inFile(source)
        .onLineContaining("source = \"errata/Shop.json\"");
  }

  @Test
  void aSyntaxErrorNamesTheFileAndLine() {
    JavaFileObject source = twin("test.BrokenErrors", "Broken", "catalogs/json/bad/syntax.json");
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataSourceSyntax] catalogs/json/bad/syntax.json: is not valid JSON:"
            + " Unexpected character ('{' (code 123)): was expecting comma to separate Array entries"
            + " (line 9, column 5)")
        .inFile(source)
        .onLineContaining("source = \"catalogs/json/bad/syntax.json\"");
  }

  @Test
  void aValueOfTheWrongTypeNamesItsEntry() {
    JavaFileObject source = twin("test.WrongTypeErrors", "WrongType", "catalogs/json/bad/wrong-type.json");
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataSourceValue] catalogs/json/bad/wrong-type.json /codes/1/http (line 9):"
            + " expected a whole number, found a string.")
        .inFile(source)
        .onLineContaining("source = ");
  }

  @Test
  void aProblemDetailsFileIsCheckedAsTheAnnotationIs() {
    JavaFileObject source = twin("test.ProblemsErrors", "Problems", "catalogs/json/bad/problem-details.json");
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ErrataProblemDetails] catalogs/json/bad/problem-details.json /envelope/typePrefix"
            + " (line 9): envelope typePrefix = \"probs/\" is not an absolute URI (it has no scheme, such as"
            + " https:).")
        .inFile(source).onLineContaining("source = ");
    assertThat(compilation)
        .hadErrorContaining("[ErrataProblemDetails] catalogs/json/bad/problem-details.json /codes/1 (line 15):"
            + " code NESTED (catalogs/json/bad/problem-details.json /codes/1, line 15) = \"a/b\" cannot follow typePrefix in a problem type URI: '/' would start another"
            + " path segment.");
  }

  @Test
  void aDuplicateCodeNamesBothEntries() {
    JavaFileObject source = twin("test.DuplicateErrors", "Duplicate", "catalogs/json/bad/duplicate-code.json");
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataDuplicateCode] catalogs/json/bad/duplicate-code.json /codes/1 (line 9):"
            + " code A100 is declared twice: by FIRST (catalogs/json/bad/duplicate-code.json /codes/0,"
            + " line 8) and by SECOND (catalogs/json/bad/duplicate-code.json /codes/1, line 9).");
  }

  @Test
  void anUnknownTypeNamesItsEntryAndTheLikelyType() {
    JavaFileObject source = twin("test.UnknownTypeErrors", "UnknownType", "catalogs/json/bad/unknown-type.json");
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataUnknownType] catalogs/json/bad/unknown-type.json /codes/1/type (line 9):"
            + " SECOND (catalogs/json/bad/unknown-type.json /codes/1, line 9) names type \"FATLA\"");
    assertThat(compilation).hadErrorContaining("Did you mean \"FATAL\"?");
  }

  @Test
  void aCodeHoldingXWithoutAReadingNamesTheKeyToSayIt() {
    JavaFileObject source = twin("test.UndecidedErrors", "Undecided", "catalogs/json/bad/undecided-reading.json");
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodeReading] catalogs/json/bad/undecided-reading.json /codes/1 (line 6):"
            + " EXPIRED_CARD (catalogs/json/bad/undecided-reading.json /codes/1, line 6): \"expired_card\" holds"
            + " 'x', so it is either that one code or a wildcard (\"e0pired_card\" to \"e9pired_card\"), and the"
            + " catalog has no codePattern to decide. Say which: \"reading\": \"LITERAL\" for the one code,"
            + " \"reading\": \"WILDCARD\" for the wildcard; or give the catalog a codePattern that admits only"
            + " one of them.")
        .inFile(source)
        .onLineContaining("source = ");
  }

  @Test
  void aFileSaysHowEachCodeIsReadAndWhichEntriesAreStatusesAlone() throws ReflectiveOperationException {
    Compilation compilation = Compilations.compile(
        twin("test.SaidErrors", "Said", "catalogs/json/good/said-reading.json"));
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> matcher = Compilations.classLoader(compilation).loadClass("test.SaidMatcher");
    java.lang.reflect.Method match = matcher.getMethod("match", String.class);
    java.lang.reflect.Method forHttpStatus = matcher.getMethod("forHttpStatus", int.class);
    assertThat(((dev.errata.catalog.ErrorCode) match.invoke(null, "expired_card")).name()).isEqualTo("EXPIRED_CARD");
    assertThat(((dev.errata.catalog.ErrorCode) match.invoke(null, "e1pired_card")).name()).isEqualTo("UNKNOWN");
    assertThat(((dev.errata.catalog.ErrorCode) match.invoke(null, "E250")).name()).isEqualTo("TARGET_UNAVAILABLE");
    assertThat(((dev.errata.catalog.ErrorCode) forHttpStatus.invoke(null, 502)).name()).isEqualTo("SERVER_ERROR");
    assertThat(((dev.errata.catalog.ErrorCode) forHttpStatus.invoke(null, 402)).name()).isEqualTo("EXPIRED_CARD");
    // Exported again, each value that reads two ways says how, and the status entry is one.
    String exported = Compilations.generatedResources(compilation).get("META-INF/errata/test.Said.json");
    assertThat(exported).contains("\"code\" : \"expired_card\",\n      \"reading\" : \"LITERAL\"");
    assertThat(exported).contains("\"code\" : \"E2xx\",\n      \"reading\" : \"WILDCARD\"");
    assertThat(exported).contains("\"name\" : \"SERVER_ERROR\",\n      \"status\" : \"5xx\"");
  }

  @Test
  void eachKindOfShapeProblemHasItsOwnId() {
    JavaFileObject source = Compilations.catalog("bad/JsonSourceShape.java");
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).hadErrorCount(6);
    String file = "catalogs/json/bad/shape.json ";
    for (String expected : new String[] {
        "[ErrataSourceVersion] " + file + "/errata (line 2): this file is format version 9",
        "[ErrataSourceKey] " + file + "/colour (line 4): unknown key \"colour\"",
        "[ErrataSourceGroup] " + file + "/groups/1/path (line 10): group \"Client\" is listed twice",
        "[ErrataSourceName] " + file + "/codes/0/name (line 13): \"not-a-name\" is not a Java identifier",
        "[ErrataSourceEntry] " + file + "/codes/1/code (line 14): an entry with \"status\" stands for HTTP"
            + " statuses alone, so it has no \"code\"",
        "[ErrataSourceValue] " + file + "/codes/1/status (line 14): expected a string, found a number"}) {
      assertThat(compilation).hadErrorContaining(expected).inFile(source).onLineContaining("source = ");
    }
  }

  @Test
  void wrongEntriesGroupsLocalesAndTypesAreEachReportedWhereTheyAreWritten() {
    JavaFileObject source = Compilations.catalog("bad/JsonSourceEntries.java");
    Compilation compilation = Compilations.compile(source);
    String file = "catalogs/json/bad/entries.json ";
    String[] expected = {
        "[ErrataSourceKey] " + file + "/name (line 4): this key appears twice in its object; keep one.",
        "[ErrataSourceValue] " + file + "/locales/1 (line 5): expected a locale tag such as \"en\", found a number.",
        "[ErrataSourceValue] " + file + "/types/1 (line 8): expected an object, found a string.",
        "[ErrataSourceGroup] " + file + "/groups/0/path (line 11): group \"Client.Auth\" is inside \"Client\","
            + " which is not listed in \"groups\".",
        "[ErrataSourceName] " + file + "/groups/1/path (line 12): group path \"client-auth\" is not Java"
            + " identifiers separated by dots, such as \"Client.Auth\".",
        "[ErrataSourceGroup] " + file + "/codes/0/group (line 15): group \"Nowhere\" is not listed in \"groups\".",
        "[ErrataSourceEntry] " + file + "/codes/1 (line 16): \"code\" is missing (or \"status\", for an entry"
            + " that stands for HTTP statuses alone).",
        "[ErrataSourceValue] " + file + "/codes/2/reading (line 17): \"GLOB\" is not one of PATTERN, LITERAL,"
            + " WILDCARD."};
    assertThat(compilation).hadErrorCount(expected.length);
    for (String message : expected) {
      assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining("source = ");
    }
  }

  @Test
  void aFileThatIsNotAnObjectIsReportedAsSuch() {
    JavaFileObject source = Compilations.catalog("bad/JsonSourceRoot.java");
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataSourceValue] catalogs/json/bad/root.json (root) (line 1):"
        + " expected an object, found an array.").inFile(source).onLineContaining("source = ");
  }

  @Test
  void eachValueOfTheWrongJsonTypeIsReportedWhereItIsWrittenSayingWhatWasExpected() {
    JavaFileObject source = Compilations.catalog("bad/JsonWrongValues.java");
    Compilation compilation = Compilations.compile(source);
    String file = "catalogs/json/bad/wrong-values.json ";
    String[] expected = {
        "[ErrataSourceValue] " + file + "/locales (line 4): expected an array, found a string.",
        "[ErrataSourceValue] " + file + "/types/0/retry (line 6): \"SOMETIMES\" is not one of NEVER, IMMEDIATELY, AFTER.",
        "[ErrataSourceValue] " + file + "/types/0/descriptions (line 6): expected an object of texts by locale,"
            + " such as {\"en\": \"...\"}, found an array.",
        "[ErrataSourceValue] " + file + "/types/1/name (line 7): expected a string, found a number.",
        "[ErrataSourceValue] " + file + "/groups/0/leaf (line 10): expected true or false, found a string.",
        "[ErrataSourceValue] " + file + "/groups/0/descriptions/en (line 10): expected a string, found null.",
        "[ErrataSourceValue] " + file + "/groups/1 (line 11): expected an object, found a string.",
        "[ErrataSourceValue] " + file + "/codes/0/http (line 14): expected a whole number, found 4.5.",
        "[ErrataSourceValue] " + file + "/codes/1/http (line 15): expected a whole number, found 10000000000.",
        "[ErrataSourceValue] " + file + "/codes/2/forHttpStatus/0 (line 16): expected an HTTP status or range as a"
            + " string, such as \"404\" or \"5xx\", found a number.",
        "[ErrataSourceValue] " + file + "/codes/3/type (line 17): expected a string, found an object.",
        "[ErrataSourceValue] " + file + "/codes/4/http (line 18): expected a whole number, found a boolean.",
        "[ErrataSourceKey] " + file + "/codes/5 (line 19): \"name\" is missing.",
        "[ErrataSourceValue] " + file + "/codes/5/forHttpStatus (line 19): expected an array, found a string.",
        "[ErrataSourceKey] " + file + "/codes/6/leaf (line 20): unknown key \"leaf\"; the keys here are code,"
            + " descriptions, forHttpStatus, group, http, name, reading, status, type."};
    assertThat(compilation).hadErrorCount(expected.length);
    for (String message : expected) {
      assertThat(compilation).hadErrorContaining(message).inFile(source).onLineContaining("source = ");
    }
  }

  @Test
  void aGroupsOwnCodeThatIsNotTheCodeNamedLikeItNamesTheFileAndLine() {
    JavaFileObject source = Compilations.catalog("bad/JsonOwnCode.java");
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataSourceFormat] catalogs/json/bad/own-code.json /groups/0/ownCode (line 5):"
            + " group ClientError gives ownCode \"NOT_FOUND\", but its own code is CLIENT_ERROR: the code named"
            + " like the group. Fix ownCode, or remove it.")
        .inFile(source)
        .onLineContaining("source = ");
  }
}
