package dev.errata.processor.evolution;

import static com.google.common.truth.Truth.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.processor.Compilations;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar errata-processor.jar diff OLD.json NEW.json}: its output and exit status. */
class DiffCommandTest {

  @TempDir Path directory;

  private String out = "";
  private String err = "";

  private static final String BODY = """
        @Code(type = "FATAL", http = 400) String INVALID = "E100..E199";
        @Code(type = "FATAL", http = 401) @Description("Bad key.") String BAD_KEY = "A001";
      """;

  /** Exports the catalog with {@code body} to {@code file}, and returns its path. */
  private String export(String file, String body) throws IOException {
    Compilation compilation = Compilations.compile(JavaFileObjects.forSourceString("test.ShopErrors",
        "package test;\n\nimport dev.errata.annotations.*;\n\n"
            + "@ErrorCatalog(name = \"Shop\", types = @ErrorType(name = \"FATAL\"))\n"
            + "public interface ShopErrors {\n" + body + "}\n"));
    Path path = directory.resolve(file);
    Files.writeString(path, Compilations.generatedResources(compilation).get("META-INF/errata/test.Shop.json"),
        StandardCharsets.UTF_8);
    return path.toString();
  }

  private int run(String... args) {
    ByteArrayOutputStream output = new ByteArrayOutputStream();
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    // Buffered and not flushed on each line, as System.out is over a file or a pipe: what the
    // command does not flush itself is not seen.
    PrintStream outStream = new PrintStream(new BufferedOutputStream(output), false, StandardCharsets.UTF_8);
    int status = DiffCommand.run(args, outStream, new PrintStream(errors, true, StandardCharsets.UTF_8));
    out = output.toString(StandardCharsets.UTF_8);
    err = errors.toString(StandardCharsets.UTF_8);
    return status;
  }

  @Test
  void theSameCatalogHasNoChangeAndExits0() throws IOException {
    String old = export("old.json", BODY);
    String now = export("new.json", BODY);

    assertThat(run("diff", old, now)).isEqualTo(0);
    assertThat(out).isEqualTo("# Shop: changes since " + old + "\n\nNo changes.\n");
    assertThat(err).isEmpty();
  }

  @Test
  void aBreakingChangeIsLoggedAndExits1() throws IOException {
    String old = export("old.json", BODY);
    String now = export("new.json", BODY.replace("E100..E199", "E100..E149").replace("http = 401", "http = 403"));

    assertThat(run("diff", old, now)).isEqualTo(1);
    assertThat(out).isEqualTo("# Shop: changes since " + old + "\n\n2 changes break clients.\n\n"
        + "## Breaking on the wire\n\n"
        + "- `ErrataHttpStatusChanged` entry BAD_KEY: its HTTP status changed from 401 to 403, so clients that"
        + " decode by status read it differently. Keep the status, or accept the break with"
        + " accept = \"ErrataHttpStatusChanged:BAD_KEY\".\n"
        + "- `ErrataCodeNarrowed` entry INVALID now covers E100..E149 instead of E100..E199: codes E150, E199"
        + " stop matching it. Widen it back, or accept the break with accept = \"ErrataCodeNarrowed:INVALID\".\n");
  }

  @Test
  void aCompatibleChangeExits0() throws IOException {
    String old = export("old.json", BODY);
    String now = export("new.json", BODY.replace("Bad key.", "Wrong key."));

    assertThat(run("diff", old, now)).isEqualTo(0);
    assertThat(out).isEqualTo("# Shop: changes since " + old + "\n\nNothing breaks clients.\n\n## Compatible\n\n"
        + "- `ErrataDescriptionChanged` the description of BAD_KEY in en changed.\n");
  }

  @Test
  void wrongUsageExits2() {
    assertThat(run("diff", "only-one.json")).isEqualTo(2);
    assertThat(err).isEqualTo("usage: java -jar errata-processor.jar diff OLD.json NEW.json\n");
    assertThat(out).isEmpty();
    assertThat(run("compare", "a.json", "b.json")).isEqualTo(2);
  }

  @Test
  void aMissingFileExits2() throws IOException {
    String now = export("new.json", BODY);
    String missing = directory.resolve("missing.json").toString();

    assertThat(run("diff", missing, now)).isEqualTo(2);
    assertThat(err).startsWith("errata diff: cannot read " + missing + ": java.nio.file.NoSuchFileException");
    assertThat(out).isEmpty();
  }

  @Test
  void aMalformedFileExits2NamingItsEntryAndLine() throws IOException {
    String old = export("old.json", BODY);
    Path broken = directory.resolve("broken.json");
    Files.writeString(broken, Files.readString(Path.of(old)).replaceFirst("\"http\" : 401", "\"http\" : \"401\""));

    assertThat(run("diff", old, broken.toString())).isEqualTo(2);
    assertThat(err).containsMatch("errata diff: " + java.util.regex.Pattern.quote(broken.toString())
        + " /codes/\\d+/http \\(line \\d+\\): ");
    assertThat(out).isEmpty();
  }
}
