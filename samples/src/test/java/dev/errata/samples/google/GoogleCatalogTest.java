package dev.errata.samples.google;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errata.samples.DecodedAssertions.assertFailure;
import static dev.errata.samples.DecodedAssertions.assertSuccess;

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
    assertThat(GoogleMatcher.match(status)).isSameInstanceAs(entry);
    assertThat(entry.code()).isEqualTo(status);
    assertThat(entry.httpStatus()).isEqualTo(http);
    assertWithMessage("a code the catalog declares is not the entry of unknown codes").that(entry.isUnknown()).isFalse();
    if (entry == GoogleErrorCode.OK) {
      // The body says its status is OK: the catalog types it a success, whatever the HTTP status.
      assertSuccess(GoogleMatcher.decode(200, body(http, status)));
      return;
    }
    GoogleException e = assertFailure(GoogleMatcher.decode(http, body(http, status)));
    assertThat(e.errorCode()).isSameInstanceAs(entry);
    assertThat(e.getClass()).isSameInstanceAs(type);
    assertThat(e.code()).isEqualTo(status);
    assertThat(e.httpStatus()).isEqualTo(http);
    assertThat(e.description()).isEqualTo("Message for " + status + ".");
    assertWithMessage("error.code is the HTTP status, a number").that(e.report().bodyHttpStatus()).isEqualTo(http);
    assertThat(e.attribute("details")).startsWith("[{\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\"");
    assertThat(e.retry()).isEqualTo(entry == GoogleErrorCode.UNAVAILABLE ? RetryAdvice.immediately() : RetryAdvice.never());
  }

  @Test
  void theCodeNamedUnknownIsACodeAndTheCatalogsOwnEntryIsUnrecognized() {
    assertThat(GoogleMatcher.match("UNKNOWN")).isSameInstanceAs(GoogleErrorCode.UNKNOWN);
    assertThat(GoogleErrorCode.UNKNOWN.isUnknown()).isFalse();
    assertThat(GoogleMatcher.match("QUOTA_GONE")).isSameInstanceAs(GoogleErrorCode.UNRECOGNIZED);
    assertThat(GoogleErrorCode.UNRECOGNIZED.isUnknown()).isTrue();
    assertThat(GoogleErrorCode.UNRECOGNIZED.code()).isEqualTo("");
    GoogleException unknown = GoogleMatcher.toException(ErrorReport.ofCode("UNKNOWN"));
    GoogleException unrecognized = GoogleMatcher.toException(ErrorReport.ofCode("QUOTA_GONE"));
    assertThat(unknown.getClass()).isSameInstanceAs(GoogleUnknownException.class);
    assertThat(unrecognized.getClass()).isSameInstanceAs(GoogleUnrecognizedException.class);
    assertThat(unrecognized.code()).isEqualTo("QUOTA_GONE");
    assertThat(unrecognized.type()).isEqualTo(GoogleErrorType.DO_NOT_RETRY);
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
    assertThat(GoogleMatcher.forHttpStatus(http)).isSameInstanceAs(entry);
    byte[] html = "<html><body>Bad Gateway</body></html>".getBytes(StandardCharsets.UTF_8);
    GoogleException e = assertFailure(GoogleMatcher.decode(http, html));
    assertThat(e.errorCode()).isSameInstanceAs(entry);
    assertThat(e.httpStatus()).isEqualTo(http);
  }

  @Test
  void aRetryAfterHeaderWinsOverTheAdviceNeverToRetry() {
    GoogleException e = assertFailure(GoogleMatcher.decode(429, body(429, "RESOURCE_EXHAUSTED"),
        Map.of("Retry-After", List.of("30"))));
    assertThat(e.retry()).isEqualTo(RetryAdvice.after(java.time.Duration.ofSeconds(30)));
  }

  @Test
  void aServerSendsTheStatusStringAndItsHttpMapping() {
    EncodedError encoded = GoogleMatcher.encode(new GoogleNotFoundException());
    assertThat(encoded.httpStatus()).isEqualTo(404);
    assertThat(encoded.bodyText()).isEqualTo("{\"error\":{\"status\":\"NOT_FOUND\",\"message\":\"A requested entity was not found.\",\"code\":404}}");
    assertThat(assertFailure(GoogleMatcher.decode(encoded.httpStatus(), encoded.body())).errorCode()).isSameInstanceAs(GoogleErrorCode.NOT_FOUND);
  }

  @Test
  void theTestsDecodeEveryEntryOfTheCatalog() {
    List<GoogleErrorCode> tested = codes().map(arguments -> (GoogleErrorCode) arguments.get()[0]).toList();
    List<GoogleErrorCode> untested = Arrays.stream(GoogleErrorCode.values())
        .filter(entry -> !tested.contains(entry) && entry != GoogleErrorCode.UNRECOGNIZED)
        .toList();
    assertThat(untested).isEqualTo(List.of());
    assertWithMessage("google.rpc.Code has 17 codes").that(tested.size()).isEqualTo(17);
  }
}
