package dev.errata.samples.keybank;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errata.samples.DecodedAssertions.assertFailure;
import static dev.errata.samples.DecodedAssertions.assertSuccess;
import static dev.errata.samples.DecodedAssertions.assertWarning;

import dev.errata.catalog.Decoded;
import dev.errata.catalog.ErrorReport;
import dev.errata.catalog.RetryAdvice;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * KeyBank's error handling page (../shared/seeds/keybank-error-handling.txt): its status message
 * example, and an exception-schema body for every status of its table, with every field checked.
 */
class KeyBankSeedTest {

  /** "Status message example", verbatim: note the comma after the inner object, which JSON forbids. */
  private static final String STATUS_EXAMPLE_VERBATIM = """
      {
        "responseHeader": {
           "status": "S",
           "statusDescription": "Successfully returned results for the requested range 1 to 1",
           "retrivedRows": "1",
           "totalRows": "1",
           "dataLoadDate": "2022-07-13"
           },
      }""";

  /** The same example with the trailing comma removed. */
  private static final String STATUS_EXAMPLE_FIXED = STATUS_EXAMPLE_VERBATIM.replace("},\n}", "}\n}");

  private static final String STATUS_DESCRIPTION =
      "Successfully returned results for the requested range 1 to 1";

  private static final String SERVICE_ERROR =
      "{\"connectError\":null,\"detailMessage\":\"DS-1042: downstream refused the request\","
          + "\"serviceErrorData\":{\"accountId\":\"missing\",\"retries\":[1,2]}}";

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** A body in the docs' "Standard error format", spaced as the docs lay it out. */
  private static String exceptionSchema(int status) {
    return """
        {
          "ErrorMessage": "message for %1$d",
          "X-CorrelationId": "corr-%1$d",
          "TransactionId": "T%1$d",
          "TransactionTime": "2024-03-13T10:15:%2$02dZ",
          "ServiceError": {
            "connectError": null,
            "detailMessage": "DS-1042: downstream refused the request",
            "serviceErrorData": { "accountId": "missing", "retries": [1, 2] }
          }
        }""".formatted(status, status % 60);
  }

  private static Map<String, String> expectedAttributes(int status) {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("transactionId", "T" + status);
    attributes.put("transactionTime", String.format("2024-03-13T10:15:%02dZ", status % 60));
    attributes.put("serviceError", SERVICE_ERROR);
    return attributes;
  }

  // ---------------------------------------------------------------------------------------------
  // The status message example

  @Test
  void theVerbatimStatusExampleIsNotJson() {
    assertWithMessage("the seed's trailing comma").that(STATUS_EXAMPLE_VERBATIM).contains("},\n}");
    assertThat(STATUS_EXAMPLE_FIXED).doesNotContain("},");
  }

  /**
   * The docs' example as printed, with its trailing comma: the JSON parser is strict, so the body is
   * not read (no status S, no statusDescription) and {@code problem()} says why; the outcome comes from
   * the HTTP status, which is KeyBank's code, and 200 is declared a success. The raw body is kept.
   */
  @Test
  void theVerbatimStatusExampleIsASuccessByItsStatusWithTheProblemNamed() {
    byte[] body = utf8(STATUS_EXAMPLE_VERBATIM);

    Decoded<KeyBankException> decoded = KeyBankMatcher.decode(200, body, Map.of());

    ErrorReport report = assertSuccess(decoded);
    assertThat(report.httpStatus()).isEqualTo(200);
    assertThat(report.code()).isEqualTo("200");
    assertThat(report.bodyStatus()).isNull();
    assertThat(report.attributes()).isEqualTo(Map.of());
    assertThat(report.problem()).isNotNull();
    assertThat(report.problem()).startsWith("body is not valid JSON");
    assertThat(report.body()).isEqualTo(body);
  }

  /** The same body under 299, W's status, is still a warning: the status is the code. */
  @Test
  void theVerbatimStatusExampleUnder299IsAWarning() {
    KeyBankException warning = assertWarning(KeyBankMatcher.decode(299, utf8(STATUS_EXAMPLE_VERBATIM)));
    assertThat(warning).isInstanceOf(KeyBankWarningException.class);
    assertThat(warning.report().problem()).isNotNull();
  }

