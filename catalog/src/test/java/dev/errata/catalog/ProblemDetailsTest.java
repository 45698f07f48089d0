package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;


import dev.errata.catalog.TestCatalog.TestException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rules of RFC 9457 the problem details format follows, one by one. */
class ProblemDetailsTest {

  private final EnvelopeCodec codec = new EnvelopeCodec(TestCatalog.PROBLEM);

  @ParameterizedTest(name = "{0} against {1}")
  @CsvSource(delimiter = '|', nullValues = "NULL", value = {
    // Absolute types: the code after the prefix, or the whole type when another prefix.
    "https://example.com/probs/E201 | https://example.com/probs/ | E201",
    "https://example.net/validation-error | https://example.com/probs/ | https://example.net/validation-error",
    "HTTPS://EXAMPLE.COM/probs/E201 | https://example.com/probs/ | HTTPS://EXAMPLE.COM/probs/E201",
    // Relative references, resolved per RFC 3986 section 5 against the prefix.
    "E201 | https://example.com/probs/ | E201",
    "/probs/E201 | https://example.com/probs/ | E201",
    "../probs/./E201 | https://example.com/probs/ | E201",
    "?q | https://example.com/probs/ | ?q",
    "?q#f | https://example.com/probs/?old | https://example.com/probs/?q#f",
    // A prefix without a final '/' keeps the '/' that resolving puts after an empty path in the code.
    "E201 | https://example.com | /E201",
    "E201 | https://example.com/ | E201",
    "/E201 | https://example.com/probs/ | https://example.com/E201",
    // An opaque prefix resolves nothing; a type that is no URI is compared as it is.
    "E201 | urn:problem-type:shop: | E201",
    "urn:problem-type:shop:E201 | urn:problem-type:shop: | E201",
    "not a uri | https://example.com/probs/ | not a uri",
    // The prefix alone names no code: it is kept whole, an unknown code rather than an empty one.
    "https://example.com/probs/ | https://example.com/probs/ | https://example.com/probs/",
    // about:blank, written or the empty type: no code, the status names the entry.
    "about:blank | https://example.com/probs/ | NULL",
    "'' | https://example.com/probs/ | NULL",
  })
  void aTypeNamesACode(String type, String prefix, String code) {
    assertThat(ProblemDetails.code(type, prefix)).isEqualTo(code);
  }

  @Test
  void aCodeGoesOutAsATypeAndAnEntryWithoutOneAsAboutBlank() {
    assertThat(ProblemDetails.type("E201", "https://example.com/probs/")).isEqualTo("https://example.com/probs/E201");
    assertThat(ProblemDetails.type("", "https://example.com/probs/")).isEqualTo("about:blank");
    assertThat(ProblemDetails.type(null, "https://example.com/probs/")).isEqualTo("about:blank");
  }

  @Test
  void reasonPhrasesAreTheRegisteredOnes() {
    assertThat(ProblemDetails.reasonPhrase(404)).isEqualTo("Not Found");
    assertThat(ProblemDetails.reasonPhrase(422)).isEqualTo("Unprocessable Content");
    assertThat(ProblemDetails.reasonPhrase(429)).isEqualTo("Too Many Requests");
    assertThat(ProblemDetails.reasonPhrase(504)).isEqualTo("Gateway Timeout");
    assertThat(ProblemDetails.reasonPhrase(299)).isNull();
    assertThat(ProblemDetails.reasonPhrase(599)).isNull();
  }

  @Test
  void aMemberOfTheWrongJsonTypeIsIgnoredAndSaid() {
    List<String> problems = new ArrayList<>();
    assertThat(ProblemDetails.member("type", "x", JsonType.STRING, JsonType.STRING, problems)).isEqualTo("x");
    assertThat(ProblemDetails.member("type", null, null, JsonType.STRING, problems)).isNull();
    assertThat(problems).isEqualTo(List.of());
    assertThat(ProblemDetails.member("status", "403", JsonType.STRING, JsonType.NUMBER, problems)).isNull();
    assertThat(ProblemDetails.member("detail", "true", JsonType.BOOLEAN, JsonType.STRING, problems)).isNull();
    assertThat(problems).isEqualTo(List.of(
        "problem detail member \"status\" is a JSON string, not a number; ignored (RFC 9457, section 3.1)",
        "problem detail member \"detail\" is a JSON boolean, not a string; ignored (RFC 9457, section 3.1)"));
  }

  @Test
  void theFormatFixesTheMembersItReads() {
    EnvelopeFormat format = TestCatalog.PROBLEM;
    assertThat(format.isProblemDetails()).isTrue();
    assertThat(format.typePrefix()).isEqualTo("https://example.com/probs/");
    assertThat(List.of(format.code(), format.description(), format.correlationId(), format.httpStatus())).isEqualTo(List.of("/type", "/detail", "/instance", "/status"));
    EnvelopeFormat traced = EnvelopeFormat.builder().problemDetails("https://example.com/probs/")
        .correlationId("/traceId").build();
    assertThat(traced.correlationId()).isEqualTo("/traceId");
    EnvelopeFormat plain = EnvelopeFormat.builder().build();
    assertThat(plain.isProblemDetails()).isEqualTo(false);
    assertThat(plain.typePrefix()).isEqualTo("");
  }

  @Test
  void anInstanceThatIsAnExtensionMemberIsReadWhateverItsJsonType() {
    EnvelopeCodec traced = new EnvelopeCodec(EnvelopeFormat.builder().problemDetails("https://example.com/probs/")
        .correlationId("/traceId").build());
    Decoded<TestException> decoded = traced.decode(500,
        "{\"type\": \"E201\", \"traceId\": 42, \"instance\": 7}".getBytes(StandardCharsets.UTF_8), Map.of(),
        TestCatalog::khipuException);
    assertThat(decoded.report().correlationId()).isEqualTo("42");
    assertThat(decoded.report().code()).isEqualTo("E201");
    assertThat(decoded.report().problem()).isNull();
  }

  @Test
  void aProblemDetailDecodesAsItsTypeSays() {
    Decoded<TestException> decoded = codec.decode(503, """
        {"type": "https://example.com/probs/E250", "title": "t", "status": 503, "detail": "Down.",
         "instance": "/x/1", "balance": 30}
        """.getBytes(StandardCharsets.UTF_8), Map.of(), TestCatalog::khipuException);
    TestException e = decoded.exception().orElseThrow();
    assertThat(e.errorCode()).isEqualTo(TestCatalog.KhipuCode.TARGET_UNAVAILABLE);
    assertThat(e.code()).isEqualTo("E250");
    assertThat(e.description()).isEqualTo("Down.");
    assertThat(e.correlationId()).isEqualTo("/x/1");
    assertThat(e.report().bodyHttpStatus()).isEqualTo(503);
    assertThat(e.attribute("balance")).isEqualTo("30");
    assertThat(e.report().problem()).isNull();
  }
}
