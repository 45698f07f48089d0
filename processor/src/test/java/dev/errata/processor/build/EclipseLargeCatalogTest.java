package dev.errata.processor.build;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.processor.Compilations;
import dev.errata.processor.ErrataProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ECJ fits fewer enum constants in a static initializer than javac (2,741 without arguments, against
 * 4,103): the code enum must give way to the enum-like class before ECJ's limit, not javac's, so that
 * both compilers generate the same sources and compile them. Two catalogs with descriptions in two
 * locales, just below and just above where the enum stops fitting.
 */
class EclipseLargeCatalogTest {

  private static JavaFileObject catalog(Path directory, String name, int codes) throws IOException {
    StringBuilder source = new StringBuilder()
        .append("package test;\n")
        .append("import dev.errata.annotations.*;\n")
        .append("@ErrorCatalog(name = \"").append(name).append("\", locales = {\"en\", \"es\"},")
        .append(" types = @ErrorType(name = \"FATAL\"))\n")
        .append("public interface ").append(name).append("Errors {\n");
    for (int i = 0; i < codes; i++) {
      source.append(String.format("  @Code(type = \"FATAL\", http = 400) @Description(\"Code %1$d.\")"
          + " @Description(locale = \"es\", value = \"Código %1$d.\") String CODE_%1$d = \"C%1$04d\";%n", i));
    }
    source.append("}\n");
    // ECJ reads sources from files: compile-testing's in-memory sources have URIs it rejects.
    Path file = directory.resolve(name + "Errors.java");
    Files.writeString(file, source);
    return JavaFileObjects.forResource(file.toUri().toURL());
  }

  private static Compilation ecj(JavaFileObject source) {
    return Compiler.compiler(new EclipseCompiler())
        .withProcessors(new ErrataProcessor())
        .withOptions("--release", "17", "-warn:+serial")
        .compile(source);
  }

  @Test
  void theLargestEnumCompilesUnderEcj(@TempDir Path directory) throws IOException {
    Compilation eclipse = ecj(catalog(directory, "Below", 1100));
    assertThat(eclipse).succeededWithoutWarnings();
    assertThat(Compilations.generatedSources(eclipse).get("test.BelowErrorCode"))
        .contains("public enum BelowErrorCode");
  }

  @Test
  void pastItBothCompilersGenerateAndCompileTheSameClass(@TempDir Path directory) throws IOException {
    JavaFileObject source = catalog(directory, "Above", 1200);
    Compilation eclipse = ecj(source);
    assertThat(eclipse).succeededWithoutWarnings();
    Compilation javac = Compilations.compile(source);
    assertThat(javac).succeededWithoutWarnings();
    Map<String, String> generated = Compilations.generatedSources(eclipse);
    assertThat(generated.get("test.AboveErrorCode")).contains("public final class AboveErrorCode");
    assertThat(generated).containsExactlyEntriesIn(Compilations.generatedSources(javac));
  }
}