  @Test
  void theFixedStatusExampleIsASuccessWithItsDescription() {
    byte[] body = utf8(STATUS_EXAMPLE_FIXED);

    Decoded<KeyBankException> decoded = KeyBankMatcher.decode(200, body, Map.of());

    ErrorReport report = assertSuccess(decoded);
    assertThat(report.httpStatus()).isEqualTo(200);
    assertThat(report.code()).isEqualTo("200");
    assertThat(report.bodyStatus()).isEqualTo("S");
    assertThat(report.attributes()).isEqualTo(Map.of("statusDescription", STATUS_DESCRIPTION));
    assertThat(report.correlationId()).isNull();
    assertThat(report.problem()).isNull();
    assertThat(report.body()).isEqualTo(body);
  }

  /** "W: ... the request was successfully received, but there was a minor issue (HTTP 299)". */
  @Test
  void statusWUnder299IsAWarningNotAFailure() {
    String text = STATUS_EXAMPLE_FIXED.replace("\"S\"", "\"W\"")
        .replace(STATUS_DESCRIPTION, "Partial results: 1 of 2 accounts");
    byte[] body = utf8(text);

    Decoded<KeyBankException> decoded = KeyBankMatcher.decode(299, body, Map.of());

    assertThat(decoded.isFailure()).isFalse();
    KeyBankException warning = assertWarning(decoded);
    assertThat(warning.getClass()).isSameInstanceAs(KeyBankWarningException.class);
    assertThat(warning.errorCode()).isSameInstanceAs(KeyBankErrorCode.WARNING);
    assertThat(warning.type()).isSameInstanceAs(KeyBankErrorType.WARNING);
    assertThat(warning.code()).isEqualTo("299");
    assertThat(warning.httpStatus()).isEqualTo(299);
    assertThat(warning.retry()).isEqualTo(RetryAdvice.never());
    assertThat(warning.report().bodyStatus()).isEqualTo("W");
    assertThat(warning.attribute("statusDescription")).isEqualTo("Partial results: 1 of 2 accounts");
    assertThat(warning.report().body()).isEqualTo(body);
    assertThat(warning.report().problem()).isNull();
    decoded.throwIfFailure();
  }

  @Test
  void statusSUnder200IsASuccess() {
    assertSuccess(KeyBankMatcher.decode(200, utf8("{\"responseHeader\":{\"status\":\"S\"}}")));
  }

  /** "F: The transaction was not processed": a failure even under a 2xx status. */
  @Test
  void statusFUnder200IsAFailure() {
    KeyBankException e = assertFailure(KeyBankMatcher.decode(200,
        utf8("{\"responseHeader\":{\"status\":\"F\",\"statusDescription\":\"Not processed\"}}")));
    assertThat(e.report().bodyStatus()).isEqualTo("F");
    assertThat(e.attribute("statusDescription")).isEqualTo("Not processed");
  }

  // ---------------------------------------------------------------------------------------------
  // The exception schema under every status of the table

