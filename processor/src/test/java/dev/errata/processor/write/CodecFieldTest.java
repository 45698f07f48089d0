package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.processor.Compilations;
import org.junit.jupiter.api.Test;

/**
 * The envelope codec a matcher builds: every setting the catalog's {@code @Envelope} gives, and none it
 * leaves at its default, in the builder's order; for problem details, only what the preset does not
 * already read from RFC 9457's members.
 */
class CodecFieldTest {

  private static String codec(String envelope) {
    Compilation compilation = Compilations.compile(JavaFileObjects.forSourceString("test.ApiErrors", """
        package test;

        import dev.errata.annotations.*;

        @ErrorCatalog(name = "Api", types = {@ErrorType(name = "FATAL"), @ErrorType(name = "NOTE", outcome = Outcome.WARNING)},
            envelope = %s)
        public interface ApiErrors {
          @Code(type = "FATAL") String BROKEN = "broken";
          @Code(type = "NOTE") String NOTED = "noted";
        }
        """.formatted(envelope)));
    assertThat(compilation).succeededWithoutWarnings();
    String source = Compilations.generatedSources(compilation).get("test.ApiMatcher");
    int start = source.indexOf("CODEC = ");
    return source.substring(start, source.indexOf(";\n", start));
  }

  @Test
  void everySettingOfAPointerEnvelopeReachesTheCodec() {
    String codec = codec("""
        @Envelope(code = "/error/code", description = "/error/text", status = "/outcome",
            warning = "/warning", httpStatus = "/httpStatus", correlationIdHeader = "Request-Id",
            retryHeader = "Retry-In", statusJson = JsonType.NUMBER, successStatus = "0", failureStatus = "1",
            attributes = {@Attribute(name = "balance", pointer = "/balance", json = JsonType.NUMBER),
                @Attribute(name = "param", pointer = "/param")})""");

    assertThat(codec.replaceAll("\n\\s+", "\n")).isEqualTo("""
        CODEC = new EnvelopeCodec(EnvelopeFormat.builder()
        .code("/error/code")
        .description("/error/text")
        .status("/outcome")
        .successStatus("0")
        .failureStatus("1")
        .defaultHttpStatus(500)
        .statusJson(JsonType.NUMBER)
        .warning("/warning")
        .httpStatus("/httpStatus")
        .correlationIdHeader("Request-Id")
        .retryHeader("Retry-In")
        .attribute("balance", "/balance", JsonType.NUMBER)
        .attribute("param", "/param")
        .build())""");
  }

  @Test
  void aProblemDetailsCodecSetsOnlyWhatThePresetDoesNotRead() {
    String preset = codec("@Envelope(format = Envelope.Format.PROBLEM_DETAILS, typePrefix = \"https://example.com/p/\")");
    assertThat(preset.replaceAll("\n\\s+", "\n")).isEqualTo("""
        CODEC = new EnvelopeCodec(EnvelopeFormat.builder()
        .problemDetails("https://example.com/p/")
        .defaultHttpStatus(500)
        .build())""");

    String traced = codec("@Envelope(format = Envelope.Format.PROBLEM_DETAILS, typePrefix = \"https://example.com/p/\","
        + " type = \"/errorType\", correlationId = \"/traceId\", correlationIdHeader = \"Request-Id\")");
    assertThat(traced.replaceAll("\n\\s+", "\n")).isEqualTo("""
        CODEC = new EnvelopeCodec(EnvelopeFormat.builder()
        .problemDetails("https://example.com/p/")
        .type("/errorType")
        .correlationId("/traceId")
        .defaultHttpStatus(500)
        .correlationIdHeader("Request-Id")
        .build())""");
  }
}
