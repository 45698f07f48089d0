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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under Eclipse's compiler (ECJ), as Eclipse users run it: the same types generated with
 * the same content as under javac (ECJ gives elements in another order), and the same errors.
 */
class EclipseCompilerTest {

  private static Compilation ecj(JavaFileObject... sources) {
    return Compiler.compiler(new EclipseCompiler())
        .withProcessors(new ErrataProcessor())
        .withOptions("--release", "17", "-warn:+serial")
        .compile(sources);
  }

  private static JavaFileObject sample(String path) {
    return Compilations.sample(path);
  }

  @Test
  void generatesWhatJavacGenerates() throws IOException {
    for (JavaFileObject catalog : new JavaFileObject[] {
        Compilations.catalog("good/ShopErrors.java"),
        sample("khipu/KhipuErrors.java"),
        sample("khipu/KhipuHttpErrors.java"),
        sample("khipu/KhipuFailureReasons.java"),
        sample("keybank/KeyBankErrors.java"),
        sample("stripe/StripeErrors.java"),
        sample("google/GoogleErrors.java"),
        sample("slack/SlackErrors.java"),
        sample("twilio/TwilioErrors.java"),
        sample("store/StoreErrors.java")}) {
      Compilation eclipse = ecj(catalog);
      assertThat(eclipse).succeededWithoutWarnings();
      Compilation javac = Compilations.compile(catalog);
      assertThat(javac).succeededWithoutWarnings();
      assertThat(Compilations.generatedSources(eclipse))
          .containsExactlyEntriesIn(Compilations.generatedSources(javac));
    }
  }

  @Test
  void reportsWhatJavacReports(@TempDir Path directory) throws IOException {
    // ECJ reads sources from files: compile-testing's in-memory sources have URIs it rejects.
    Path source = directory.resolve("BadErrors.java");
    Files.writeString(source, ""
        + "package test;\n"
        + "import dev.errata.annotations.*;\n"
        + "@ErrorCatalog(name = \"Bad\", codePattern = \"[A-Z]\\\\d{3}\",\n"
        + "    types = @ErrorType(name = \"LATER\", retry = Retry.AFTER, after = \"4 hours\"))\n"
        + "public interface BadErrors {\n"
        + "  @Code(type = \"LATER\") String FIRST = \"A100\";\n"
        + "  @Code(type = \"LATER\") String SECOND = \"A100\";\n"
        + "  @Code(type = \"LATR\") String THIRD = \"A200\";\n"
        + "  @Code(type = \"LATER\", http = 999) String FOURTH = \"a300\";\n"
        + "}\n");
    JavaFileObject bad = JavaFileObjects.forResource(source.toUri().toURL());
    Set<String> eclipse = errorIds(ecj(bad));
    Set<String> javac = errorIds(Compilations.compile(bad));
    assertThat(javac).containsExactly("[ErrataDuration]", "[ErrataDuplicateCode]",
        "[ErrataUnknownType]", "[ErrataHttpStatus]", "[ErrataCodePattern]");
    assertThat(eclipse).isEqualTo(javac);
  }

  private static Set<String> errorIds(Compilation compilation) {
    Set<String> ids = new TreeSet<>();
    Pattern id = Pattern.compile("\\[Errata\\w+\\]");
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      Matcher matcher = id.matcher(error.getMessage(null));
      if (matcher.find()) {
        ids.add(matcher.group());
      }
    }
    return ids;
  }
}
