package dev.errata.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.errata.catalog.TestCatalog.KeyBankCode;
import dev.errata.catalog.TestCatalog.KhipuCode;
import dev.errata.catalog.TestCatalog.TestException;
import dev.errata.catalog.TestCatalog.Type;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvelopeCodecTest {

  /** The example of Khipu's "Error structure" page, as published. */
  static final String KHIPU_EXAMPLE = """
      {
        "OperationId": "6baf6c19-e485-463b-ae24-a821b025c8a4",
        "Status": "ERROR",
        "Data": null,
        "AdditionalInformation": null,
        "Error": {
          "Code": "E201",
          "Type": "RETRY_IMMEDIATELY",
          "Description": "The target service used for data extraction is not available."
        },
        "LifeSpan": null
      }
      """;

  /** KeyBank's exception schema, filled in. */
  static final String KEYBANK_EXCEPTION = """
      {
        "ErrorMessage": "Request is missing required information.",
        "X-CorrelationId": "c0ffee00-1234-4abc-9def-000000000001",
        "TransactionId": "TX-20240313-0001",
        "TransactionTime": "2024-03-13T10:15:30Z",
        "ServiceError": {
          "connectError": "none",
          "detailMessage": "ACCT-042: account number is required",
          "serviceErrorData": {"field": "accountNumber", "rejected": [null, 42, true]}
        }
      }
      """;

  /** 2024-03-13T12:00:00Z, a Wednesday. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-13T12:00:00Z"), ZoneOffset.UTC);

  private final EnvelopeCodec khipu = new EnvelopeCodec(TestCatalog.KHIPU, DecodeLimits.DEFAULT, CLOCK);
  private final EnvelopeCodec keyBank = new EnvelopeCodec(TestCatalog.KEYBANK, DecodeLimits.DEFAULT, CLOCK);

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private Decoded<TestException> decodeKhipu(int status, String body) {
    return khipu.decode(status, utf8(body), Map.of(), TestCatalog::khipuException);
  }

  private Decoded<TestException> decodeKeyBank(int status, String body) {
    return keyBank.decode(status, utf8(body), Map.of(), TestCatalog::keyBankException);
  }

  private Decoded<TestException> khipuWithRetryAfter(String retryAfter) {
    return khipu.decode(503, utf8(KHIPU_EXAMPLE), Map.of("Retry-After", List.of(retryAfter)),
        TestCatalog::khipuException);
  }

  static TestException failure(Decoded<TestException> decoded) {
    if (decoded instanceof Decoded.Failure<TestException> failure) {
      return failure.error();
    }
    return fail("not a failure: " + decoded);
  }

  static TestException warning(Decoded<TestException> decoded) {
    if (decoded instanceof Decoded.Warning<TestException> warning) {
      return warning.warning();
    }
    return fail("not a warning: " + decoded);
  }

  static ErrorReport success(Decoded<TestException> decoded) {
    if (decoded instanceof Decoded.Success<TestException> success) {
      assertTrue(success.exception().isEmpty());
      return success.report();
    }
    return fail("not a success: " + decoded + " " + decoded.report());
  }

  @Test
  void khipuExampleDecodesEveryField() {
    byte[] body = utf8(KHIPU_EXAMPLE);
    Decoded<TestException> decoded = khipu.decode(200, body, Map.of(), TestCatalog::khipuException);

    TestException error = failure(decoded);
    assertSame(KhipuCode.TARGET_UNAVAILABLE, error.errorCode());
    assertEquals("E201", error.code());
    assertSame(Type.RETRY_IMMEDIATELY, error.type());
    assertEquals(RetryAdvice.immediately(), error.retry());
    assertEquals("The target service used for data extraction is not available.", error.description());
    assertEquals("6baf6c19-e485-463b-ae24-a821b025c8a4", error.correlationId());
    assertEquals(200, error.httpStatus());
    assertEquals(Map.of(), error.attributes());

    ErrorReport report = decoded.report();
    assertSame(error.report(), report);
    assertEquals(200, report.httpStatus());
    assertEquals("E201", report.code());
    assertEquals("RETRY_IMMEDIATELY", report.type());
    assertEquals("The target service used for data extraction is not available.", report.description());
    assertEquals("6baf6c19-e485-463b-ae24-a821b025c8a4", report.correlationId());
    assertEquals("ERROR", report.bodyStatus());
    assertNull(report.retryAfter());
    assertArrayEquals(body, report.body());
    assertEquals(KHIPU_EXAMPLE, report.bodyText());
    assertNull(report.problem());
  }

  @Test
  void khipuExampleKeepsAnErrorStatusOfItsOwn() {
    TestException error = failure(decodeKhipu(503, KHIPU_EXAMPLE));
    assertEquals(503, error.httpStatus());
    assertEquals(503, error.report().httpStatus());
    assertSame(KhipuCode.TARGET_UNAVAILABLE, error.errorCode());
  }

  @Test
  void readGivesTheSameReportAsDecode() {
    byte[] body = utf8(KHIPU_EXAMPLE);
    assertEquals(
        khipu.decode(200, body, Map.of(), TestCatalog::khipuException).report(),
        khipu.read(200, body, Map.of()));
  }

  @Test
  void khipuStatusOkWithNullErrorIsASuccess() {
    String body = """
        {"OperationId": "op-1", "Status": "OK", "Data": {"Balance": 10}, "Error": null}
        """;
    ErrorReport report = success(decodeKhipu(200, body));
    assertEquals("OK", report.bodyStatus());
    assertEquals("op-1", report.correlationId());
    assertNull(report.code());
    assertNull(report.problem());
    assertArrayEquals(utf8(body), report.body());
  }

  @Test
  void typeTheResponseNamesWinsOverTheCodesType() {
    TestException named = failure(decodeKhipu(200,
        "{\"Status\":\"ERROR\",\"Error\":{\"Code\":\"E250\",\"Type\":\"WAIT_4_HOURS_BEFORE_RETRY\"}}"));
    assertSame(KhipuCode.TARGET_UNAVAILABLE, named.errorCode());
    assertSame(Type.WAIT_4_HOURS_BEFORE_RETRY, named.type());
    assertEquals(RetryAdvice.after(Duration.ofHours(4)), named.retry());

    TestException undeclared = failure(decodeKhipu(200,
        "{\"Status\":\"ERROR\",\"Error\":{\"Code\":\"E250\",\"Type\":\"RETRY_TOMORROW\"}}"));
    assertSame(Type.RETRY_IMMEDIATELY, undeclared.type());
    assertEquals("RETRY_TOMORROW", undeclared.report().type());
  }

  @Test
  void unknownCodeIsTheUnknownEntryKeepingWhatWasReceived() {
    TestException error = failure(decodeKhipu(200,
        "{\"Status\":\"ERROR\",\"Error\":{\"Code\":\"Z123\",\"Description\":\"new\"}}"));
    assertSame(KhipuCode.UNKNOWN, error.errorCode());
    assertEquals("Z123", error.code());
    assertEquals("new", error.description());
  }

  @Test
  void scalarFieldsOfOtherJsonTypesAreReadAsText() {
    TestException error = failure(decodeKhipu(500,
        "{\"OperationId\":12345,\"Status\":false,\"Error\":{\"Code\":201,\"Description\":1.5}}"));
    assertEquals("201", error.code());
    assertEquals("12345", error.correlationId());
    assertEquals("false", error.report().bodyStatus());
    assertEquals("1.5", error.description());
    assertNull(error.report().problem());
  }

  @Test
  void keyBankExceptionSchemaKeepsEveryFieldAndTheServiceErrorAsCompactJson() {
    byte[] body = utf8(KEYBANK_EXCEPTION);
    Decoded<TestException> decoded = keyBank.decode(400, body, Map.of(), TestCatalog::keyBankException);

    TestException error = failure(decoded);
    assertSame(KeyBankCode.BAD_REQUEST, error.errorCode());
    assertEquals("400", error.code());
    assertSame(Type.DO_NOT_RETRY, error.type());
    assertEquals(RetryAdvice.never(), error.retry());
    assertEquals("Request is missing required information.", error.description());
    assertEquals("c0ffee00-1234-4abc-9def-000000000001", error.correlationId());
    assertEquals(400, error.httpStatus());
    assertEquals("TX-20240313-0001", error.attribute("transactionId"));
    assertEquals("2024-03-13T10:15:30Z", error.attribute("transactionTime"));
    assertEquals(
        "{\"connectError\":\"none\",\"detailMessage\":\"ACCT-042: account number is required\","
            + "\"serviceErrorData\":{\"field\":\"accountNumber\",\"rejected\":[null,42,true]}}",
        error.attribute("serviceError"));
    assertEquals(List.of("transactionId", "transactionTime", "serviceError"),
        List.copyOf(error.attributes().keySet()));

    ErrorReport report = decoded.report();
    assertEquals("400", report.code());
    assertNull(report.type());
    assertNull(report.bodyStatus());
    assertNull(report.problem());
    assertArrayEquals(body, report.body());
  }

  @Test
  void keyBankAttributesOfAnyJsonTypeAndAbsentOnes() {
    TestException error = failure(decodeKeyBank(503,
        "{\"TransactionId\":987654321,\"TransactionTime\":null,\"ServiceError\":[\"a\",{\"b\":1}]}"));
    assertSame(KeyBankCode.SERVER_ERROR, error.errorCode());
    assertEquals("503", error.code());
    assertEquals("987654321", error.attribute("transactionId"));
    assertNull(error.attribute("transactionTime"));
    assertEquals("[\"a\",{\"b\":1}]", error.attribute("serviceError"));
    assertEquals(List.of("transactionId", "serviceError"), List.copyOf(error.attributes().keySet()));
    assertNull(error.report().problem());
  }

  @Test
  void keyBankStatusMessageSIsASuccess() {
    String body = """
        {
          "responseHeader": {
             "status": "S",
             "statusDescription": "Successfully returned results for the requested range 1 to 1",
             "retrivedRows": "1",
             "totalRows": "1",
             "dataLoadDate": "2022-07-13"
          }
        }
        """;
    ErrorReport report = success(decodeKeyBank(200, body));
    assertEquals("S", report.bodyStatus());
    assertEquals("200", report.code());
    assertNull(report.problem());
  }

  @Test
  void twoHundredWithoutACodeIsASuccess() {
    assertNull(success(decodeKhipu(200, "{\"Data\":{\"Accounts\":[]}}")).code());
    assertNull(success(decodeKhipu(201, "")).code());
    assertNull(success(khipu.decode(204, null, null, TestCatalog::khipuException)).code());
  }

  @Test
  void twoHundredWithAMalformedBodyIsAFailureWhenTheCodeLivesInTheBody() {
    // Cut after "Status":"ERROR": the body cannot say the request went well.
    String cut = KHIPU_EXAMPLE.substring(0, KHIPU_EXAMPLE.indexOf("\"Data\""));
    TestException truncated = failure(decodeKhipu(200, cut));
    assertSame(KhipuCode.UNKNOWN, truncated.errorCode());
    assertTrue(truncated.report().problem().startsWith("body is not valid JSON"), truncated.report().problem());
    failure(decodeKhipu(200, "<html>maintenance</html>"));

    // When the status is the code, the status speaks for the body.
    ErrorReport keyBankOk = success(decodeKeyBank(200, "{\"responseHeader\":"));
    assertTrue(keyBankOk.problem().startsWith("body is not valid JSON"), keyBankOk.problem());
  }

  @Test
  void twoHundredOverALimitIsNotProofOfFailure() {
    EnvelopeCodec small = khipu.withLimits(new DecodeLimits(64, 64, 1 << 20, 100));
    String large = "{\"Status\":\"OK\",\"Data\":{\"Accounts\":[" + "1,".repeat(100) + "1]}}";
    ErrorReport report = success(small.decode(200, utf8(large), Map.of(), TestCatalog::khipuException));
    assertTrue(report.problem().contains("64-byte limit"), report.problem());
  }

  @Test
  void twoHundredWithWarningStatusIsAWarning() {
    TestException warned = warning(decodeKeyBank(299, "{\"responseHeader\":{\"status\":\"W\"}}"));
    assertSame(KeyBankCode.WARNING, warned.errorCode());
    assertEquals("W", warned.report().bodyStatus());

    // The body's status wins over the HTTP status.
    TestException onOk = warning(decodeKeyBank(200, "{\"responseHeader\":{\"status\":\"W\"}}"));
    assertSame(KeyBankCode.OK, onOk.errorCode());
  }

  @Test
  void twoHundredWithAWarningCodeAndNoStatusIsAWarning() {
    TestException warned = warning(decodeKeyBank(299, "{\"ErrorMessage\":\"check the range\"}"));
    assertSame(KeyBankCode.WARNING, warned.errorCode());
    assertEquals("check the range", warned.description());
  }

  @Test
  void twoHundredWithFailureStatusIsAFailure() {
    TestException failed = failure(decodeKeyBank(200, "{\"responseHeader\":{\"status\":\"F\"}}"));
    assertEquals("200", failed.code());
    assertEquals("F", failed.report().bodyStatus());

    TestException khipuError = failure(decodeKhipu(200, "{\"Status\":\"ERROR\",\"Error\":null}"));
    assertSame(KhipuCode.UNKNOWN, khipuError.errorCode());
  }

  @Test
  void twoHundredWithAnErrorCodeAndNoStatusIsAFailure() {
    TestException failed = failure(decodeKhipu(200, "{\"Error\":{\"Code\":\"A000\"}}"));
    assertSame(KhipuCode.AUTHENTICATION, failed.errorCode());
    assertNull(failed.report().bodyStatus());
  }

  @Test
  void twoHundredOfASuccessTypeInHttpStatusModeIsASuccess() {
    assertEquals("200", success(decodeKeyBank(200, "")).code());
    assertEquals("200", success(decodeKeyBank(200, "{\"accounts\":[]}")).code());
  }

  @ParameterizedTest
  @ValueSource(ints = {201, 202, 204, 206, 250})
  void unknownTwoHundredInHttpStatusModeIsASuccess(int status) {
    ErrorReport report = success(decodeKeyBank(status, "{\"ErrorMessage\":\"not an error\"}"));
    assertEquals(Integer.toString(status), report.code());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 100, 199, 300, 304, 400, 401, 404, 418, 429, 500, 503, 599, 600, 999})
  void nonTwoHundredIsAlwaysAFailure(int status) {
    // Even when the body claims success.
    TestException khipuError = failure(decodeKhipu(status, "{\"Status\":\"OK\",\"Error\":null}"));
    assertSame(KhipuCode.forHttpStatus(status), khipuError.errorCode());
    assertEquals(status, khipuError.report().httpStatus());

    TestException keyBankError = failure(decodeKeyBank(status, "{\"responseHeader\":{\"status\":\"S\"}}"));
    assertEquals(Integer.toString(status), keyBankError.code());
    assertSame(KeyBankCode.match(Integer.toString(status)), keyBankError.errorCode());
  }

  @Test
  void noCodeIsTypedByTheHttpStatus() {
    assertSame(KhipuCode.AUTHENTICATION, failure(decodeKhipu(401, "")).errorCode());
    assertSame(KhipuCode.UNKNOWN, failure(decodeKhipu(500, "")).errorCode());
  }

  @Test
  void retryAfterInSecondsWinsOverTheCatalog() {
    TestException error = failure(khipuWithRetryAfter("120"));
    assertEquals(Duration.ofSeconds(120), error.report().retryAfter());
    assertEquals(RetryAdvice.after(Duration.ofSeconds(120)), error.retry());
    assertSame(Type.RETRY_IMMEDIATELY, error.type());
    assertNull(error.report().problem());
  }

  @Test
  void retryAfterOfZeroSecondsIsImmediately() {
    TestException error = failure(khipuWithRetryAfter(" 0 "));
    assertEquals(Duration.ZERO, error.report().retryAfter());
    assertEquals(RetryAdvice.immediately(), error.retry());
  }

  @Test
  void retryAfterAsAnHttpDateIsTheDelayFromTheClock() {
    TestException error = failure(khipuWithRetryAfter("Wed, 13 Mar 2024 12:05:30 GMT"));
    assertEquals(Duration.ofSeconds(330), error.report().retryAfter());
    assertEquals(RetryAdvice.after(Duration.ofSeconds(330)), error.retry());
    assertNull(error.report().problem());
  }

  @Test
  void retryAfterInThePastIsZero() {
    TestException error = failure(khipuWithRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT"));
    assertEquals(Duration.ZERO, error.report().retryAfter());
    assertEquals(RetryAdvice.immediately(), error.retry());
    assertNull(error.report().problem());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "soon", "", " ", "-5", "1.5", "1e3", "0x10", "99999999999", "+30",
      "Wed, 32 Mar 2024 12:05:30 GMT", "Thu, 13 Mar 2024 12:05:30 GMT", "2024-03-13T12:05:30Z",
      "Wed, 13 Mar 2024 12:05:30 GMT; and then some more text that goes on past forty characters"})
  void retryAfterGarbageIsIgnoredWithAProblem(String value) {
    TestException error = failure(khipuWithRetryAfter(value));
    assertNull(error.report().retryAfter());
    String problem = error.report().problem();
    assertNotNull(problem);
    assertTrue(problem.contains("Retry-After"), problem);
    assertTrue(problem.length() < 200, problem);
    // The body is still read, and the catalog's advice stands.
    assertEquals("E201", error.code());
    assertEquals(RetryAdvice.immediately(), error.retry());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Retry-After", "retry-after", "RETRY-AFTER", "rEtRy-AfTeR"})
  void retryAfterHeaderNameIsCaseInsensitive(String name) {
    TestException error = failure(khipu.decode(503, utf8(KHIPU_EXAMPLE), Map.of(name, List.of("7")),
        TestCatalog::khipuException));
    assertEquals(Duration.ofSeconds(7), error.report().retryAfter());
  }

  @Test
  void retryAfterTakesTheFirstValueAndSkipsNulls() {
    Map<String, List<String>> headers = new HashMap<>();
    headers.put(null, List.of("ignored"));
    headers.put("X-Empty", null);
    headers.put("retry-after", Arrays.asList(null, "9", "10"));
    TestException error = failure(khipu.decode(503, utf8(KHIPU_EXAMPLE), headers, TestCatalog::khipuException));
    assertEquals(Duration.ofSeconds(9), error.report().retryAfter());

    Map<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    caseInsensitive.put("RETRY-after", List.of("11"));
    assertEquals(Duration.ofSeconds(11), khipu.read(503, null, caseInsensitive).retryAfter());
  }

  @Test
  void retryAfterIsReadWhateverTheBody() {
    ErrorReport report = keyBank.read(429, utf8("<html>Too Many Requests</html>"), Map.of("Retry-After", List.of("30")));
    assertEquals(Duration.ofSeconds(30), report.retryAfter());
    assertNotNull(report.problem());
  }

  @Test
  void nullBodyAndHeaders() {
    TestException khipuError = failure(khipu.decode(401, null, null, TestCatalog::khipuException));
    assertSame(KhipuCode.AUTHENTICATION, khipuError.errorCode());
    assertArrayEquals(new byte[0], khipuError.report().body());
    assertNull(khipuError.report().problem());
    assertNull(khipuError.report().retryAfter());

    TestException keyBankError = failure(keyBank.decode(429, null, null, TestCatalog::keyBankException));
    assertSame(KeyBankCode.TOO_MANY_REQUESTS, keyBankError.errorCode());
    assertEquals(RetryAdvice.after(Duration.ofMinutes(1)), keyBankError.retry());
    assertArrayEquals(new byte[0], keyBankError.report().body());

    ErrorReport read = khipu.read(500, null, null);
    assertEquals(500, read.httpStatus());
    assertNull(read.code());
    assertNull(read.problem());
  }

  @Test
  void theCallersBodyArrayIsCopied() {
    byte[] body = utf8(KHIPU_EXAMPLE);
    ErrorReport report = khipu.read(200, body, null);
    Arrays.fill(body, (byte) ' ');
    assertArrayEquals(utf8(KHIPU_EXAMPLE), report.body());
  }

  @Test
  void codecKeepsItsFormatAndLimits() {
    assertSame(TestCatalog.KHIPU, khipu.format());
    assertSame(DecodeLimits.DEFAULT, khipu.limits());
    assertSame(DecodeLimits.DEFAULT, new EnvelopeCodec(TestCatalog.KEYBANK).limits());
  }

  @Test
  void aFormatWhosePointerIsNotAJsonPointerIsRejected() {
    EnvelopeFormat bad = EnvelopeFormat.builder().code("Error/Code").build();
    assertThrows(IllegalArgumentException.class, () -> new EnvelopeCodec(bad));
  }

  @Test
  void nullArgumentsToTheConstructorAreRejected() {
    assertThrows(NullPointerException.class, () -> new EnvelopeCodec(null));
    assertThrows(NullPointerException.class,
        () -> new EnvelopeCodec(TestCatalog.KHIPU, null, CLOCK));
    assertThrows(NullPointerException.class,
        () -> new EnvelopeCodec(TestCatalog.KHIPU, DecodeLimits.DEFAULT, null));
  }
}
