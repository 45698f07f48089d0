package dev.errata.samples.keybank;

import static dev.errata.samples.DecodedAssertions.assertFailure;
import static dev.errata.samples.DecodedAssertions.assertSuccess;
import static dev.errata.samples.DecodedAssertions.assertWarning;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertTrue(STATUS_EXAMPLE_VERBATIM.contains("},\n}"), "the seed's trailing comma");
    assertFalse(STATUS_EXAMPLE_FIXED.contains("},"));
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
    assertEquals(200, report.httpStatus());
    assertEquals("200", report.code());
    assertNull(report.bodyStatus());
    assertEquals(Map.of(), report.attributes());
    assertNotNull(report.problem());
    assertTrue(report.problem().startsWith("body is not valid JSON"), report.problem());
    assertArrayEquals(body, report.body());
  }

  /** The same body under 299, W's status, is still a warning: the status is the code. */
  @Test
  void theVerbatimStatusExampleUnder299IsAWarning() {
    KeyBankException warning = assertWarning(KeyBankMatcher.decode(299, utf8(STATUS_EXAMPLE_VERBATIM)));
    assertInstanceOf(KeyBankWarningException.class, warning);
    assertNotNull(warning.report().problem());
  }

  @Test
  void theFixedStatusExampleIsASuccessWithItsDescription() {
    byte[] body = utf8(STATUS_EXAMPLE_FIXED);

    Decoded<KeyBankException> decoded = KeyBankMatcher.decode(200, body, Map.of());

    ErrorReport report = assertSuccess(decoded);
    assertEquals(200, report.httpStatus());
    assertEquals("200", report.code());
    assertEquals("S", report.bodyStatus());
    assertEquals(Map.of("statusDescription", STATUS_DESCRIPTION), report.attributes());
    assertNull(report.correlationId());
    assertNull(report.problem());
    assertArrayEquals(body, report.body());
  }

  /** "W: ... the request was successfully received, but there was a minor issue (HTTP 299)". */
  @Test
  void statusWUnder299IsAWarningNotAFailure() {
    String text = STATUS_EXAMPLE_FIXED.replace("\"S\"", "\"W\"")
        .replace(STATUS_DESCRIPTION, "Partial results: 1 of 2 accounts");
    byte[] body = utf8(text);

    Decoded<KeyBankException> decoded = KeyBankMatcher.decode(299, body, Map.of());

    assertFalse(decoded.isFailure());
    KeyBankException warning = assertWarning(decoded);
    assertSame(KeyBankWarningException.class, warning.getClass());
    assertSame(KeyBankErrorCode.WARNING, warning.errorCode());
    assertSame(KeyBankErrorType.WARNING, warning.type());
    assertEquals("299", warning.code());
    assertEquals(299, warning.httpStatus());
    assertEquals(RetryAdvice.never(), warning.retry());
    assertEquals("W", warning.report().bodyStatus());
    assertEquals("Partial results: 1 of 2 accounts", warning.attribute("statusDescription"));
    assertArrayEquals(body, warning.report().body());
    assertNull(warning.report().problem());
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
    assertEquals("F", e.report().bodyStatus());
    assertEquals("Not processed", e.attribute("statusDescription"));
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
    assertSame(expected, e.getClass());
    assertTrue(group.isInstance(e), e.getClass() + " extends " + group);
    assertTrue(status < 500 ? e instanceof KeyBankClientErrorsException : e instanceof KeyBankServerErrorsException);
    assertSame(entry, e.errorCode());
    assertEquals(Integer.toString(status), e.code());
    assertEquals(status, e.httpStatus());
    assertSame(entry.type(), e.type());
    assertEquals(retry, e.retry());
    if (status >= 400 && status < 500 && status != 429) {
      assertFalse(e.retry().isRetryable(), "4xx but 429: never");
    }
    assertEquals("message for " + status, e.description());
    assertEquals("corr-" + status, e.correlationId());
    assertEquals(expectedAttributes(status), e.attributes());
    assertEquals("T" + status, e.attribute("transactionId"));
    assertEquals(SERVICE_ERROR, e.attribute("serviceError"));
    assertNull(e.attribute("statusDescription"));
    assertNull(e.report().bodyStatus());
    assertNull(e.report().retryAfter());
    assertNull(e.report().problem());
    assertArrayEquals(body, e.report().body());
    assertEquals(text, e.report().bodyText());
  }

  @Test
  void theTableCoversEveryDeclaredEntry() {
    Set<KeyBankErrorCode> seen = EnumSet.of(KeyBankErrorCode.OK, KeyBankErrorCode.WARNING, KeyBankErrorCode.UNKNOWN);
    failures().forEach(arguments -> seen.add((KeyBankErrorCode) arguments.get()[2]));
    assertEquals(EnumSet.allOf(KeyBankErrorCode.class), seen);
  }

  /** "429 ... 503": a Retry-After header, in seconds or as an HTTP date, wins over the catalog's 60 s. */
  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {429, 503})
  void retryAfterWinsOverTheCatalog(int status) {
    KeyBankException seconds = assertFailure(KeyBankMatcher.decode(status, utf8(exceptionSchema(status)),
        Map.of("Retry-After", List.of("7"))));
    assertEquals(RetryAdvice.after(Duration.ofSeconds(7)), seconds.retry());
    assertEquals(Duration.ofSeconds(7), seconds.report().retryAfter());

    KeyBankException lowerCase = assertFailure(KeyBankMatcher.decode(status, utf8(exceptionSchema(status)),
        Map.of("retry-after", List.of("0"))));
    assertEquals(RetryAdvice.after(Duration.ZERO), lowerCase.retry());
    assertTrue(lowerCase.retry().isRetryable());

    String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
    KeyBankException date = assertFailure(KeyBankMatcher.decode(status, utf8(exceptionSchema(status)),
        Map.of("Retry-After", List.of(inAnHour))));
    Duration delay = date.retry().delay().orElseThrow();
    assertTrue(delay.compareTo(Duration.ofMinutes(58)) > 0 && delay.compareTo(Duration.ofMinutes(60)) <= 0,
        delay.toString());
  }

  /** An HTTP 200 carrying the exception schema (no responseHeader): the status says success. */
  @Test
  void theExceptionSchemaUnder200IsASuccessThatKeepsEverything() {
    byte[] body = utf8(exceptionSchema(200));

    ErrorReport report = assertSuccess(KeyBankMatcher.decode(200, body, Map.of()));

    assertEquals("200", report.code());
    assertEquals("corr-200", report.correlationId());
    assertEquals("message for 200", report.description());
    assertEquals(expectedAttributes(200), report.attributes());
    assertNull(report.problem());
    assertArrayEquals(body, report.body());
  }

  /** The exception schema under 299 (no responseHeader): the status is the code, and 299 is W's. */
  @Test
  void theExceptionSchemaUnder299IsAWarning() {
    byte[] body = utf8(exceptionSchema(299));

    KeyBankException warning = assertWarning(KeyBankMatcher.decode(299, body, Map.of()));

    assertSame(KeyBankWarningException.class, warning.getClass());
    assertEquals("299", warning.code());
    assertEquals("message for 299", warning.description());
    assertEquals("corr-299", warning.correlationId());
    assertEquals(expectedAttributes(299), warning.attributes());
    assertEquals(RetryAdvice.never(), warning.retry());
    assertArrayEquals(body, warning.report().body());
  }

  /** Statuses the docs do not list: 4xx and 5xx fall in their group; others are unknown. */
  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {402, 409, 418, 451, 499, 501, 505, 507, 599})
  void undocumentedClientAndServerErrorsFallInTheirGroup(int status) {
    KeyBankException e = assertFailure(KeyBankMatcher.decode(status, new byte[0]));
    if (status < 500) {
      assertSame(KeyBankOtherClientErrorException.class, e.getClass());
      assertInstanceOf(KeyBankClientErrorsException.class, e);
    } else {
      assertSame(KeyBankOtherServerErrorException.class, e.getClass());
      assertInstanceOf(KeyBankServerErrorsException.class, e);
    }
    assertEquals(Integer.toString(status), e.code());
    assertEquals(status, e.httpStatus());
    assertEquals(RetryAdvice.never(), e.retry());
    assertEquals("", e.report().bodyText());
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {100, 302, 304, 600})
  void otherNonSuccessStatusesAreUnknownFailures(int status) {
    KeyBankException e = assertFailure(KeyBankMatcher.decode(status, utf8(exceptionSchema(status))));
    assertSame(KeyBankUnknownException.class, e.getClass());
    assertEquals(Integer.toString(status), e.code());
    assertEquals("corr-" + status, e.correlationId());
    assertEquals(expectedAttributes(status), e.attributes());
  }
}