  /** status, exception class, group (null for none), retry advice when no Retry-After is sent. */
  static Stream<Arguments> failures() {
    RetryAdvice never = RetryAdvice.never();
    RetryAdvice immediately = RetryAdvice.immediately();
    RetryAdvice later = RetryAdvice.after(Duration.ofSeconds(60));
    Class<?> client = KeyBankClientErrorsException.class;
    Class<?> server = KeyBankServerErrorsException.class;
    return Stream.of(
        Arguments.of(400, KeyBankMissingInformationException.class, KeyBankErrorCode.MISSING_INFORMATION, client, never),
        Arguments.of(401, KeyBankUnauthorizedException.class, KeyBankErrorCode.UNAUTHORIZED, client, never),
        Arguments.of(403, KeyBankForbiddenException.class, KeyBankErrorCode.FORBIDDEN, client, never),
        Arguments.of(404, KeyBankNotFoundException.class, KeyBankErrorCode.NOT_FOUND, client, never),
        Arguments.of(405, KeyBankInvalidMethodException.class, KeyBankErrorCode.INVALID_METHOD, client, never),
        Arguments.of(415, KeyBankInvalidMediaTypeException.class, KeyBankErrorCode.INVALID_MEDIA_TYPE, client, never),
        Arguments.of(429, KeyBankTooManyRequestsException.class, KeyBankErrorCode.TOO_MANY_REQUESTS, client, later),
        Arguments.of(500, KeyBankServerErrorException.class, KeyBankErrorCode.SERVER_ERROR, server, never),
        Arguments.of(502, KeyBankBadGatewayException.class, KeyBankErrorCode.BAD_GATEWAY, server, immediately),
        Arguments.of(503, KeyBankServiceUnavailableException.class, KeyBankErrorCode.SERVICE_UNAVAILABLE, server, later),
        Arguments.of(504, KeyBankGatewayTimeoutException.class, KeyBankErrorCode.GATEWAY_TIMEOUT, server, immediately),
        // Not in the docs' table.
        Arguments.of(409, KeyBankOtherClientErrorException.class, KeyBankErrorCode.OTHER_CLIENT_ERROR, client, never),
        Arguments.of(507, KeyBankOtherServerErrorException.class, KeyBankErrorCode.OTHER_SERVER_ERROR, server, never));
  }

  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @MethodSource("failures")
  void theExceptionSchemaUnderEachFailureStatus(int status, Class<?> expected, KeyBankErrorCode entry,
      Class<?> group, RetryAdvice retry) {
    String text = exceptionSchema(status);
    byte[] body = utf8(text);

    Decoded<KeyBankException> decoded = KeyBankMatcher.decode(status, body, Map.of());

    KeyBankException e = assertFailure(decoded);
    assertThat(e.getClass()).isSameInstanceAs(expected);
    assertWithMessage("%s", e.getClass() + " extends " + group).that(group.isInstance(e)).isTrue();
    assertThat(status < 500 ? e instanceof KeyBankClientErrorsException : e instanceof KeyBankServerErrorsException).isTrue();
    assertThat(e.errorCode()).isSameInstanceAs(entry);
    assertThat(e.code()).isEqualTo(Integer.toString(status));
    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.type()).isSameInstanceAs(entry.type());
    assertThat(e.retry()).isEqualTo(retry);
    if (status >= 400 && status < 500 && status != 429) {
      assertWithMessage("4xx but 429: never").that(e.retry().isRetryable()).isFalse();
    }
    assertThat(e.description()).isEqualTo("message for " + status);
    assertThat(e.correlationId()).isEqualTo("corr-" + status);
    assertThat(e.attributes()).isEqualTo(expectedAttributes(status));
    assertThat(e.attribute("transactionId")).isEqualTo("T" + status);
    assertThat(e.attribute("serviceError")).isEqualTo(SERVICE_ERROR);
    assertThat(e.attribute("statusDescription")).isNull();
    assertThat(e.report().bodyStatus()).isNull();
    assertThat(e.report().retryAfter()).isNull();
    assertThat(e.report().problem()).isNull();
    assertThat(e.report().body()).isEqualTo(body);
    assertThat(e.report().bodyText()).isEqualTo(text);
  }

  @Test
  void theTableCoversEveryDeclaredEntry() {
    Set<KeyBankErrorCode> seen = EnumSet.of(KeyBankErrorCode.OK, KeyBankErrorCode.WARNING, KeyBankErrorCode.UNKNOWN);
    failures().forEach(arguments -> seen.add((KeyBankErrorCode) arguments.get()[2]));
    assertThat(seen).isEqualTo(EnumSet.allOf(KeyBankErrorCode.class));
  }

  /** "429 ... 503": a Retry-After header, in seconds or as an HTTP date, wins over the catalog's 60 s. */
  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {429, 503})
  void retryAfterWinsOverTheCatalog(int status) {
    KeyBankException seconds = assertFailure(KeyBankMatcher.decode(status, utf8(exceptionSchema(status)),
        Map.of("Retry-After", List.of("7"))));
    assertThat(seconds.retry()).isEqualTo(RetryAdvice.after(Duration.ofSeconds(7)));
    assertThat(seconds.report().retryAfter()).isEqualTo(Duration.ofSeconds(7));

    KeyBankException lowerCase = assertFailure(KeyBankMatcher.decode(status, utf8(exceptionSchema(status)),
        Map.of("retry-after", List.of("0"))));
    assertThat(lowerCase.retry()).isEqualTo(RetryAdvice.after(Duration.ZERO));
    assertThat(lowerCase.retry().isRetryable()).isTrue();

    String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
    KeyBankException date = assertFailure(KeyBankMatcher.decode(status, utf8(exceptionSchema(status)),
        Map.of("Retry-After", List.of(inAnHour))));
    Duration delay = date.retry().delay().orElseThrow();
    assertWithMessage("%s", delay).that(delay.compareTo(Duration.ofMinutes(58)) > 0 && delay.compareTo(Duration.ofMinutes(60)) <= 0).isTrue();
  }

  /** An HTTP 200 carrying the exception schema (no responseHeader): the status says success. */
  @Test
  void theExceptionSchemaUnder200IsASuccessThatKeepsEverything() {
    byte[] body = utf8(exceptionSchema(200));

    ErrorReport report = assertSuccess(KeyBankMatcher.decode(200, body, Map.of()));

    assertThat(report.code()).isEqualTo("200");
    assertThat(report.correlationId()).isEqualTo("corr-200");
    assertThat(report.description()).isEqualTo("message for 200");
    assertThat(report.attributes()).isEqualTo(expectedAttributes(200));
    assertThat(report.problem()).isNull();
    assertThat(report.body()).isEqualTo(body);
  }

  /** The exception schema under 299 (no responseHeader): the status is the code, and 299 is W's. */
  @Test
  void theExceptionSchemaUnder299IsAWarning() {
    byte[] body = utf8(exceptionSchema(299));

    KeyBankException warning = assertWarning(KeyBankMatcher.decode(299, body, Map.of()));

    assertThat(warning.getClass()).isSameInstanceAs(KeyBankWarningException.class);
    assertThat(warning.code()).isEqualTo("299");
    assertThat(warning.description()).isEqualTo("message for 299");
    assertThat(warning.correlationId()).isEqualTo("corr-299");
    assertThat(warning.attributes()).isEqualTo(expectedAttributes(299));
    assertThat(warning.retry()).isEqualTo(RetryAdvice.never());
    assertThat(warning.report().body()).isEqualTo(body);
  }

  /** Statuses the docs do not list: 4xx and 5xx fall in their group; others are unknown. */
  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {402, 409, 418, 451, 499, 501, 505, 507, 599})
  void undocumentedClientAndServerErrorsFallInTheirGroup(int status) {
    KeyBankException e = assertFailure(KeyBankMatcher.decode(status, new byte[0]));
    if (status < 500) {
      assertThat(e.getClass()).isSameInstanceAs(KeyBankOtherClientErrorException.class);
      assertThat(e).isInstanceOf(KeyBankClientErrorsException.class);
    } else {
      assertThat(e.getClass()).isSameInstanceAs(KeyBankOtherServerErrorException.class);
      assertThat(e).isInstanceOf(KeyBankServerErrorsException.class);
    }
    assertThat(e.code()).isEqualTo(Integer.toString(status));
    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.retry()).isEqualTo(RetryAdvice.never());
    assertThat(e.report().bodyText()).isEqualTo("");
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {100, 302, 304, 600})
  void otherNonSuccessStatusesAreUnknownFailures(int status) {
    KeyBankException e = assertFailure(KeyBankMatcher.decode(status, utf8(exceptionSchema(status))));
    assertThat(e.getClass()).isSameInstanceAs(KeyBankUnknownException.class);
    assertThat(e.code()).isEqualTo(Integer.toString(status));
    assertThat(e.correlationId()).isEqualTo("corr-" + status);
    assertThat(e.attributes()).isEqualTo(expectedAttributes(status));
  }
}
