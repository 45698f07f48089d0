package dev.errata.samples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errata.samples.DecodedAssertions.assertFailure;
import static dev.errata.samples.DecodedAssertions.assertSuccess;
import static dev.errata.samples.DecodedAssertions.assertWarning;

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
    assertThat(encoded.httpStatus()).isEqualTo(entry == SlackErrorCode.RATELIMITED ? 429 : 200);
    boolean warning = entry.type().outcome() == Outcome.WARNING;
    assertWithMessage("%s", encoded.bodyText()).that(body.get("ok").isBoolean()).isTrue();
    assertThat(body.get("ok").booleanValue()).isEqualTo(warning);
    assertThat(fieldNames(body)).isEqualTo(Set.of("ok", warning ? "warning" : "error"));
    assertThat(body.get(warning ? "warning" : "error").isTextual()).isTrue();
    assertThat(body.get(warning ? "warning" : "error").textValue()).isEqualTo(code);

    SlackException received = warning
        ? assertWarning(SlackMatcher.decode(encoded.httpStatus(), encoded.body()))
        : assertFailure(SlackMatcher.decode(encoded.httpStatus(), encoded.body()));
    assertThat(received.getClass()).isSameInstanceAs(sent.getClass());
    assertThat(received.errorCode()).isSameInstanceAs(entry);
    assertThat(received.code()).isEqualTo(code);
    assertThat(received.retry()).isEqualTo(sent.retry());
    assertThat(received.description()).isEqualTo(sent.description());
  }

  @Test
  void slackOkIsReadAsABooleanOrAsText() {
    for (String ok : List.of("false", "\"false\"")) {
      SlackException e = assertFailure(SlackMatcher.decode(200, utf8("{\"ok\":" + ok + ",\"error\":\"not_in_channel\"}")));
      assertThat(e.errorCode()).isSameInstanceAs(SlackErrorCode.NOT_IN_CHANNEL);
      assertThat(e.report().bodyStatus()).isEqualTo("false");
    }
    for (String ok : List.of("true", "\"true\"")) {
      ErrorReport report = assertSuccess(SlackMatcher.decode(200, utf8("{\"ok\":" + ok + ",\"channel\":\"C1\"}")));
      assertThat(report.bodyStatus()).isEqualTo("true");
    }
  }

  /** A success status that carries an error code is a failure: the code says so, typed as it says. */
  @Test
  void slackOkTrueWithAnErrorIsAFailure() {
    SlackException e = assertFailure(SlackMatcher.decode(200, utf8("{\"ok\":true,\"error\":\"channel_not_found\"}")));
    assertThat(e.errorCode()).isSameInstanceAs(SlackErrorCode.CHANNEL_NOT_FOUND);
    assertThat(e.retry()).isEqualTo(RetryAdvice.never());
    SlackException unknown = assertFailure(SlackMatcher.decode(200, utf8("{\"ok\":true,\"error\":\"brand_new\"}")));
    assertThat(unknown.errorCode()).isSameInstanceAs(SlackErrorCode.UNKNOWN);
    assertThat(unknown.code()).isEqualTo("brand_new");
    // An error code that names a warning is a warning; an empty one, or null, is no code at all.
    assertThat(assertWarning(SlackMatcher.decode(200, utf8("{\"ok\":true,\"error\":\"missing_charset\"}"))).errorCode()).isSameInstanceAs(SlackErrorCode.MISSING_CHARSET);
    assertSuccess(SlackMatcher.decode(200, utf8("{\"ok\":true,\"error\":\"\"}")));
    assertSuccess(SlackMatcher.decode(200, utf8("{\"ok\":true,\"error\":null}")));
  }

  /** A warning is signalled by the field's presence in a success, and typed by its value. */
  @Test
  void slackWarningByPresence() {
    SlackException known = assertWarning(SlackMatcher.decode(200,
        utf8("{\"ok\":true,\"warning\":\"superfluous_charset\",\"response_metadata\":{\"warnings\":[\"superfluous_charset\"]}}")));
    assertThat(known.errorCode()).isSameInstanceAs(SlackErrorCode.SUPERFLUOUS_CHARSET);
    assertThat(known.code()).isEqualTo("superfluous_charset");
    SlackException other = assertWarning(SlackMatcher.decode(200, utf8("{\"ok\":true,\"warning\":\"method_deprecated\"}")));
    assertThat(other.errorCode()).isSameInstanceAs(SlackErrorCode.UNKNOWN);
    assertThat(other.code()).isEqualTo("method_deprecated");
    // An error wins over a warning beside it; a failure status with only a warning is still a failure.
    assertThat(assertFailure(SlackMatcher.decode(200,
        utf8("{\"ok\":false,\"error\":\"invalid_auth\",\"warning\":\"missing_charset\"}"))).errorCode()).isSameInstanceAs(SlackErrorCode.INVALID_AUTH);
    assertFailure(SlackMatcher.decode(200, utf8("{\"ok\":false,\"warning\":\"missing_charset\"}")));
    // A warning of null is no warning.
    assertSuccess(SlackMatcher.decode(200, utf8("{\"ok\":true,\"warning\":null}")));
  }

  @Test
  void slackMissingScopeKeepsNeededAndProvided() {
    SlackException e = assertFailure(SlackMatcher.decode(200, utf8(
        "{\"ok\":false,\"error\":\"missing_scope\",\"needed\":\"chat:write\",\"provided\":\"channels:read\"}")));
    assertThat(e.attributes()).isEqualTo(Map.of("needed", "chat:write", "provided", "channels:read"));
    EncodedError encoded = SlackMatcher.encode(e);
    assertThat(encoded.bodyText()).isEqualTo("{\"error\":\"missing_scope\",\"ok\":false,\"needed\":\"chat:write\",\"provided\":\"channels:read\"}");
  }

  @Test
  void slackRateLimitWaitsAsRetryAfterSays() {
    SlackException e = assertFailure(SlackMatcher.decode(429, utf8("{\"ok\":false,\"error\":\"ratelimited\"}"),
        Map.of("retry-after", List.of("7"))));
    assertThat(e.retry()).isEqualTo(RetryAdvice.after(Duration.ofSeconds(7)));
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
    assertThat(sent.errorCode()).isSameInstanceAs(entry);
    EncodedError encoded = StripeMatcher.encode(sent);
    assertThat(encoded.headers().get("Request-Id")).isEqualTo("req_1");
    assertThat(encoded.headers().get("Stripe-Should-Retry")).isEqualTo(Boolean.toString(sent.retry().isRetryable()));
    JsonNode error = json(encoded).get("error");
    assertWithMessage("%s", encoded.bodyText()).that(error.has("message")).isEqualTo(!sent.description().isEmpty());
    if (!byStatus) {
      assertThat(error.get("code").isTextual()).isTrue();
      assertThat(error.get("code").textValue()).isEqualTo(code);
    }
    assertWithMessage("the id goes in the header, as Stripe sends it").that(json(encoded).get("request_id")).isNull();

    StripeException received = assertFailure(StripeMatcher.decode(encoded.httpStatus(), encoded.body(),
        Map.of("request-id", List.of("req_1"), "stripe-should-retry",
            List.of(encoded.headers().get("Stripe-Should-Retry")))));
    assertThat(byStatus ? Integer.toString(received.httpStatus()) : received.code()).isEqualTo(code);
    assertThat(received.errorCode()).isSameInstanceAs(entry);
    assertThat(received.correlationId()).isEqualTo("req_1");
    assertThat(received.retry()).isEqualTo(sent.retry());
  }

  @Test
  void stripeShouldRetryOverridesTheAdviceBothWays() {
    byte[] declined = utf8("{\"error\":{\"code\":\"card_declined\",\"message\":\"Your card was declined.\"}}");
    byte[] processing = utf8("{\"error\":{\"code\":\"processing_error\",\"message\":\"Try again.\"}}");
    assertThat(assertFailure(StripeMatcher.decode(402, declined)).retry()).isEqualTo(RetryAdvice.never());
    assertThat(assertFailure(StripeMatcher.decode(402, declined,
        Map.of("Stripe-Should-Retry", List.of("true")))).retry()).isEqualTo(RetryAdvice.immediately());
    assertThat(assertFailure(StripeMatcher.decode(402, processing)).retry()).isEqualTo(RetryAdvice.immediately());
    assertThat(assertFailure(StripeMatcher.decode(402, processing,
        Map.of("STRIPE-SHOULD-RETRY", List.of(" False ")))).retry()).isEqualTo(RetryAdvice.never());
    // false wins over a Retry-After; true keeps the delay.
    assertThat(assertFailure(StripeMatcher.decode(429, processing,
        Map.of("Retry-After", List.of("5"), "Stripe-Should-Retry", List.of("false")))).retry()).isEqualTo(RetryAdvice.never());
    assertThat(assertFailure(StripeMatcher.decode(429, declined,
        Map.of("Retry-After", List.of("5"), "Stripe-Should-Retry", List.of("true")))).retry()).isEqualTo(RetryAdvice.after(Duration.ofSeconds(5)));
    // Neither true nor false: said, and the advice stands.
    StripeException odd = assertFailure(StripeMatcher.decode(402, declined,
        Map.of("Stripe-Should-Retry", List.of("maybe"))));
    assertThat(odd.retry()).isEqualTo(RetryAdvice.never());
    assertThat(odd.report().shouldRetry()).isNull();
    assertThat(odd.report().problem()).isEqualTo("Stripe-Should-Retry \"maybe\" is neither true nor false; ignored");
  }

  @Test
  void stripeRequestIdIsReadInAnyCase() {
    byte[] body = utf8("{\"error\":{\"code\":\"card_declined\"}}");
    Map<String, List<String>> headers = new TreeMap<>(Map.of("rEqUeSt-iD", List.of("req_abc")));
    assertThat(assertFailure(StripeMatcher.decode(402, body, headers)).correlationId()).isEqualTo("req_abc");
    assertThat(assertFailure(StripeMatcher.decode(402, body)).correlationId()).isNull();
  }

  // --- Google: error.status is the code, error.code the HTTP status as a number.

  @ParameterizedTest(name = "{0}")
  @EnumSource(GoogleErrorCode.class)
  void googleEveryCodeOnTheWire(GoogleErrorCode entry) {
    GoogleException sent = GoogleMatcher.toException(ErrorReport.ofCode(entry.isUnknown() ? "QUOTA_GONE" : entry.code()));
    EncodedError encoded = GoogleMatcher.encode(sent);
    JsonNode error = json(encoded).get("error");
    assertWithMessage("%s", encoded.bodyText()).that(error.get("code").isInt()).isTrue();
    assertThat(error.get("code").intValue()).isEqualTo(encoded.httpStatus());
    assertThat(encoded.httpStatus()).isEqualTo(entry.isUnknown() ? 500 : entry.httpStatus());
    assertThat(error.get("status").isTextual()).isTrue();
    assertWithMessage("%s", encoded.bodyText()).that(error.has("message")).isEqualTo(!sent.description().isEmpty());
    if (entry == GoogleErrorCode.OK) {
      assertThat(assertSuccess(GoogleMatcher.decode(encoded.httpStatus(), encoded.body())).bodyHttpStatus()).isEqualTo(200);
      return;
    }
    GoogleException received = assertFailure(GoogleMatcher.decode(encoded.httpStatus(), encoded.body()));
    assertThat(received.errorCode()).isSameInstanceAs(entry);
    assertThat(received.report().bodyHttpStatus()).isEqualTo(encoded.httpStatus());
  }

  /** A body that says 404 is a failure, though a proxy answered 200; the status read as text as well. */
  @Test
  void googleBodyStatusOverA2xxIsAFailure() {
    for (String code : List.of("404", "\"404\"")) {
      GoogleException e = assertFailure(GoogleMatcher.decode(200,
          utf8("{\"error\":{\"code\":" + code + ",\"status\":\"NOT_FOUND\",\"message\":\"gone\"}}")));
      assertThat(e.errorCode()).isSameInstanceAs(GoogleErrorCode.NOT_FOUND);
      assertThat(e.report().bodyHttpStatus()).isEqualTo(404);
      assertThat(e.httpStatus()).isEqualTo(200);
    }
    GoogleException odd = assertFailure(GoogleMatcher.decode(404,
        utf8("{\"error\":{\"code\":\"four\",\"status\":\"NOT_FOUND\"}}")));
    assertThat(odd.report().bodyHttpStatus()).isEqualTo(0);
    assertThat(odd.report().problem()).isEqualTo("HTTP status at /error/code \"four\" is not an HTTP status; ignored");
    assertThat(odd.report().problem()).isNotEmpty();
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
    assertThat(fieldNames(body)).isEqualTo(sent.description().isEmpty() ? Set.of("code", "status", "more_info")
        : Set.of("code", "message", "status", "more_info"));
    assertWithMessage("%s", encoded.bodyText()).that(body.get("code").isIntegralNumber()).isTrue();
    assertThat(body.get("code").asText()).isEqualTo(code);
    assertThat(body.get("status").isInt()).isTrue();
    assertThat(body.get("status").intValue()).isEqualTo(encoded.httpStatus());
    TwilioException received = assertFailure(TwilioMatcher.decode(encoded.httpStatus(), encoded.body()));
    assertThat(received.errorCode()).isSameInstanceAs(entry);
    assertThat(received.code()).isEqualTo(code);
    assertThat(received.attributes()).isEqualTo(sent.attributes());
  }

  /** A code received as text, or one that is not a number at all, is read; the latter goes back as text. */
  @Test
  void twilioCodeAsTextOrNotANumber() {
    assertThat(assertFailure(TwilioMatcher.decode(400, utf8("{\"code\":\"30004\",\"status\":400}"))).errorCode()).isSameInstanceAs(TwilioErrorCode.MESSAGE_BLOCKED);
    for (String odd : List.of("E30004", "007", "-0")) {
      TwilioException e = TwilioMatcher.toException(ErrorReport.ofCode(odd));
      assertThat(TwilioMatcher.encode(e).bodyText()
          .replaceAll(",\"message\":\"[^\"]*\"", "")).isEqualTo("{\"code\":\"" + odd + "\",\"status\":400}");
    }
  }
}
