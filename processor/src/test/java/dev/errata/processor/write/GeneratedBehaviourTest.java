package dev.errata.processor.write;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.EncodedError;
import dev.errata.catalog.ErrorCode;
import dev.errata.catalog.ErrorReport;
import dev.errata.processor.Compilations;
import dev.errata.processor.OtherProcessor;
import dev.errata.processor.ErrataProcessor;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What generated code does with what the golden catalog leaves at its defaults: every field of the
 * envelope, descriptions in regional locales, types that are not failures, and a catalog that must
 * wait a round for a type another processor generates.
 */
class GeneratedBehaviourTest {

  private static Compilation compile(String qualifiedName, String source) {
    Compilation compilation = Compilations.compile(JavaFileObjects.forSourceString(qualifiedName, source));
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyFieldOfTheEnvelopeIsReadAndWritten() throws ReflectiveOperationException {
    Compilation compilation = compile("env.EnvErrors", """
        package env;
        import dev.errata.annotations.*;
        @ErrorCatalog(name = "Env",
            types = {@ErrorType(name = "FATAL"), @ErrorType(name = "NOTE", outcome = Outcome.WARNING)},
            envelope = @Envelope(code = "/e/c", type = "/e/t", description = "/e/d", status = "/s",
                successStatus = "OK", warningStatus = "WARN", failureStatus = "FAIL", correlationId = "/id",
                defaultHttpStatus = 502))
        public interface EnvErrors {
          @Code(type = "FATAL") String BROKEN = "E1";
          @Code(type = "NOTE") String NOTED = "W1";
        }
        """);
    Class<?> matcher = Compilations.classLoader(compilation).loadClass("env.EnvMatcher");
    Method decode = matcher.getMethod("decode", int.class, byte[].class);
    Method encode = matcher.getMethod("encode", matcher.getClassLoader().loadClass("env.EnvException"));

    Decoded<CatalogException> failure = (Decoded<CatalogException>) decode.invoke(null, 500,
        utf8("{\"s\":\"FAIL\",\"e\":{\"c\":\"E1\",\"t\":\"NOTE\",\"d\":\"broke\"},\"id\":\"op-1\"}"));
    ErrorReport report = failure.report();
    assertEquals("E1", report.code());
    assertEquals("NOTE", report.type());
    assertEquals("broke", report.description());
    assertEquals("FAIL", report.bodyStatus());
    assertEquals("op-1", report.correlationId());
    assertTrue(failure.isFailure());

    assertInstanceOf(Decoded.Success.class, decode.invoke(null, 200, utf8("{\"s\":\"OK\"}")));
    assertInstanceOf(Decoded.Warning.class, decode.invoke(null, 200, utf8("{\"s\":\"WARN\",\"e\":{\"c\":\"W1\"}}")));

    CatalogException broken = failure.exception().orElseThrow();
    EncodedError encoded = (EncodedError) encode.invoke(null,
        matcher.getMethod("toException", ErrorReport.class).invoke(null, ErrorReport.ofCode("E1")));
    assertEquals(502, encoded.httpStatus());
    assertEquals("{\"e\":{\"c\":\"E1\",\"t\":\"FATAL\"},\"s\":\"FAIL\"}", encoded.bodyText());
    assertEquals("NOTE", broken.type().name());
  }

  @Test
  void descriptionsFallBackToTheSameLanguageThenToTheDefault() throws ReflectiveOperationException {
    Compilation compilation = compile("loc.LocErrors", """
        package loc;
        import dev.errata.annotations.*;
        @ErrorCatalog(name = "Loc", locales = {"en", "pt-BR", "es", "es-MX"}, types = @ErrorType(name = "FATAL"))
        public interface LocErrors {
          @Code(type = "FATAL")
          @Description("gone")
          @Description(locale = "pt-BR", value = "sumiu")
          @Description(locale = "es", value = "desaparecido")
          @Description(locale = "es-MX", value = "se fue")
          String GONE = "E1";
        }
        """);
    Class<?> errorCode = Compilations.classLoader(compilation).loadClass("loc.LocErrorCode");
    ErrorCode gone = (ErrorCode) errorCode.getField("GONE").get(null);
    assertEquals("gone", gone.description());
    assertEquals("gone", gone.description(Locale.ENGLISH));
    assertEquals("gone", gone.description(Locale.FRENCH));
    assertEquals("gone", gone.description(null));
    assertEquals("sumiu", gone.description(Locale.forLanguageTag("pt-BR")));
    assertEquals("sumiu", gone.description(Locale.forLanguageTag("pt")));
    assertEquals("sumiu", gone.description(Locale.forLanguageTag("pt-PT")));
    assertEquals("desaparecido", gone.description(Locale.forLanguageTag("es")));
    assertEquals("desaparecido", gone.description(Locale.forLanguageTag("es-AR")));
    assertEquals("se fue", gone.description(Locale.forLanguageTag("es-MX")));
    assertEquals("gone", gone.description(Locale.forLanguageTag("en-GB")));
  }

  @Test
  void typesThatAreNotFailuresSaySoInTheirJavadoc() {
    Compilation compilation = compile("out.OutErrors", """
        package out;
        import dev.errata.annotations.*;
        @ErrorCatalog(name = "Out", types = {@ErrorType(name = "FATAL"),
            @ErrorType(name = "NOTE", outcome = Outcome.WARNING), @ErrorType(name = "FINE", outcome = Outcome.SUCCESS)})
        public interface OutErrors {
          @Code(type = "FATAL") String ONE = "E1";
        }
        """);
    String source = Compilations.generatedSources(compilation).get("out.OutErrorType");
    assertTrue(source.contains("A warning, not a failure. Retry: never."), source);
    assertTrue(source.contains("A success, not a failure. Retry: never."), source);
    assertTrue(source.contains("* Retry: never.\n     */\n    FATAL"), source);
  }

  @Test
  void aCatalogWaitsForATypeAnotherProcessorGeneratesAndIsWrittenOnce() {
    JavaFileObject source = JavaFileObjects.forSourceString("wait.WaitErrors", """
        package wait;
        import dev.errata.annotations.*;
        @ErrorCatalog(name = "Wait", types = @ErrorType(name = "FATAL"))
        public interface WaitErrors {
          @Code(type = "FATAL") String ONE = "E1";
          gen.Extra EXTRA = null;
        }
        """);
    Compilation compilation = Compiler.javac()
        .withProcessors(new OtherProcessor("gen.Extra", "package gen;\npublic final class Extra {}\n"), new ErrataProcessor())
        .compile(source);
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("wait.WaitMatcher");
    assertThat(compilation).generatedSourceFile("gen.Extra");
    // Written once: a second write of any file would be the Filer's error, reported as [ErrataWrite].
    assertEquals(List.of(), compilation.errors());
    assertEquals(1, compilation.generatedSourceFiles().stream()
        .filter(file -> file.toUri().getPath().endsWith("/wait/WaitMatcher.java"))
        .count());
  }
}
