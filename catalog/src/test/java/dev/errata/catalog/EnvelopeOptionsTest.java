package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.catalog.TestCatalog.KhipuCode;
import dev.errata.catalog.TestCatalog.TestException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The envelope's options that the hand-written catalogs leave out, decoded and encoded through a
 * {@link Catalog}: a retry header, problem details, a body HTTP status field, a correlation id header,
 * and fields read from inside an object or array that an attribute keeps whole.
 */
class EnvelopeOptionsTest {

  private static Catalog<TestException> catalog(EnvelopeFormat format) {
    return Catalog.of("Options", TestException.class, new EnvelopeCodec(format), KhipuCode::match,
        KhipuCode::forHttpStatus, TestCatalog::khipuException);
  }

  private static final Catalog<TestException> RETRY_HEADER = catalog(EnvelopeFormat.builder()
      .code("/code").retryHeader("Should-Retry").build());

  private static TestException withRetryHeader(String code, String... headers) {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (int i = 0; i < headers.length; i += 2) {
      map.put(headers[i], List.of(headers[i + 1]));
    }
    byte[] body = ("{\"code\": \"" + code + "\"}").getBytes(UTF_8);
    return RETRY_HEADER.decode(503, body, map).exception().orElseThrow();
  }

  @Test
  void aRetryHeaderOverridesTheTypesAdvice() {
    assertThat(withRetryHeader("E201").retry()).isEqualTo(RetryAdvice.immediately());
    assertThat(withRetryHeader("E201", "Should-Retry", "false").retry()).isEqualTo(RetryAdvice.never());
    assertThat(withRetryHeader("E201", "should-retry", " FALSE ").retry()).isEqualTo(RetryAdvice.never());
    assertThat(withRetryHeader("A000").retry()).isEqualTo(RetryAdvice.never());
    assertThat(withRetryHeader("A000", "Should-Retry", "true").retry()).isEqualTo(RetryAdvice.immediately());
    assertThat(withRetryHeader("A000", "Should-Retry", "True").retry()).isEqualTo(RetryAdvice.immediately());
    // "true" only makes a "never" retryable: an advised wait stays.
    assertThat(withRetryHeader("F000", "Should-Retry", "true").retry()).isEqualTo(RetryAdvice.after(Duration.ofHours(4)));
    assertThat(withRetryHeader("A000", "Should-Retry", "true", "Retry-After", "7").retry())
        .isEqualTo(RetryAdvice.after(Duration.ofSeconds(7)));
  }

  @Test
  void aRetryHeaderThatIsNeitherTrueNorFalseIsIgnoredAndSaid() {
    TestException error = withRetryHeader("A000", "Should-Retry", "maybe");
    assertThat(error.retry()).isEqualTo(RetryAdvice.never());
    assertThat(error.report().shouldRetry()).isNull();
    assertThat(error.report().problem()).contains("Should-Retry \"maybe\" is neither true nor false; ignored");
    assertThat(withRetryHeader("E201", "Should-Retry", "maybe").retry()).isEqualTo(RetryAdvice.immediately());
  }

  @Test
  void anEncodedErrorSaysInTheRetryHeaderWhetherToRetry() {
    assertThat(RETRY_HEADER.encode(withRetryHeader("A000")).headers()).containsEntry("Should-Retry", "false");
    assertThat(RETRY_HEADER.encode(withRetryHeader("E201")).headers()).containsEntry("Should-Retry", "true");
    assertThat(catalog(TestCatalog.KHIPU).encode(withRetryHeader("E201")).headers()).doesNotContainKey("Should-Retry");
  }

  @Test
  void aProblemDetailGoesOutWithItsTypeTitleAndDetail() {
    Catalog<TestException> problems = catalog(TestCatalog.PROBLEM);
    TestException error = problems.decode(401, """
        {"type": "https://example.com/probs/A000", "detail": "Key revoked.", "status": 401}"""
        .getBytes(UTF_8)).exception().orElseThrow();
    assertThat(error.errorCode()).isEqualTo(KhipuCode.AUTHENTICATION);
    EncodedError encoded = problems.encode(error);
    assertThat(encoded.headers()).containsEntry("Content-Type", ProblemDetails.MEDIA_TYPE);
    String body = new String(encoded.body(), UTF_8);
    assertThat(body).contains("\"type\":\"https://example.com/probs/A000\"");
    assertThat(body).contains("\"title\":\"Authentication error.\"");
    assertThat(body).contains("\"detail\":\"Key revoked.\"");
    assertThat(body).contains("\"status\":401");
  }

