package dev.errata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    // about:blank, written or the empty type: no code, the status names the entry.
    "about:blank | https://example.com/probs/ | NULL",
    "'' | https://example.com/probs/ | NULL",
  })
  void aTypeNamesACode(String type, String prefix, String code) {
    assertEquals(code, ProblemDetails.code(type, prefix));
  }

  @Test
  void aCodeGoesOutAsATypeAndAnEntryWithoutOneAsAboutBlank() {
    assertEquals("https://example.com/probs/E201", ProblemDetails.type("E201", "https://example.com/probs/"));
    assertEquals("about:blank", ProblemDetails.type("", "https://example.com/probs/"));
    assertEquals("about:blank", ProblemDetails.type(null, "https://example.com/probs/"));
  }

  @Test
  void reasonPhrasesAreTheRegisteredOnes() {
    assertEquals("Not Found", ProblemDetails.reasonPhrase(404));
    assertEquals("Unprocessable Content", ProblemDetails.reasonPhrase(422));
    assertEquals("Too Many Requests", ProblemDetails.reasonPhrase(429));
    assertEquals("Gateway Timeout", ProblemDetails.reasonPhrase(504));
    assertNull(ProblemDetails.reasonPhrase(299));
    assertNull(ProblemDetails.reasonPhrase(599));
  }

  @Test
  void aMemberOfTheWrongJsonTypeIsIgnoredAndSaid() {
    List<String> problems = new ArrayList<>();
    assertEquals("x", ProblemDetails.member("type", "x", JsonType.STRING, JsonType.STRING, problems));
    assertNull(ProblemDetails.member("type", null, null, JsonType.STRING, problems));
    assertEquals(List.of(), problems);
    assertNull(ProblemDetails.member("status", "403", JsonType.STRING, JsonType.NUMBER, problems));
    assertNull(ProblemDetails.member("detail", "true", JsonType.BOOLEAN, JsonType.STRING, problems));
    assertEquals(List.of(
        "problem detail member \"status\" is a JSON string, not a number; ignored (RFC 9457, section 3.1)",
        "problem detail member \"detail\" is a JSON boolean, not a string; ignored (RFC 9457, section 3.1)"),
        problems);
  }

  @Test
  void theFormatFixesTheMembersItReads() {
    EnvelopeFormat format = TestCatalog.PROBLEM;
    assertTrue(format.isProblemDetails());
    assertEquals("https://example.com/probs/", format.typePrefix());
    assertEquals(List.of("/type", "/detail", "/instance", "/status"),
        List.of(format.code(), format.description(), format.correlationId(), format.httpStatus()));
    EnvelopeFormat traced = EnvelopeFormat.builder().problemDetails("https://example.com/probs/")
        .correlationId("/traceId").build();
    assertEquals("/traceId", traced.correlationId());
    EnvelopeFormat plain = EnvelopeFormat.builder().build();
    assertEquals(false, plain.isProblemDetails());
    assertEquals("", plain.typePrefix());
  }

  @Test
  void anInstanceThatIsAnExtensionMemberIsReadWhateverItsJsonType() {
    EnvelopeCodec traced = new EnvelopeCodec(EnvelopeFormat.builder().problemDetails("https://example.com/probs/")
        .correlationId("/traceId").build());
    Decoded<TestException> decoded = traced.decode(500,
        "{\"type\": \"E201\", \"traceId\": 42, \"instance\": 7}".getBytes(StandardCharsets.UTF_8), Map.of(),
        TestCatalog::khipuException);
    assertEquals("42", decoded.report().correlationId());
    assertEquals("E201", decoded.report().code());
    assertNull(decoded.report().problem());
  }

  @Test
  void aProblemDetailDecodesAsItsTypeSays() {
    Decoded<TestException> decoded = codec.decode(503, """
        {"type": "https://example.com/probs/E250", "title": "t", "status": 503, "detail": "Down.",
         "instance": "/x/1", "balance": 30}
        """.getBytes(StandardCharsets.UTF_8), Map.of(), TestCatalog::khipuException);
    TestException e = decoded.exception().orElseThrow();
    assertEquals(TestCatalog.KhipuCode.TARGET_UNAVAILABLE, e.errorCode());
    assertEquals("E250", e.code());
    assertEquals("Down.", e.description());
    assertEquals("/x/1", e.correlationId());
    assertEquals(503, e.report().bodyHttpStatus());
    assertEquals("30", e.attribute("balance"));
    assertNull(e.report().problem());
  }
}
