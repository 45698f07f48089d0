package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.processor.Compilations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The first paragraph of the root exception's Javadoc says what the type stands for: a failed call, and
 * also a warning or a success when the catalog has types of that outcome (or, for warnings, an envelope
 * that names them), with what decoding returns for each.
 */
class RootExceptionDocTest {

  private static String summary(String types, String envelope) {
    Compilation compilation = Compilations.compile(JavaFileObjects.forSourceString("test.ApiErrors", """
        package test;

        import dev.errata.annotations.*;

        @ErrorCatalog(name = "Api", types = {@ErrorType(name = "FATAL")%s}%s)
        public interface ApiErrors {
          @Code(type = "FATAL") String BROKEN = "E100";
        }
        """.formatted(types, envelope)));
    assertThat(compilation).succeededWithoutWarnings();
    String source = Compilations.generatedSources(compilation).get("test.ApiException");
    String javadoc = source.substring(source.indexOf("/**\n") + 4, source.indexOf(" *\n * <p>Sealed"));
    return javadoc.replace("\n * ", " ").replace(" * ", "").strip();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      failures alone | '' | '' | A failed call of the Api API, typed by its error code ({@link ApiErrors}).
      a warning type | ', @ErrorType(name = "NOTE", outcome = Outcome.WARNING)' | '' | A failed call of the Api API, or a response with a warning, typed by its code ({@link ApiErrors}). Decoding returns a failure as {@code Decoded.Failure} and a warning as {@code Decoded.Warning}.
      warnings in the envelope | '' | ', envelope = @Envelope(warning = "/warning")' | A failed call of the Api API, or a response with a warning, typed by its code ({@link ApiErrors}). Decoding returns a failure as {@code Decoded.Failure} and a warning as {@code Decoded.Warning}.
      a success type | ', @ErrorType(name = "FINE", outcome = Outcome.SUCCESS)' | '' | A failed call of the Api API, or a response with a success code, typed by its code ({@link ApiErrors}). Decoding returns a failure as {@code Decoded.Failure} and a success as {@code Decoded.Success}, which carries no exception.
      both | ', @ErrorType(name = "NOTE", outcome = Outcome.WARNING), @ErrorType(name = "FINE", outcome = Outcome.SUCCESS)' | '' | A failed call of the Api API, or a response with a warning or a success code, typed by its code ({@link ApiErrors}). Decoding returns a failure as {@code Decoded.Failure}, a warning as {@code Decoded.Warning} and a success as {@code Decoded.Success}, which carries no exception.
      """)
  void theSummarySaysWhatTheTypeStandsFor(String catalog, String types, String envelope, String expected) {
    assertThat(summary(types, envelope)).isEqualTo(expected);
  }
}
