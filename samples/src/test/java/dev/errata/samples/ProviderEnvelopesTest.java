package dev.errata.samples;

import static dev.errata.samples.DecodedAssertions.assertFailure;
import static dev.errata.samples.DecodedAssertions.assertSuccess;
import static dev.errata.samples.DecodedAssertions.assertWarning;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.catalog.EncodedError;
import dev.errata.catalog.ErrorReport;
import dev.errata.catalog.Outcome;
import dev.errata.catalog.RetryAdvice;
import dev.errata.samples.google.GoogleErrorCode;
import dev.errata.samples.google.GoogleException;
import dev.errata.samples.google.GoogleMatcher;
import dev.errata.samples.slack.SlackErrorCode;
import dev.errata.samples.slack.SlackException;
import dev.errata.samples.slack.SlackMatcher;
import dev.errata.samples.stripe.StripeErrorCode;
import dev.errata.samples.stripe.StripeException;
import dev.errata.samples.stripe.StripeMatcher;
import dev.errata.samples.twilio.TwilioErrorCode;
import dev.errata.samples.twilio.TwilioException;
import dev.errata.samples.twilio.TwilioMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The envelopes as the providers send them: every code of the Slack-like, Stripe-like, Google and
 * Twilio-like catalogs, encoded, has the provider's field names and JSON types (Slack's boolean {@code
 * ok}, Google's and Twilio's numeric HTTP status, Twilio's numeric code, Stripe's headers); and the
 * providers' own bodies decode as their docs say. {@link RoundTripTest} decodes each back into an
 * equal exception.
 */
class ProviderEnvelopesTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(EncodedError encoded) {
    try {
      return JSON.readTree(encoded.body());
    } catch (IOException e) {
      throw new AssertionError(encoded.bodyText(), e);
    }
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** The names of an object's fields; JSON objects are unordered, so as a set. */
  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }

  // --- Slack: {"ok": false, "error": "..."}, {"ok": true, "warning": "..."}, all HTTP 200 but 429.

  @ParameterizedTest(name = "{0}")
  @EnumSource(SlackErrorCode.class)
  void slackEveryCodeOnTheWire(SlackErrorCode entry) {
    String code = entry.isUnknown() ? "something_new" : entry.code();
    SlackException sent = SlackMatcher.toException(ErrorReport.ofCode(code));
    EncodedError encoded = SlackMatcher.encode(sent);
    JsonNode body = json(encoded);
    assertEquals(entry == SlackErrorCode.RATELIMITED ? 429 : 200, encoded.httpStatus());
    boolean warning = entry.type().outcome() == Outcome.WARNING;
    assertTrue(body.get("ok").isBoolean(), encoded.bodyText());
    assertEquals(warning, body.get("ok").booleanValue());
    assertEquals(Set.of("ok", warning ? "warning" : "error"), fieldNames(body));
    assertTrue(body.get(warning ? "warning" : "error").isTextual());
    assertEquals(code, body.get(warning ? "warning" : "error").textValue());

    SlackException received = warning
        ? assertWarning(SlackMatcher.decode(encoded.httpStatus(), encoded.body()))
        : assertFailure(SlackMatcher.decode(encoded.httpStatus(), encoded.body()));
    assertSame(sent.getClass(), received.getClass());
    assertSame(entry, received.errorCode());
    assertEquals(code, received.code());
    assertEquals(sent.retry(), received.retry());
    assertEquals(sent.description(), received.description());
  }

  @Test
  void slackOkIsReadAsABooleanOrAsText() {
    for (String ok : List.of("false", "\"false\"")) {
      SlackException e = assertFailure(SlackMatcher.decode(200, utf8("{\"ok\":" + ok + ",\"error\":\"not_in_channel\"}")));
      assertSame(SlackErrorCode.NOT_IN_CHANNEL, e.errorCode());
      assertEquals("false", e.report().bodyStatus());
    }
    for (String ok : List.of("true", "\"true\"")) {
      ErrorReport report = assertSuccess(SlackMatcher.decode(200, utf8("{\"ok\":" + ok + ",\"channel\":\"C1\"}")));
      assertEquals("true", report.bodyStatus());
    }
  }

  /** A success status that carries an error code is a failure: the code says so, typed as it says. */
  @Test
  void slackOkTrueWithAnErrorIsAFailure() {
    SlackException e = assertFailure(SlackMatcher.decode(200, utf8("{\"ok\":true,\"error\":\"channel_not_found\"}")));
    assertSame(SlackErrorCode.CHANNEL_NOT_FOUND, e.errorCode());
    assertEquals(RetryAdvice.never(), e.retry());
    SlackException unknown = assertFailure(SlackMatcher.decode(200, utf8("{\"ok\":true,\"error\":\"brand_new\"}")));
    assertSame(SlackErrorCode.UNKNOWN, unknown.errorCode());
    assertEquals("brand_new", unknown.code());
    // An error code that names a warning is a warning; an empty one, or null, is no code at all.
    assertSame(SlackErrorCode.MISSING_CHARSET,
        assertWarning(SlackMatcher.decode(200, utf8("{\"ok\":true,\"error\":\"missing_charset\"}"))).errorCode());
    assertSuccess(SlackMatcher.decode(200, utf8("{\"ok\":true,\"error\":\"\"}")));
    assertSuccess(SlackMatcher.decode(200, utf8("{\"ok\":true,\"error\":null}")));
  }

  /** A warning is signalled by the field's presence in a success, and typed by its value. */
  @Test
  void slackWarningByPresence() {
    SlackException known = assertWarning(SlackMatcher.decode(200,
        utf8("{\"ok\":true,\"warning\":\"superfluous_charset\",\"response_metadata\":{\"warnings\":[\"superfluous_charset\"]}}")));
    assertSame(SlackErrorCode.SUPERFLUOUS_CHARSET, known.errorCode());
    assertEquals("superfluous_charset", known.code());
    SlackException other = assertWarning(SlackMatcher.decode(200, utf8("{\"ok\":true,\"warning\":\"method_deprecated\"}")));
    assertSame(SlackErrorCode.UNKNOWN, other.errorCode());
    assertEquals("method_deprecated", other.code());
    // An error wins over a warning beside it; a failure status with only a warning is still a failure.
    assertSame(SlackErrorCode.INVALID_AUTH, assertFailure(SlackMatcher.decode(200,
        utf8("{\"ok\":false,\"error\":\"invalid_auth\",\"warning\":\"missing_charset\"}"))).errorCode());
    assertFailure(SlackMatcher.decode(200, utf8("{\"ok\":false,\"warning\":\"missing_charset\"}")));
    // A warning of null is no warning.
    assertSuccess(SlackMatcher.decode(200, utf8("{\"ok\":true,\"warning\":null}")));
  }

  @Test
  void slackMissingScopeKeepsNeededAndProvided() {
    SlackException e = assertFailure(SlackMatcher.decode(200, utf8(
        "{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"chat:write\",\"provided\":\"channels:read\"}")));
    assertEquals(Map.of("needed", "chat:write", "provided", "channels:read"), e.attributes());
    EncodedError encoded = SlackMatcher.encode(e);
    assertEquals("{\"error\":\"missing_scope\",\"ok\":false,\"needed\":\"chat:write\",\"provided\":\"channels:read\"}",
        encoded.bodyText());
  }

  @Test
  void slackRateLimitWaitsAsRetryAfterSays() {
    SlackException e = assertFailure(SlackMatcher.decode(429, utf8("{\"ok\":false,\"error\":\"ratelimited\"}"),
        Map.of("retry-after", List.of("7"))));
    assertEquals(RetryAdvice.after(Duration.ofSeconds(7)), e.retry());
  }

  // --- Stripe: the code in error.code, Request-Id and Stripe-Should-Retry as headers.

  @ParameterizedTest(name = "{0}")
  @EnumSource(StripeErrorCode.class)
  void stripeEveryCodeOnTheWire(StripeErrorCode entry) {
    boolean byStatus = !entry.isUnknown() && entry.code().isEmpty();
    int status = entry.httpStatus() != 0 ? entry.httpStatus() : 503;
    String code = entry.isUnknown() ? "something_new" : byStatus ? Integer.toString(status) : entry.code();
    // An entry of HTTP statuses alone is what a code-less response of that status decodes as.
    StripeException sent = byStatus
        ? assertFailure(StripeMatcher.decode(status, utf8("{}"), Map.of("Request-Id", List.of("req_1"))))
        : StripeMatcher.toException(ErrorReport.builder().code(code).correlationId("req_1").build());
    assertSame(entry, sent.errorCode());
    EncodedError encoded = StripeMatcher.encode(sent);
    assertEquals("req_1", encoded.headers().get("Request-Id"));
    assertEquals(Boolean.toString(sent.retry().isRetryable()), encoded.headers().get("Stripe-Should-Retry"));
    JsonNode error = json(encoded).get("error");
    assertEquals(!sent.description().isEmpty(), error.has("message"), encoded.bodyText());
    if (!byStatus) {
      assertTrue(error.get("code").isTextual());
      assertEquals(code, error.get("code").textValue());
    }
    assertNull(json(encoded).get("request_id"), "the id goes in the header, as Stripe sends it");

    StripeException received = assertFailure(StripeMatcher.decode(encoded.httpStatus(), encoded.body(),
        Map.of("request-id", List.of("req_1"), "stripe-should-retry",
            List.of(encoded.headers().get("Stripe-Should-Retry")))));
    assertEquals(code, byStatus ? Integer.toString(received.httpStatus()) : received.code());
    assertSame(entry, received.errorCode());
    assertEquals("req_1", received.correlationId());
    assertEquals(sent.retry(), received.retry());
  }

  @Test
  void stripeShouldRetryOverridesTheAdviceBothWays() {
    byte[] declined = utf8("{\"error\":{\"code\":\"card_declined\",\"message\":\"Your card was declined.\"}}");
    byte[] processing = utf8("{\"error\":{\"code\":\"processing_error\",\"message\":\"Try again.\"}}");
    assertEquals(RetryAdvice.never(), assertFailure(StripeMatcher.decode(402, declined)).retry());
    assertEquals(RetryAdvice.immediately(), assertFailure(StripeMatcher.decode(402, declined,
        Map.of("Stripe-Should-Retry", List.of("true")))).retry());
    assertEquals(RetryAdvice.immediately(), assertFailure(StripeMatcher.decode(402, processing)).retry());
    assertEquals(RetryAdvice.never(), assertFailure(StripeMatcher.decode(402, processing,
        Map.of("STRIPE-SHOULD-RETRY", List.of(" False ")))).retry());
    // false wins over a Retry-After; true keeps the delay.
    assertEquals(RetryAdvice.never(), assertFailure(StripeMatcher.decode(429, processing,
        Map.of("Retry-After", List.of("5"), "Stripe-Should-Retry", List.of("false")))).retry());
    assertEquals(RetryAdvice.after(Duration.ofSeconds(5)), assertFailure(StripeMatcher.decode(429, declined,
        Map.of("Retry-After", List.of("5"), "Stripe-Should-Retry", List.of("true")))).retry());
    // Neither true nor false: said, and the advice stands.
    StripeException odd = assertFailure(StripeMatcher.decode(402, declined,
        Map.of("Stripe-Should-Retry", List.of("maybe"))));
    assertEquals(RetryAdvice.never(), odd.retry());
    assertNull(odd.report().shouldRetry());
    assertEquals("Stripe-Should-Retry \"maybe\" is neither true nor false; ignored", odd.report().problem());
  }

  @Test
  void stripeRequestIdIsReadInAnyCase() {
    byte[] body = utf8("{\"error\":{\"code\":\"card_declined\"}}");
    Map<String, List<String>> headers = new TreeMap<>(Map.of("rEqUeSt-iD", List.of("req_abc")));
    assertEquals("req_abc", assertFailure(StripeMatcher.decode(402, body, headers)).correlationId());
    assertNull(assertFailure(StripeMatcher.decode(402, body)).correlationId());
  }

  // --- Google: error.status is the code, error.code the HTTP status as a number.

  @ParameterizedTest(name = "{0}")
  @EnumSource(GoogleErrorCode.class)
  void googleEveryCodeOnTheWire(GoogleErrorCode entry) {
    GoogleException sent = GoogleMatcher.toException(ErrorReport.ofCode(entry.isUnknown() ? "QUOTA_GONE" : entry.code()));
    EncodedError encoded = GoogleMatcher.encode(sent);
    JsonNode error = json(encoded).get("error");
    assertTrue(error.get("code").isInt(), encoded.bodyText());
    assertEquals(encoded.httpStatus(), error.get("code").intValue());
    assertEquals(entry.isUnknown() ? 500 : entry.httpStatus(), encoded.httpStatus());
    assertTrue(error.get("status").isTextual());
    assertEquals(!sent.description().isEmpty(), error.has("message"), encoded.bodyText());
    if (entry == GoogleErrorCode.OK) {
      assertEquals(200, assertSuccess(GoogleMatcher.decode(encoded.httpStatus(), encoded.body())).bodyHttpStatus());
      return;
    }
    GoogleException received = assertFailure(GoogleMatcher.decode(encoded.httpStatus(), encoded.body()));
    assertSame(entry, received.errorCode());
    assertEquals(encoded.httpStatus(), received.report().bodyHttpStatus());
  }

  /** A body that says 404 is a failure, though a proxy answered 200; the status read as text as well. */
  @Test
  void googleBodyStatusOverA2xxIsAFailure() {
    for (String code : List.of("404", "\"404\"")) {
      GoogleException e = assertFailure(GoogleMatcher.decode(200,
          utf8("{\"error\":{\"code\":" + code + ",\"status\":\"NOT_FOUND\",\"message\":\"gone\"}}")));
      assertSame(GoogleErrorCode.NOT_FOUND, e.errorCode());
      assertEquals(404, e.report().bodyHttpStatus());
      assertEquals(200, e.httpStatus());
    }
    GoogleException odd = assertFailure(GoogleMatcher.decode(404,
        utf8("{\"error\":{\"code\":\"four\",\"status\":\"NOT_FOUND\"}}")));
    assertEquals(0, odd.report().bodyHttpStatus());
    assertEquals("HTTP status at /error/code \"four\" is not an HTTP status; ignored", odd.report().problem());
    assertFalse(odd.report().problem().isEmpty());
  }

  // --- Twilio: numeric code and status.

  @ParameterizedTest(name = "{0}")
  @EnumSource(TwilioErrorCode.class)
  void twilioEveryCodeOnTheWire(TwilioErrorCode entry) {
    String code = entry.isUnknown() ? "99999" : entry.code();
    TwilioException sent = TwilioMatcher.toException(ErrorReport.builder().code(code)
        .attribute("moreInfo", "https://www.twilio.com/docs/errors/" + code).build());
    EncodedError encoded = TwilioMatcher.encode(sent);
    JsonNode body = json(encoded);
    assertEquals(sent.description().isEmpty() ? Set.of("code", "status", "more_info")
        : Set.of("code", "message", "status", "more_info"), fieldNames(body));
    assertTrue(body.get("code").isIntegralNumber(), encoded.bodyText());
    assertEquals(code, body.get("code").asText());
    assertTrue(body.get("status").isInt());
    assertEquals(encoded.httpStatus(), body.get("status").intValue());
    TwilioException received = assertFailure(TwilioMatcher.decode(encoded.httpStatus(), encoded.body()));
    assertSame(entry, received.errorCode());
    assertEquals(code, received.code());
    assertEquals(sent.attributes(), received.attributes());
  }

  /** A code received as text, or one that is not a number at all, is read; the latter goes back as text. */
  @Test
  void twilioCodeAsTextOrNotANumber() {
    assertSame(TwilioErrorCode.MESSAGE_BLOCKED,
        assertFailure(TwilioMatcher.decode(400, utf8("{\"code\":\"30004\",\"status\":400}"))).errorCode());
    for (String odd : List.of("E30004", "007", "-0")) {
      TwilioException e = TwilioMatcher.toException(ErrorReport.ofCode(odd));
      assertEquals("{\"code\":\"" + odd + "\",\"status\":400}", TwilioMatcher.encode(e).bodyText()
          .replaceAll(",\"message\":\"[^\"]*\"", ""));
    }
  }
}