  @Test
  void aProblemOfAStatusAloneIsAboutBlankTitledWithTheReasonPhrase() {
    Catalog<TestException> problems = catalog(TestCatalog.PROBLEM);
    TestException error = problems.decode(404, "{\"type\": \"about:blank\"}".getBytes(UTF_8))
        .exception().orElseThrow();
    String body = new String(problems.encode(error).body(), UTF_8);
    assertThat(body).contains("\"type\":\"about:blank\"");
    assertThat(body).contains("\"title\":\"Not Found\"");
    assertThat(body).doesNotContain("\"detail\"");
  }

  @Test
  void theHttpStatusFieldAndTheCorrelationIdHeaderAreWritten() {
    Catalog<TestException> withStatus = catalog(EnvelopeFormat.builder().code("/code").httpStatus("/status")
        .correlationId("/id").correlationIdHeader("Request-Id").build());
    TestException error = withStatus.decode(401, "{\"code\": \"A000\", \"id\": \"req-9\"}".getBytes(UTF_8))
        .exception().orElseThrow();
    EncodedError encoded = withStatus.encode(error);
    assertThat(encoded.headers()).containsEntry("Request-Id", "req-9");
    assertThat(new String(encoded.body(), UTF_8)).isEqualTo("{\"code\":\"A000\",\"status\":401,\"id\":\"req-9\"}");
    TestException anonymous = withStatus.decode(401, "{\"code\": \"A000\"}".getBytes(UTF_8)).exception().orElseThrow();
    assertThat(withStatus.encode(anonymous).headers()).doesNotContainKey("Request-Id");
  }

  @Test
  void aFieldInsideAnArrayAnAttributeKeepsIsReadByItsIndex() {
    EnvelopeCodec codec = new EnvelopeCodec(EnvelopeFormat.builder().code("/errors/0/code")
        .description("/errors/1/message").attribute("errors", "/errors").build());
    ErrorReport report = codec.read(400, """
        {"errors": [{"code": "A000"}, {"message": "second"}]}""".getBytes(UTF_8), null);
    assertThat(report.code()).isEqualTo("A000");
    assertThat(report.description()).isEqualTo("second");
    assertThat(report.attributes()).containsEntry("errors", "[{\"code\":\"A000\"},{\"message\":\"second\"}]");
  }

  @Test
  void fieldsInsideAnArrayNoAttributeKeepsAreStreamedByTheirIndex() {
    // No pointer ends at the array, so it is walked token by token, element by element.
    EnvelopeCodec codec = new EnvelopeCodec(EnvelopeFormat.builder().code("/errors/1/code")
        .description("/errors/0/message").status("/status").build());
    ErrorReport report = codec.read(400, """
        {"errors": [{"message": "first", "code": "A000"}, {"code": "E201"}, {"code": "I001"}],
         "status": "ERROR"}""".getBytes(UTF_8), null);
    assertThat(report.code()).isEqualTo("E201");
    assertThat(report.description()).isEqualTo("first");
    assertThat(report.bodyStatus()).isEqualTo("ERROR");
    assertThat(report.problem()).isNull();
  }

  @Test
  void aLaterDuplicateObjectReplacesTheEarlierOneWithAllItsFields() {
    // As in a tree: the second "error" holds no code, so the first one's code is gone with it.
    EnvelopeCodec codec = new EnvelopeCodec(EnvelopeFormat.builder().code("/error/code")
        .type("/error/type").build());
    ErrorReport report = codec.read(400, """
        {"error": {"code": "A000", "type": "FIRST"}, "error": {"type": "SECOND"}}""".getBytes(UTF_8), null);
    assertThat(report.code()).isNull();
    assertThat(report.type()).isEqualTo("SECOND");
  }

  @Test
  void anIndexIsReadOnlyAsWrittenAndWithinTheArray() {
    for (String index : new String[] {"2", "01", "-0", "-1", "x"}) {
      EnvelopeCodec codec = new EnvelopeCodec(EnvelopeFormat.builder().code("/errors/" + index + "/code")
          .attribute("errors", "/errors").build());
      ErrorReport report = codec.read(400, """
          {"errors": [{"code": "A000"}, {"code": "E201"}]}""".getBytes(UTF_8), null);
      assertThat(report.code()).isNull();
      assertThat(report.attributes()).containsKey("errors");
    }
  }

  @Test
  void aFieldThatIsAnObjectWhereAValueIsWantedIsSaid() {
    EnvelopeCodec codec = new EnvelopeCodec(EnvelopeFormat.builder().code("/error/code")
        .attribute("error", "/error").build());
    ErrorReport report = codec.read(400, "{\"error\": {\"code\": {\"id\": 1}}}".getBytes(UTF_8), null);
    assertThat(report.code()).isNull();
    assertThat(report.problem()).contains("code at /error/code is a JSON object, not a value");
    ErrorReport array = codec.read(400, "{\"error\": {\"code\": [1]}}".getBytes(UTF_8), null);
    assertThat(array.problem()).contains("code at /error/code is a JSON array, not a value");
  }
}
