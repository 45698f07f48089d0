package dev.errata.samples.google;

import static dev.errata.samples.DecodedAssertions.assertFailure;
import static dev.errata.samples.DecodedAssertions.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.catalog.EncodedError;
import dev.errata.catalog.ErrorReport;
import dev.errata.catalog.RetryAdvice;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Google's JSON errors through the generated code: every {@code google.rpc.Code} status string as a
 * response carries it, with its documented HTTP mapping; a code of its own named {@code UNKNOWN}; and
 * the HTTP statuses several codes share, stood for by the code declared first.
 */
class GoogleCatalogTest {

  /** google.rpc.Code, in code.proto's order: the status string, its number and its HTTP mapping. */
  static Stream<Arguments> codes() {
    return Stream.of(
        Arguments.of(GoogleErrorCode.OK, 0, 200, GoogleOkException.class),
        Arguments.of(GoogleErrorCode.CANCELLED, 1, 499, GoogleCancelledException.class),
        Arguments.of(GoogleErrorCode.UNKNOWN, 2, 500, GoogleUnknownException.class),
        Arguments.of(GoogleErrorCode.INVALID_ARGUMENT, 3, 400, GoogleInvalidArgumentException.class),
        Arguments.of(GoogleErrorCode.DEADLINE_EXCEEDED, 4, 504, GoogleDeadlineExceededException.class),
        Arguments.of(GoogleErrorCode.NOT_FOUND, 5, 404, GoogleNotFoundException.class),
        Arguments.of(GoogleErrorCode.ALREADY_EXISTS, 6, 409, GoogleAlreadyExistsException.class),
        Arguments.of(GoogleErrorCode.PERMISSION_DENIED, 7, 403, GooglePermissionDeniedException.class),
        Arguments.of(GoogleErrorCode.UNAUTHENTICATED, 16, 401, GoogleUnauthenticatedException.class),
        Arguments.of(GoogleErrorCode.RESOURCE_EXHAUSTED, 8, 429, GoogleResourceExhaustedException.class),
        Arguments.of(GoogleErrorCode.FAILED_PRECONDITION, 9, 400, GoogleFailedPreconditionException.class),
        Arguments.of(GoogleErrorCode.ABORTED, 10, 409, GoogleAbortedException.class),
        Arguments.of(GoogleErrorCode.OUT_OF_RANGE, 11, 400, GoogleOutOfRangeException.class),
        Arguments.of(GoogleErrorCode.UNIMPLEMENTED, 12, 501, GoogleUnimplementedException.class),
        Arguments.of(GoogleErrorCode.INTERNAL, 13, 500, GoogleInternalException.class),
        Arguments.of(GoogleErrorCode.UNAVAILABLE, 14, 503, GoogleUnavailableException.class),
        Arguments.of(GoogleErrorCode.DATA_LOSS, 15, 500, GoogleDataLossException.class));
  }

