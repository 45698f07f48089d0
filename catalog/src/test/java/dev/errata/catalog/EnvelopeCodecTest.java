package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
      assertThat(success.exception()).isEmpty();
      return success.report();
    }
    return fail("not a success: " + decoded + " " + decoded.report());
  }

  @Test
  void khipuExampleDecodesEveryField() {
    byte[] body = utf8(KHIPU_EXAMPLE);
    Decoded<TestException> decoded = khipu.decode(200, body, Map.of(), TestCatalog::khipuException);

    TestException error = failure(decoded);
    assertThat(error.errorCode()).isSameInstanceAs(KhipuCode.TARGET_UNAVAILABLE);
    assertThat(error.code()).isEqualTo("E201");
    assertThat(error.type()).isSameInstanceAs(Type.RETRY_IMMEDIATELY);
    assertThat(error.retry()).isEqualTo(RetryAdvice.immediately());
    assertThat(error.description()).isEqualTo("The target service used for data extraction is not available.");
    assertThat(error.correlationId()).isEqualTo("6baf6c19-e485-463b-ae24-a821b025c8a4");
    assertThat(error.httpStatus()).isEqualTo(200);
    assertThat(error.attributes()).isEqualTo(Map.of());

    ErrorReport report = decoded.report();
    assertThat(report).isSameInstanceAs(error.report());
    assertThat(report.httpStatus()).isEqualTo(200);
    assertThat(report.code()).isEqualTo("E201");
    assertThat(report.type()).isEqualTo("RETRY_IMMEDIATELY");
    assertThat(report.description()).isEqualTo("The target service used for data extraction is not available.");
    assertThat(report.correlationId()).isEqualTo("6baf6c19-e485-463b-ae24-a821b025c8a4");
    assertThat(report.bodyStatus()).isEqualTo("ERROR");
    assertThat(report.retryAfter()).isNull();
    assertThat(report.body()).isEqualTo(body);
    assertThat(report.bodyText()).isEqualTo(KHIPU_EXAMPLE);
    assertThat(report.problem()).isNull();
  }

  @Test
  void khipuExampleKeepsAnErrorStatusOfItsOwn() {
    TestException error = failure(decodeKhipu(503, KHIPU_EXAMPLE));
    assertThat(error.httpStatus()).isEqualTo(503);
    assertThat(error.report().httpStatus()).isEqualTo(503);
    assertThat(error.errorCode()).isSameInstanceAs(KhipuCode.TARGET_UNAVAILABLE);
  }

  @Test
  void readGivesTheSameReportAsDecode() {
    byte[] body = utf8(KHIPU_EXAMPLE);
    assertThat(khipu.read(200, body, Map.of())).isEqualTo(khipu.decode(200, body, Map.of(), TestCatalog::khipuException).report());
  }

  @Test
  void khipuStatusOkWithNullErrorIsASuccess() {
    String body = """
        {"OperationId": "op-1", "Status": "OK", "Data": {"Balance": 10}, "Error": null}
        """;
    ErrorReport report = success(decodeKhipu(200, body));
    assertThat(report.bodyStatus()).isEqualTo("OK");
    assertThat(report.correlationId()).isEqualTo("op-1");
    assertThat(report.code()).isNull();
    assertThat(report.problem()).isNull();
    assertThat(report.body()).isEqualTo(utf8(body));
  }

  @Test
  void typeTheResponseNamesWinsOverTheCodesType() {
    TestException named = failure(decodeKhipu(200,
        "{\"Status\":\"ERROR\",\"Error\":{\"Code\":\"E250\",\"Type\":\"WAIT_4_HOURS_BEFORE_RETRY\"}}"));
    assertThat(named.errorCode()).isSameInstanceAs(KhipuCode.TARGET_UNAVAILABLE);
    assertThat(named.type()).isSameInstanceAs(Type.WAIT_4_HOURS_BEFORE_RETRY);
    assertThat(named.retry()).isEqualTo(RetryAdvice.after(Duration.ofHours(4)));

    TestException undeclared = failure(decodeKhipu(200,
        "{\"Status\":\"ERROR\",\"Error\":{\"Code\":\"E250\",\"Type\":\"RETRY_TOMORROW\"}}"));
    assertThat(undeclared.type()).isSameInstanceAs(Type.RETRY_IMMEDIATELY);
    assertThat(undeclared.report().type()).isEqualTo("RETRY_TOMORROW");
  }

  @Test
  void unknownCodeIsTheUnknownEntryKeepingWhatWasReceived() {
    TestException error = failure(decodeKhipu(200,
        "{\"Status\":\"ERROR\",\"Error\":{\"Code\":\"Z123\",\"Description\":\"new\"}}"));
    assertThat(error.errorCode()).isSameInstanceAs(KhipuCode.UNKNOWN);
    assertThat(error.code()).isEqualTo("Z123");
    assertThat(error.description()).isEqualTo("new");
  }

  @Test
  void scalarFieldsOfOtherJsonTypesAreReadAsText() {
    TestException error = failure(decodeKhipu(500,
        "{\"OperationId\":12345,\"Status\":false,\"Error\":{\"Code\":201,\"Description\":1.5}}"));
    assertThat(error.code()).isEqualTo("201");
    assertThat(error.correlationId()).isEqualTo("12345");
    assertThat(error.report().bodyStatus()).isEqualTo("false");
    assertThat(error.description()).isEqualTo("1.5");
    assertThat(error.report().problem()).isNull();
  }

  @Test
  void keyBankExceptionSchemaKeepsEveryFieldAndTheServiceErrorAsCompactJson() {
    byte[] body = utf8(KEYBANK_EXCEPTION);
    Decoded<TestException> decoded = keyBank.decode(400, body, Map.of(), TestCatalog::keyBankException);

    TestException error = failure(decoded);
    assertThat(error.errorCode()).isSameInstanceAs(KeyBankCode.BAD_REQUEST);
    assertThat(error.code()).isEqualTo("400");
    assertThat(error.type()).isSameInstanceAs(Type.DO_NOT_RETRY);
    assertThat(error.retry()).isEqualTo(RetryAdvice.never());
    assertThat(error.description()).isEqualTo("Request is missing required information.");
    assertThat(error.correlationId()).isEqualTo("c0ffee00-1234-4abc-9def-000000000001");
    assertThat(error.httpStatus()).isEqualTo(400);
    assertThat(error.attribute("transactionId")).isEqualTo("TX-20240313-0001");
    assertThat(error.attribute("transactionTime")).isEqualTo("2024-03-13T10:15:30Z");
    assertThat(error.attribute("serviceError")).isEqualTo("{\"connectError\":\"none\",\"detailMessage\":\"ACCT-042: account number is required\","
            + "\"serviceErrorData\":{\"field\":\"accountNumber\",\"rejected\":[null,42,true]}}");
    assertThat(List.copyOf(error.attributes().keySet())).isEqualTo(List.of("transactionId", "transactionTime", "serviceError"));

    ErrorReport report = decoded.report();
    assertThat(report.code()).isEqualTo("400");
    assertThat(report.type()).isNull();
    assertThat(report.bodyStatus()).isNull();
    assertThat(report.problem()).isNull();
    assertThat(report.body()).isEqualTo(body);
  }

  @Test
  void keyBankAttributesOfAnyJsonTypeAndAbsentOnes() {
    TestException error = failure(decodeKeyBank(503,
        "{\"TransactionId\":987654321,\"TransactionTime\":null,\"ServiceError\":[\"a\",{\"b\":1}]}"));
    assertThat(error.errorCode()).isSameInstanceAs(KeyBankCode.SERVER_ERROR);
    assertThat(error.code()).isEqualTo("503");
    assertThat(error.attribute("transactionId")).isEqualTo("987654321");
    assertThat(error.attribute("transactionTime")).isNull();
    assertThat(error.attribute("serviceError")).isEqualTo("[\"a\",{\"b\":1}]");
    assertThat(List.copyOf(error.attributes().keySet())).isEqualTo(List.of("transactionId", "serviceError"));
    assertThat(error.report().problem()).isNull();
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
    assertThat(report.bodyStatus()).isEqualTo("S");
    assertThat(report.code()).isEqualTo("200");
    assertThat(report.problem()).isNull();
  }

  @Test
  void twoHundredWithoutACodeIsASuccess() {
    assertThat(success(decodeKhipu(200, "{\"Data\":{\"Accounts\":[]}}")).code()).isNull();
    assertThat(success(decodeKhipu(201, "")).code()).isNull();
    assertThat(success(khipu.decode(204, null, null, TestCatalog::khipuException)).code()).isNull();
  }

  @Test
  void twoHundredWithAMalformedBodyIsAFailureWhenTheCodeLivesInTheBody() {
    // Cut after "Status":"ERROR": the body cannot say the request went well.
    String cut = KHIPU_EXAMPLE.substring(0, KHIPU_EXAMPLE.indexOf("\"Data\""));
    TestException truncated = failure(decodeKhipu(200, cut));
    assertThat(truncated.errorCode()).isSameInstanceAs(KhipuCode.UNKNOWN);
    assertThat(truncated.report().problem()).startsWith("body is not valid JSON");
    failure(decodeKhipu(200, "<html>maintenance</html>"));

    // When the status is the code, the status speaks for the body.
    ErrorReport keyBankOk = success(decodeKeyBank(200, "{\"responseHeader\":"));
    assertThat(keyBankOk.problem()).startsWith("body is not valid JSON");
  }

  @Test
  void twoHundredOverALimitIsNotProofOfFailure() {
    EnvelopeCodec small = khipu.withLimits(new DecodeLimits(64, 64, 1 << 20, 100));
    String large = "{\"Status\":\"OK\",\"Data\":{\"Accounts\":[" + "1,".repeat(100) + "1]}}";
    ErrorReport report = success(small.decode(200, utf8(large), Map.of(), TestCatalog::khipuException));
    assertThat(report.problem()).contains("64-byte limit");
  }

  @Test
  void twoHundredWithWarningStatusIsAWarning() {
    TestException warned = warning(decodeKeyBank(299, "{\"responseHeader\":{\"status\":\"W\"}}"));
    assertThat(warned.errorCode()).isSameInstanceAs(KeyBankCode.WARNING);
    assertThat(warned.report().bodyStatus()).isEqualTo("W");

    // The body's status wins over the HTTP status.
    TestException onOk = warning(decodeKeyBank(200, "{\"responseHeader\":{\"status\":\"W\"}}"));
    assertThat(onOk.errorCode()).isSameInstanceAs(KeyBankCode.OK);
  }

  @Test
  void twoHundredWithAWarningCodeAndNoStatusIsAWarning() {
    TestException warned = warning(decodeKeyBank(299, "{\"ErrorMessage\":\"check the range\"}"));
    assertThat(warned.errorCode()).isSameInstanceAs(KeyBankCode.WARNING);
    assertThat(warned.description()).isEqualTo("check the range");
  }

  @Test
  void twoHundredWithFailureStatusIsAFailure() {
    TestException failed = failure(decodeKeyBank(200, "{\"responseHeader\":{\"status\":\"F\"}}"));
    assertThat(failed.code()).isEqualTo("200");
    assertThat(failed.report().bodyStatus()).isEqualTo("F");

    TestException khipuError = failure(decodeKhipu(200, "{\"Status\":\"ERROR\",\"Error\":null}"));
    assertThat(khipuError.errorCode()).isSameInstanceAs(KhipuCode.UNKNOWN);
  }

  @Test
  void twoHundredWithAnErrorCodeAndNoStatusIsAFailure() {
    TestException failed = failure(decodeKhipu(200, "{\"Error\":{\"Code\":\"A000\"}}"));
    assertThat(failed.errorCode()).isSameInstanceAs(KhipuCode.AUTHENTICATION);
    assertThat(failed.report().bodyStatus()).isNull();
  }

  @Test
  void twoHundredOfASuccessTypeInHttpStatusModeIsASuccess() {
    assertThat(success(decodeKeyBank(200, "")).code()).isEqualTo("200");
    assertThat(success(decodeKeyBank(200, "{\"accounts\":[]}")).code()).isEqualTo("200");
  }

  @ParameterizedTest
  @ValueSource(ints = {201, 202, 204, 206, 250})
  void unknownTwoHundredInHttpStatusModeIsASuccess(int status) {
    ErrorReport report = success(decodeKeyBank(status, "{\"ErrorMessage\":\"not an error\"}"));
    assertThat(report.code()).isEqualTo(Integer.toString(status));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 100, 199, 300, 304, 400, 401, 404, 418, 429, 500, 503, 599, 600, 999})
  void nonTwoHundredIsAlwaysAFailure(int status) {
    // Even when the body claims success.
    TestException khipuError = failure(decodeKhipu(status, "{\"Status\":\"OK\",\"Error\":null}"));
    assertThat(khipuError.errorCode()).isSameInstanceAs(KhipuCode.forHttpStatus(status));
    assertThat(khipuError.report().httpStatus()).isEqualTo(status);

    TestException keyBankError = failure(decodeKeyBank(status, "{\"responseHeader\":{\"status\":\"S\"}}"));
    assertThat(keyBankError.code()).isEqualTo(Integer.toString(status));
    assertThat(keyBankError.errorCode()).isSameInstanceAs(KeyBankCode.match(Integer.toString(status)));
  }

  @Test
  void noCodeIsTypedByTheHttpStatus() {
    assertThat(failure(decodeKhipu(401, "")).errorCode()).isSameInstanceAs(KhipuCode.AUTHENTICATION);
    assertThat(failure(decodeKhipu(500, "")).errorCode()).isSameInstanceAs(KhipuCode.UNKNOWN);
  }

  @Test
  void retryAfterInSecondsWinsOverTheCatalog() {
    TestException error = failure(khipuWithRetryAfter("120"));
    assertThat(error.report().retryAfter()).isEqualTo(Duration.ofSeconds(120));
    assertThat(error.retry()).isEqualTo(RetryAdvice.after(Duration.ofSeconds(120)));
    assertThat(error.type()).isSameInstanceAs(Type.RETRY_IMMEDIATELY);
    assertThat(error.report().problem()).isNull();
  }

  @Test
  void retryAfterOfZeroSecondsIsImmediately() {
    TestException error = failure(khipuWithRetryAfter(" 0 "));
    assertThat(error.report().retryAfter()).isEqualTo(Duration.ZERO);
    assertThat(error.retry()).isEqualTo(RetryAdvice.immediately());
  }

  @Test
  void retryAfterAsAnHttpDateIsTheDelayFromTheClock() {
    TestException error = failure(khipuWithRetryAfter("Wed, 13 Mar 2024 12:05:30 GMT"));
    assertThat(error.report().retryAfter()).isEqualTo(Duration.ofSeconds(330));
    assertThat(error.retry()).isEqualTo(RetryAdvice.after(Duration.ofSeconds(330)));
    assertThat(error.report().problem()).isNull();
  }

  @Test
  void retryAfterInThePastIsZero() {
    TestException error = failure(khipuWithRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT"));
    assertThat(error.report().retryAfter()).isEqualTo(Duration.ZERO);
    assertThat(error.retry()).isEqualTo(RetryAdvice.immediately());
    assertThat(error.report().problem()).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "soon", "", " ", "-5", "1.5", "1e3", "0x10", "99999999999", "+30",
      "Wed, 32 Mar 2024 12:05:30 GMT", "Thu, 13 Mar 2024 12:05:30 GMT", "2024-03-13T12:05:30Z",
      "Wed, 13 Mar 2024 12:05:30 GMT; and then some more text that goes on past forty characters"})
  void retryAfterGarbageIsIgnoredWithAProblem(String value) {
    TestException error = failure(khipuWithRetryAfter(value));
    assertThat(error.report().retryAfter()).isNull();
    String problem = error.report().problem();
    assertThat(problem).isNotNull();
    assertThat(problem).contains("Retry-After");
    assertWithMessage("%s", problem).that(problem.length() < 200).isTrue();
    // The body is still read, and the catalog's advice stands.
    assertThat(error.code()).isEqualTo("E201");
    assertThat(error.retry()).isEqualTo(RetryAdvice.immediately());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Retry-After", "retry-after", "RETRY-AFTER", "rEtRy-AfTeR"})
  void retryAfterHeaderNameIsCaseInsensitive(String name) {
    TestException error = failure(khipu.decode(503, utf8(KHIPU_EXAMPLE), Map.of(name, List.of("7")),
        TestCatalog::khipuException));
    assertThat(error.report().retryAfter()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterTakesTheFirstValueAndSkipsNulls() {
    Map<String, List<String>> headers = new HashMap<>();
    headers.put(null, List.of("ignored"));
    headers.put("X-Empty", null);
    headers.put("retry-after", Arrays.asList(null, "9", "10"));
    TestException error = failure(khipu.decode(503, utf8(KHIPU_EXAMPLE), headers, TestCatalog::khipuException));
    assertThat(error.report().retryAfter()).isEqualTo(Duration.ofSeconds(9));

    Map<String, List<String>> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    caseInsensitive.put("RETRY-after", List.of("11"));
    assertThat(khipu.read(503, null, caseInsensitive).retryAfter()).isEqualTo(Duration.ofSeconds(11));
  }

  @Test
  void retryAfterIsReadWhateverTheBody() {
    ErrorReport report = keyBank.read(429, utf8("<html>Too Many Requests</html>"), Map.of("Retry-After", List.of("30")));
    assertThat(report.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    assertThat(report.problem()).isNotNull();
  }

  @Test
  void nullBodyAndHeaders() {
    TestException khipuError = failure(khipu.decode(401, null, null, TestCatalog::khipuException));
    assertThat(khipuError.errorCode()).isSameInstanceAs(KhipuCode.AUTHENTICATION);
    assertThat(khipuError.report().body()).isEqualTo(new byte[0]);
    assertThat(khipuError.report().problem()).isNull();
    assertThat(khipuError.report().retryAfter()).isNull();

    TestException keyBankError = failure(keyBank.decode(429, null, null, TestCatalog::keyBankException));
    assertThat(keyBankError.errorCode()).isSameInstanceAs(KeyBankCode.TOO_MANY_REQUESTS);
    assertThat(keyBankError.retry()).isEqualTo(RetryAdvice.after(Duration.ofMinutes(1)));
    assertThat(keyBankError.report().body()).isEqualTo(new byte[0]);

    ErrorReport read = khipu.read(500, null, null);
    assertThat(read.httpStatus()).isEqualTo(500);
    assertThat(read.code()).isNull();
    assertThat(read.problem()).isNull();
  }

  @Test
  void theCallersBodyArrayIsCopied() {
    byte[] body = utf8(KHIPU_EXAMPLE);
    ErrorReport report = khipu.read(200, body, null);
    Arrays.fill(body, (byte) ' ');
    assertThat(report.body()).isEqualTo(utf8(KHIPU_EXAMPLE));
  }

  @Test
  void codecKeepsItsFormatAndLimits() {
    assertThat(khipu.format()).isSameInstanceAs(TestCatalog.KHIPU);
    assertThat(khipu.limits()).isSameInstanceAs(DecodeLimits.DEFAULT);
    assertThat(new EnvelopeCodec(TestCatalog.KEYBANK).limits()).isSameInstanceAs(DecodeLimits.DEFAULT);
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
