package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

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
    assertThat(report.code()).isEqualTo("E1");
    assertThat(report.type()).isEqualTo("NOTE");
    assertThat(report.description()).isEqualTo("broke");
    assertThat(report.bodyStatus()).isEqualTo("FAIL");
    assertThat(report.correlationId()).isEqualTo("op-1");
    assertThat(failure.isFailure()).isTrue();

    assertThat(decode.invoke(null, 200, utf8("{\"s\":\"OK\"}"))).isInstanceOf(Decoded.Success.class);
    assertThat(decode.invoke(null, 200, utf8("{\"s\":\"WARN\",\"e\":{\"c\":\"W1\"}}"))).isInstanceOf(Decoded.Warning.class);

    CatalogException broken = failure.exception().orElseThrow();
    EncodedError encoded = (EncodedError) encode.invoke(null,
        matcher.getMethod("toException", ErrorReport.class).invoke(null, ErrorReport.ofCode("E1")));
    assertThat(encoded.httpStatus()).isEqualTo(502);
    assertThat(encoded.bodyText()).isEqualTo("{\"e\":{\"c\":\"E1\",\"t\":\"FATAL\"},\"s\":\"FAIL\"}");
    assertThat(broken.type().name()).isEqualTo("NOTE");
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
    assertThat(gone.description()).isEqualTo("gone");
    assertThat(gone.description(Locale.ENGLISH)).isEqualTo("gone");
    assertThat(gone.description(Locale.FRENCH)).isEqualTo("gone");
    assertThat(gone.description(null)).isEqualTo("gone");
    assertThat(gone.description(Locale.forLanguageTag("pt-BR"))).isEqualTo("sumiu");
    assertThat(gone.description(Locale.forLanguageTag("pt"))).isEqualTo("sumiu");
    assertThat(gone.description(Locale.forLanguageTag("pt-PT"))).isEqualTo("sumiu");
    assertThat(gone.description(Locale.forLanguageTag("es"))).isEqualTo("desaparecido");
    assertThat(gone.description(Locale.forLanguageTag("es-AR"))).isEqualTo("desaparecido");
    assertThat(gone.description(Locale.forLanguageTag("es-MX"))).isEqualTo("se fue");
    assertThat(gone.description(Locale.forLanguageTag("en-GB"))).isEqualTo("gone");
  }

  @Test
  void descriptionsOfTagsOfTheDefaultLanguageAreFoundByTheirTagAlone() throws ReflectiveOperationException {
    // Every locale is English: a tag (by its country or its script) finds its own text, the rest the default.
    Compilation compilation = compile("loc.EnErrors", """
        package loc;
        import dev.errata.annotations.*;
        @ErrorCatalog(name = "En", locales = {"en", "en-GB", "en-Latn"}, types = @ErrorType(name = "FATAL"))
        public interface EnErrors {
          @Code(type = "FATAL")
          @Description("color")
          @Description(locale = "en-GB", value = "colour")
          @Description(locale = "en-Latn", value = "latin color")
          String COLOR = "E1";
        }
        """);
    Class<?> errorCode = Compilations.classLoader(compilation).loadClass("loc.EnErrorCode");
    ErrorCode color = (ErrorCode) errorCode.getField("COLOR").get(null);
    assertThat(color.description(Locale.forLanguageTag("en-GB"))).isEqualTo("colour");
    assertThat(color.description(Locale.forLanguageTag("en-Latn"))).isEqualTo("latin color");
    assertThat(color.description(Locale.forLanguageTag("en-US"))).isEqualTo("color");
    assertThat(color.description(Locale.ENGLISH)).isEqualTo("color");
    assertThat(color.description(Locale.FRENCH)).isEqualTo("color");
    assertThat(color.description(null)).isEqualTo("color");
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
    assertThat(source).contains("A warning, not a failure. Retry: never.");
    assertThat(source).contains("A success, not a failure. Retry: never.");
    assertThat(source).contains("* Retry: never.\n     */\n    FATAL");
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
    assertThat(compilation.errors()).isEqualTo(List.of());
    assertThat(compilation.generatedSourceFiles().stream()
        .filter(file -> file.toUri().getPath().endsWith("/wait/WaitMatcher.java"))
        .count()).isEqualTo(1);
  }
}