  /** An error body as the API design guide lays it out. */
  private static byte[] body(int httpStatus, String status) {
    return """
        {
          "error": {
            "code": %1$d,
            "message": "Message for %2$s.",
            "status": "%2$s",
            "details": [
              {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": "API_DISABLED",
                "domain": "googleapis.com"
              }
            ]
          }
        }""".formatted(httpStatus, status).getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("codes")
  void everyCodeDecodesFromItsStatusString(GoogleErrorCode entry, int number, int http,
      Class<? extends GoogleException> type) {
    String status = entry.name();
    assertSame(entry, GoogleMatcher.match(status));
    assertEquals(status, entry.code());
    assertEquals(http, entry.httpStatus());
    assertFalse(entry.isUnknown(), "a code the catalog declares is not the entry of unknown codes");
    if (entry == GoogleErrorCode.OK) {
      // The body says its status is OK: the catalog types it a success, whatever the HTTP status.
      assertSuccess(GoogleMatcher.decode(200, body(http, status)));
      return;
    }
    GoogleException e = assertFailure(GoogleMatcher.decode(http, body(http, status)));
    assertSame(entry, e.errorCode());
    assertSame(type, e.getClass());
    assertEquals(status, e.code());
    assertEquals(http, e.httpStatus());
    assertEquals("Message for " + status + ".", e.description());
    assertEquals(http, e.report().bodyHttpStatus(), "error.code is the HTTP status, a number");
    assertTrue(e.attribute("details").startsWith("[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\""));
    assertEquals(entry == GoogleErrorCode.UNAVAILABLE ? RetryAdvice.immediately() : RetryAdvice.never(), e.retry());
  }

  @Test
  void theCodeNamedUnknownIsACodeAndTheCatalogsOwnEntryIsUnrecognized() {
    assertSame(GoogleErrorCode.UNKNOWN, GoogleMatcher.match("UNKNOWN"));
    assertFalse(GoogleErrorCode.UNKNOWN.isUnknown());
    assertSame(GoogleErrorCode.UNRECOGNIZED, GoogleMatcher.match("QUOTA_GONE"));
    assertTrue(GoogleErrorCode.UNRECOGNIZED.isUnknown());
    assertEquals("", GoogleErrorCode.UNRECOGNIZED.code());
    GoogleException unknown = GoogleMatcher.toException(ErrorReport.ofCode("UNKNOWN"));
    GoogleException unrecognized = GoogleMatcher.toException(ErrorReport.ofCode("QUOTA_GONE"));
    assertSame(GoogleUnknownException.class, unknown.getClass());
    assertSame(GoogleUnrecognizedException.class, unrecognized.getClass());
    assertEquals("QUOTA_GONE", unrecognized.code());
    assertEquals(GoogleErrorType.DO_NOT_RETRY, unrecognized.type());
  }

  /** HTTP statuses with no status string: the code declared first of those mapped to it, or the 5xx claim. */
  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, GoogleErrorCode.INVALID_ARGUMENT),   // not FAILED_PRECONDITION nor OUT_OF_RANGE
        Arguments.of(409, GoogleErrorCode.ALREADY_EXISTS),     // declared before ABORTED
        Arguments.of(500, GoogleErrorCode.UNKNOWN),            // before INTERNAL and DATA_LOSS
        Arguments.of(502, GoogleErrorCode.UNKNOWN),            // any other 5xx
        Arguments.of(599, GoogleErrorCode.UNKNOWN),
        Arguments.of(501, GoogleErrorCode.UNIMPLEMENTED),      // its own status beats the 5xx claim
        Arguments.of(503, GoogleErrorCode.UNAVAILABLE),
        Arguments.of(504, GoogleErrorCode.DEADLINE_EXCEEDED),
        Arguments.of(401, GoogleErrorCode.UNAUTHENTICATED),
        Arguments.of(403, GoogleErrorCode.PERMISSION_DENIED),
        Arguments.of(404, GoogleErrorCode.NOT_FOUND),
        Arguments.of(429, GoogleErrorCode.RESOURCE_EXHAUSTED),
        Arguments.of(499, GoogleErrorCode.CANCELLED),
        Arguments.of(418, GoogleErrorCode.UNRECOGNIZED));
  }

  @ParameterizedTest(name = "HTTP {0}")
  @MethodSource("statuses")
  void aResponseWithoutAStatusStringIsTypedByItsHttpStatus(int http, GoogleErrorCode entry) {
    assertSame(entry, GoogleMatcher.forHttpStatus(http));
    byte[] html = "<html><body>Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8);
    GoogleException e = assertFailure(GoogleMatcher.decode(http, html));
    assertSame(entry, e.errorCode());
    assertEquals(http, e.httpStatus());
  }

  @Test
  void aRetryAfterHeaderWinsOverTheAdviceNeverToRetry() {
    GoogleException e = assertFailure(GoogleMatcher.decode(429, body(429, "RESOURCE_EXHAUSTED"),
        Map.of("Retry-After", List.of("30"))));
    assertEquals(RetryAdvice.after(java.time.Duration.ofSeconds(30)), e.retry());
  }

  @Test
  void aServerSendsTheStatusStringAndItsHttpMapping() {
    EncodedError encoded = GoogleMatcher.encode(new GoogleNotFoundException());
    assertEquals(404, encoded.httpStatus());
    assertEquals("{\"error\":{\"status\":\"NOT_FOUND\",\"message\":\"A requested entity was not found.\",\"code\":404}}",
        encoded.bodyText());
    assertSame(GoogleErrorCode.NOT_FOUND,
        assertFailure(GoogleMatcher.decode(encoded.httpStatus(), encoded.body())).errorCode());
  }

  @Test
  void theTestsDecodeEveryEntryOfTheCatalog() {
    List<GoogleErrorCode> tested = codes().map(arguments -> (GoogleErrorCode) arguments.get()[0]).toList();
    List<GoogleErrorCode> untested = Arrays.stream(GoogleErrorCode.values())
        .filter(entry -> !tested.contains(entry) && entry != GoogleErrorCode.UNRECOGNIZED)
        .toList();
    assertEquals(List.of(), untested);
    assertEquals(17, tested.size(), "google.rpc.Code has 17 codes");
  }
}
