package dev.errata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertEquals("{\"code\":30004,\"ok\":false,\"count\":-12,\"flag\":true,\"note\":\"12\"}",
        encoded("30004", "-12", "true"));
    assertEquals("{\"code\":0,\"ok\":false,\"count\":123456789012345678901234567890,\"flag\":false,\"note\":\"12\"}",
        encoded("0", "123456789012345678901234567890", "false"));
    // Text that a number or boolean would not read back as: a string.
    for (String odd : List.of("007", "-0", "+1", "1.5", "1e3", "E1", " 1")) {
      assertTrue(encoded(odd, odd, "TRUE").startsWith("{\"code\":\"" + odd + "\""), odd);
      assertTrue(encoded(odd, odd, "TRUE").contains("\"count\":\"" + odd + "\",\"flag\":\"TRUE\""), odd);
    }
    // An empty code is no code: not written at all.
    assertEquals("{\"ok\":false,\"count\":\"\",\"flag\":\"\",\"note\":\"12\"}", encoded("", "", ""));
  }

  @Test
  void typedValuesDecodeToTheSameText() {
    for (String code : List.of("30004", "0", "-12", "007", "E1")) {
      EncodedError encoded = TYPED.encode(TestCatalog.khipuException(ErrorReport.builder().code(code)
          .attribute("count", code).build()));
      ErrorReport report = TYPED.read(encoded.httpStatus(), encoded.body(), null);
      assertEquals(code, report.code());
      assertEquals(code, report.attribute("count"));
      assertEquals("false", report.bodyStatus());
    }
  }

  /** Where the status is the code, a warning field types nothing: the status does. */
  @Test
  void aWarningWhereTheStatusIsTheCode() {
    EnvelopeCodec codec = new EnvelopeCodec(EnvelopeFormat.builder().code(EnvelopeFormat.HTTP_STATUS)
        .warning("/warning").build());
    Decoded<TestException> decoded = codec.decode(200, utf8("{\"warning\":\"slow\"}"), null,
        TestCatalog::keyBankException);
    assertInstanceOf(Decoded.Warning.class, decoded);
    TestException exception = decoded.exception().orElseThrow();
    assertEquals(KeyBankCode.OK, exception.errorCode());
    assertEquals("200", exception.code());
    assertInstanceOf(Decoded.Success.class, codec.decode(200, utf8("{}"), null, TestCatalog::keyBankException));
  }

  @Test
  void theBodysHttpStatus() {
    EnvelopeCodec codec = new EnvelopeCodec(EnvelopeFormat.builder().code("/code").httpStatus("/status").build());
    assertEquals(404, codec.read(200, utf8("{\"status\":404}"), null).bodyHttpStatus());
    assertEquals(204, codec.read(200, utf8("{\"status\":\"204\"}"), null).bodyHttpStatus());
    for (String odd : List.of("600", "99", "40.4", "true", "\"\"", "1000")) {
      ErrorReport report = codec.read(200, utf8("{\"status\":" + odd + "}"), null);
      assertEquals(0, report.bodyHttpStatus(), odd);
      assertTrue(report.problem().startsWith("HTTP status at /status "), report.problem());
    }
    // A 2xx body that says a 2xx is not a failure for it.
    assertInstanceOf(Decoded.Success.class, codec.decode(200, utf8("{\"status\":200}"), null,
        TestCatalog::khipuException));
    assertInstanceOf(Decoded.Failure.class, codec.decode(200, utf8("{\"status\":503}"), null,
        TestCatalog::khipuException));
  }

  @Test
  void theBodysCorrelationIdWinsOverTheHeader() {
    EnvelopeCodec codec = new EnvelopeCodec(EnvelopeFormat.builder().code("/code").correlationId("/id")
        .correlationIdHeader("X-Request-Id").build());
    Map<String, List<String>> headers = Map.of("x-request-id", List.of("from-header"));
    assertEquals("from-body", codec.read(500, utf8("{\"id\":\"from-body\"}"), headers).correlationId());
    assertEquals("from-header", codec.read(500, utf8("{}"), headers).correlationId());
    assertEquals("from-header", codec.read(500, utf8("not json"), headers).correlationId());
    assertNull(codec.read(500, utf8("{}"), null).correlationId());
  }

  @Test
  void aRetryHeaderIsReadOnlyWhenDeclared() {
    Map<String, List<String>> headers = Map.of("Stripe-Should-Retry", List.of("false"));
    EnvelopeCodec without = new EnvelopeCodec(EnvelopeFormat.builder().code("/code").build());
    assertNull(without.read(500, utf8("{}"), headers).shouldRetry());
    assertEquals(Map.of("Content-Type", "application/json"),
        without.encode(TestCatalog.khipuException(ErrorReport.ofCode("A000"))).headers());
    EnvelopeCodec with = new EnvelopeCodec(EnvelopeFormat.builder().code("/code").retryHeader("Stripe-Should-Retry").build());
    assertEquals(Boolean.FALSE, with.read(500, utf8("{}"), headers).shouldRetry());
  }

  @Test
  void reportsKeepTheNewFields() {
    ErrorReport report = ErrorReport.builder().code("A").bodyHttpStatus(404).shouldRetry(Boolean.TRUE).build();
    assertEquals(report, report.toBuilder().build());
    assertEquals(report.hashCode(), report.toBuilder().build().hashCode());
    assertNotEquals(report, report.toBuilder().bodyHttpStatus(0).build());
    assertNotEquals(report, report.toBuilder().shouldRetry(null).build());
    assertTrue(report.toString().contains("bodyHttpStatus=404, shouldRetry=true"), report.toString());
  }
}
