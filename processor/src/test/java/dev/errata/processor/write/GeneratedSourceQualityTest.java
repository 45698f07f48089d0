package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.processor.Compilations;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.DocumentationTool;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code is read by people and by tools: the javadoc tool with {@code -Xdoclint:all} finds
 * nothing to warn of in it, and no line is longer than {@value LongLines#LIMIT} characters. Checked on
 * the Shop catalog, every sample, and a catalog past the size of an enum whose root permits dozens of
 * classes, with long names and descriptions.
 */
class GeneratedSourceQualityTest {

  /** Generated sources by qualified name, and the catalog sources they were generated from. */
  private static final Map<String, String> GENERATED = new TreeMap<>();
  private static final Map<String, String> CATALOGS = new TreeMap<>();

  @BeforeAll
  static void compile() throws IOException {
    List<JavaFileObject> catalogs = new ArrayList<>(List.of(
        Compilations.catalog("good/ShopErrors.java"),
        sample("khipu/KhipuErrors.java"),
        sample("khipu/KhipuHttpErrors.java"),
        sample("khipu/KhipuFailureReasons.java"),
        sample("keybank/KeyBankErrors.java"),
        sample("stripe/StripeErrors.java"),
        sample("google/GoogleErrors.java"),
        sample("slack/SlackErrors.java"),
        sample("twilio/TwilioErrors.java"),
        sample("store/StoreErrors.java"),
        JavaFileObjects.forSourceString("wide.WideErrors", wideCatalog())));
    for (JavaFileObject catalog : catalogs) {
      Compilation compilation = Compilations.compile(catalog);
      assertThat(compilation).succeededWithoutWarnings();
      GENERATED.putAll(Compilations.generatedSources(compilation));
      String name = catalog.getName();
      CATALOGS.put(name.substring(name.lastIndexOf('/') + 1), catalog.getCharContent(true).toString());
    }
  }

  private static JavaFileObject sample(String path) {
    return Compilations.sample(path);
  }

  /**
   * 1,150 codes in a leaf group (so the code class is enum-like, its constants named by interfaces
   * the class implements), 40 codes at the root with long names (so the root permits 40 classes and
   * the matcher's cases are long), descriptions longer than a line with every character Javadoc and
   * Java escape, a group with a code of its own, and an entry of statuses alone.
   */
  static String wideCatalog() {
    StringBuilder source = new StringBuilder()
        .append("package wide;\n")
        .append("import dev.errata.annotations.*;\n")
        .append("/** A wide catalog. */\n")
        .append("@ErrorCatalog(name = \"Wide\", codePattern = \"[A-Z0-9_.]+\", locales = {\"en\", \"es\"},\n")
        .append("    types = {@ErrorType(name = \"A_TYPE_WITH_A_RATHER_LONG_NAME_TO_PUSH_LINES\")})\n")
        .append("public interface WideErrors {\n");
    String description = "A description longer than any line: it says <what> & \\\"why\\\" with */ and @tags,"
        + " a backslash \\\\ and a tab\\t, and goes on and on, past a hundred and twenty characters, so that"
        + " it must be split into pieces.";
    for (int i = 0; i < 40; i++) {
      source.append(String.format("  @Code(type = \"A_TYPE_WITH_A_RATHER_LONG_NAME_TO_PUSH_LINES\", http = %d)%n"
              + "  @Description(\"%s\") @Description(locale = \"es\", value = \"Otra %d.\")%n"
              + "  String A_CODE_NAME_LONG_ENOUGH_TO_MAKE_EVERY_LINE_THAT_NAMES_IT_LONG_%02d = \"ROOT.CODE.%02d\";%n",
          400 + i, description, i, i, i));
    }
    source.append("  @Group(type = \"A_TYPE_WITH_A_RATHER_LONG_NAME_TO_PUSH_LINES\", leaf = true)\n")
        .append("  interface ManyCodesInOneLeafGroupWithALongNameAsWell {\n");
    for (int i = 0; i < 1_150; i++) {
      source.append(String.format("    @Code @Description(\"Code %1$d.\") @Description(locale = \"es\", value ="
          + " \"C\u00f3digo %1$d.\") String LEAF_%1$04d = \"LEAF%1$04d\";%n", i));
    }
    source.append("  }\n")
        .append("  @Group(type = \"A_TYPE_WITH_A_RATHER_LONG_NAME_TO_PUSH_LINES\")\n")
        .append("  interface Owned {\n")
        .append("    @Code String OWNED = \"OWN1xx\";\n")
        .append("    @Code String OWNED_MORE_SPECIFIC = \"OWN123\";\n")
        .append("  }\n")
        .append("  @HttpStatus(type = \"A_TYPE_WITH_A_RATHER_LONG_NAME_TO_PUSH_LINES\") String SERVER = \"5xx\";\n")
        .append("}\n");
    return source.toString();
  }

  @Test
  void theWideCatalogIsOfEveryShapeItIsMeantToBe() {
    String errorCode = GENERATED.get("wide.WideErrorCode");
    assertThat(errorCode).contains("public final class WideErrorCode");
    assertThat(errorCode).contains(" + \"");
    assertThat(GENERATED.get("wide.WideException")).contains("permits");
    assertThat(GENERATED).containsKey("wide.WideErrorCodes2");
    assertThat(GENERATED.get("wide.WideOwnedException")).contains("public sealed class WideOwnedException");
  }

  /**
   * What a careful reader would trip on: a check of an empty prefix, an empty {@code {@code }}, a
   * helper named by a counter, and a second switch style beside the arrow labels used throughout.
   */
  @Test
  void generatedCodeHasOneSwitchStyleAndSaysWhatItsHelpersAre() {
    Pattern colonLabel = Pattern.compile("^\\s*(case [^>]*|default):$", Pattern.MULTILINE);
    Pattern counterName = Pattern.compile("\\b(ranges|wildcards)[0-9]+\\(");
    List<String> found = new ArrayList<>();
    GENERATED.forEach((name, source) -> {
      for (String line : source.split("\n")) {
        if (line.contains("startsWith(\"\")") || line.contains("{@code }")
            || colonLabel.matcher(line).find() || counterName.matcher(line).find()) {
          found.add(name + ": " + line.strip());
        }
      }
    });
    assertWithMessage("generated lines a reader would trip on").that(found).isEmpty();
    // The rules hold where they could fail: ranges without a prefix, and range look-ups by name.
    assertThat(GENERATED.get("dev.errata.samples.keybank.KeyBankMatcher"))
        .contains("return rangesLength3(code);");
    assertThat(GENERATED.get("dev.errata.samples.keybank.KeyBankMatcher"))
        .contains("private static KeyBankErrorCode rangesLength3(String code)");
    assertThat(GENERATED.get("dev.errata.samples.khipu.KhipuMatcher"))
        .contains("case 'E' -> { // prefix \"E\"");
  }

  @Test
  void theRootExceptionSaysWhatItStandsForInCatalogsWithWarningsOrSuccesses() {
    assertThat(GENERATED.get("test.ShopException"))
        .contains("A failed call of the Shop API, typed by its error code ({@link ShopErrors}).");
    assertThat(GENERATED.get("dev.errata.samples.keybank.KeyBankException"))
        .contains("A failed call of the KeyBank API, or a response with a warning or a success code");
    assertThat(GENERATED.get("dev.errata.samples.slack.SlackException"))
        .contains("A failed call of the Slack API, or a response with a warning, typed by its code");
    assertThat(GENERATED.get("dev.errata.samples.google.GoogleException"))
        .contains("A failed call of the Google API, or a response with a success code");
  }

  @Test
  void noGeneratedLineIsLongerThanTheLimit() {
    List<String> tooLong = new ArrayList<>();
    GENERATED.forEach((name, source) -> {
      String[] lines = source.split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].length() > LongLines.LIMIT) {
          tooLong.add(name + ":" + (i + 1) + " (" + lines[i].length() + "): " + lines[i]);
        }
      }
    });
    assertWithMessage("lines over %s characters", LongLines.LIMIT).that(tooLong).isEmpty();
    assertThat(GENERATED.size()).isGreaterThan(150);
  }

  @Test
  void javadocWithEveryDoclintCheckWarnsOfNothingGenerated(@TempDir Path directory) throws IOException {
    Path sources = directory.resolve("src");
    List<File> files = new ArrayList<>();
    for (Map.Entry<String, String> source : GENERATED.entrySet()) {
      files.add(write(sources, source.getKey(), source.getValue()));
    }
    for (Map.Entry<String, String> catalog : CATALOGS.entrySet()) {
      String source = catalog.getValue();
      String packageName = source.substring(source.indexOf("package ") + 8, source.indexOf(';'));
      String simpleName = catalog.getKey().substring(0, catalog.getKey().length() - ".java".length());
      files.add(write(sources, packageName + "." + simpleName, source));
    }
    DocumentationTool javadoc = ToolProvider.getSystemDocumentationTool();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    try (StandardJavaFileManager fileManager =
        javadoc.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      boolean ran = javadoc.getTask(output, fileManager, diagnostics, null,
              List.of("-Xdoclint:all", "-quiet", "-encoding", "UTF-8", "-d", directory.resolve("docs").toString(),
                  "-classpath", System.getProperty("java.class.path")),
              fileManager.getJavaFileObjectsFromFiles(files))
          .call();
      List<String> problems = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
        boolean inGenerated = diagnostic.getSource() != null
            && CATALOGS.keySet().stream().noneMatch(name -> diagnostic.getSource().getName().endsWith("/" + name));
        if (diagnostic.getKind() != Diagnostic.Kind.NOTE && (inGenerated || diagnostic.getSource() == null)) {
          problems.add(diagnostic.getKind() + " " + (diagnostic.getSource() == null ? "" : diagnostic.getSource()
              .getName() + ":" + diagnostic.getLineNumber()) + ": " + diagnostic.getMessage(Locale.ROOT));
        }
      }
      assertWithMessage("javadoc -Xdoclint:all on generated code\n%s", output).that(problems).isEmpty();
      assertWithMessage("javadoc ran\n%s", output).that(ran).isTrue();
    }
  }

  private static File write(Path root, String qualifiedName, String source) throws IOException {
    Path file = root.resolve(qualifiedName.replace('.', '/') + ".java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source, StandardCharsets.UTF_8);
    return file.toFile();
  }
}
