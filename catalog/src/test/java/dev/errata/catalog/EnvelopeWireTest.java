package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.errata.catalog.TestCatalog.KeyBankCode;
import dev.errata.catalog.TestCatalog.TestException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The codec's wire elements on their own: JSON types, warnings, the body's HTTP status, headers. */
class EnvelopeWireTest {

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static final EnvelopeCodec TYPED = new EnvelopeCodec(EnvelopeFormat.builder()
      .code("/code").codeJson(JsonType.NUMBER)
      .status("/ok").statusJson(JsonType.BOOLEAN).successStatus("true").failureStatus("false")
      .attribute("count", "/count", JsonType.NUMBER)
      .attribute("flag", "/flag", JsonType.BOOLEAN)
      .attribute("note", "/note")
      .build());

  private static String encoded(String code, String count, String flag) {
    ErrorReport.Builder report = ErrorReport.builder().code(code).attribute("count", count).attribute("flag", flag)
        .attribute("note", "12");
    return TYPED.encode(TestCatalog.khipuException(report.build())).bodyText();
  }

  @Test
  void valuesAreWrittenInTheirJsonTypeWhenTheyReadBackTheSame() {
    assertThat(encoded("30004", "-12", "true")).isEqualTo("{\"code\":30004,\"ok\":false,\"count\":-12,\"flag\":true,\"note\":\"12\"}");
    assertThat(encoded("0", "123456789012345678901234567890", "false")).isEqualTo("{\"code\":0,\"ok\":false,\"count\":123456789012345678901234567890,\"flag\":false,\"note\":\"12\"}");
    // Text that a number or boolean would not read back as: a string.
    for (String odd : List.of("007", "-0", "+1", "1.5", "1e3", "E1", " 1")) {
      assertWithMessage("%s", odd).that(encoded(odd, odd, "TRUE")).startsWith("{\"code\":\"" + odd + "\"");
      assertWithMessage("%s", odd).that(encoded(odd, odd, "TRUE").contains("\"count\":\"" + odd + "\",\"flag\":\"TRUE\"")).isTrue();
    }
    // An empty code is no code: not written at all.
    assertThat(encoded("", "", "")).isEqualTo("{\"ok\":false,\"count\":\"\",\"flag\":\"\",\"note\":\"12\"}");
  }

  @Test
  void typedValuesDecodeToTheSameText() {
    for (String code : List.of("30004", "0", "-12", "007", "E1")) {
      EncodedError encoded = TYPED.encode(TestCatalog.khipuException(ErrorReport.builder().code(code)
          .attribute("count", code).build()));
      ErrorReport report = TYPED.read(encoded.httpStatus(), encoded.body(), null);
      assertThat(report.code()).isEqualTo(code);
      assertThat(report.attribute("count")).isEqualTo(code);
      assertThat(report.bodyStatus()).isEqualTo("false");
    }
  }

  /** Where the status is the code, a warning field types nothing: the status does. */
  @Test
  void aWarningWhereTheStatusIsTheCode() {
    EnvelopeCodec codec = new EnvelopeCodec(EnvelopeFormat.builder().code(EnvelopeFormat.HTTP_STATUS)
        .warning("/warning").build());
    Decoded<TestException> decoded = codec.decode(200, utf8("{\"warning\":\"slow\"}"), null,
        TestCatalog::keyBankException);
    assertThat(decoded).isInstanceOf(Decoded.Warning.class);
    TestException exception = decoded.exception().orElseThrow();
    assertThat(exception.errorCode()).isEqualTo(KeyBankCode.OK);
    assertThat(exception.code()).isEqualTo("200");
    assertThat(codec.decode(200, utf8("{}"), null, TestCatalog::keyBankException)).isInstanceOf(Decoded.Success.class);
  }

  @Test
  void theBodysHttpStatus() {
    EnvelopeCodec codec = new EnvelopeCodec(EnvelopeFormat.builder().code("/code").httpStatus("/status").build());
    assertThat(codec.read(200, utf8("{\"status\":404}"), null).bodyHttpStatus()).isEqualTo(404);
    assertThat(codec.read(200, utf8("{\"status\":\"204\"}"), null).bodyHttpStatus()).isEqualTo(204);
    for (String odd : List.of("600", "99", "40.4", "true", "\"\"", "1000")) {
      ErrorReport report = codec.read(200, utf8("{\"status\":" + odd + "}"), null);
      assertWithMessage("%s", odd).that(report.bodyHttpStatus()).isEqualTo(0);
      assertThat(report.problem()).startsWith("HTTP status at /status ");
    }
    // A 2xx body that says a 2xx is not a failure for it.
    assertInstanceOf(Decoded.Success.class, codec.decode(200, utf8("{\"status\":200}"), null,
        TestCatalog::khipuException));
    assertThat(codec.decode(200, utf8("{\"status\":503}"), null,
        TestCatalog::khipuException)).isInstanceOf(Decoded.Failure.class);
  }

  @Test
  void theBodysCorrelationIdWinsOverTheHeader() {
    EnvelopeCodec codec = new EnvelopeCodec(EnvelopeFormat.builder().code("/code").correlationId("/id")
        .correlationIdHeader("X-Request-Id").build());
    Map<String, List<String>> headers = Map.of("x-request-id", List.of("from-header"));
    assertThat(codec.read(500, utf8("{\"id\":\"from-body\"}"), headers).correlationId()).isEqualTo("from-body");
    assertThat(codec.read(500, utf8("{}"), headers).correlationId()).isEqualTo("from-header");
    assertThat(codec.read(500, utf8("not json"), headers).correlationId()).isEqualTo("from-header");
    assertThat(codec.read(500, utf8("{}"), null).correlationId()).isNull();
  }

  @Test
  void aRetryHeaderIsReadOnlyWhenDeclared() {
    Map<String, List<String>> headers = Map.of("Stripe-Should-Retry", List.of("false"));
    EnvelopeCodec without = new EnvelopeCodec(EnvelopeFormat.builder().code("/code").build());
    assertThat(without.read(500, utf8("{}"), headers).shouldRetry()).isNull();
    assertThat(without.encode(TestCatalog.khipuException(ErrorReport.ofCode("A000"))).headers()).isEqualTo(Map.of("Content-Type", "application/json"));
    EnvelopeCodec with = new EnvelopeCodec(EnvelopeFormat.builder().code("/code").retryHeader("Stripe-Should-Retry").build());
    assertThat(with.read(500, utf8("{}"), headers).shouldRetry()).isEqualTo(Boolean.FALSE);
  }

  @Test
  void reportsKeepTheNewFields() {
    ErrorReport report = ErrorReport.builder().code("A").bodyHttpStatus(404).shouldRetry(Boolean.TRUE).build();
    assertThat(report.toBuilder().build()).isEqualTo(report);
    assertThat(report.toBuilder().build().hashCode()).isEqualTo(report.hashCode());
    assertThat(report.toBuilder().bodyHttpStatus(0).build()).isNotEqualTo(report);
    assertThat(report.toBuilder().shouldRetry(null).build()).isNotEqualTo(report);
    assertThat(report.toString()).contains("bodyHttpStatus=404, shouldRetry=true");
  }
}
