package dev.errata.samples.stripe;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errata.samples.DecodedAssertions.assertFailure;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.catalog.EncodedError;
import dev.errata.catalog.ErrorReport;
import dev.errata.catalog.RetryAdvice;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Stripe-like catalog through its generated code: every code, as a response carries it, typed to
 * its own class under its group's, with its retry advice; literal codes that hold an x matched as
 * written and never as wildcards; responses without a code typed by their status.
 */
class StripeCatalogTest {

  /** What a response with the code means, as the catalog says it. */
  record Row(StripeErrorCode entry, String code, Class<? extends StripeException> group, int http,
      RetryAdvice retry) {}

  private static final RetryAdvice NEVER = RetryAdvice.never();
  private static final RetryAdvice AT_ONCE = RetryAdvice.immediately();
  private static final Class<StripeCardErrorException> CARD = StripeCardErrorException.class;
  private static final Class<StripeInvalidRequestException> INVALID = StripeInvalidRequestException.class;

  static Stream<Arguments> codes() {
    return rows().map(row -> Arguments.of(row.entry(), row.code(), row.group(), row.http(), row.retry()));
  }

  private static Stream<Row> rows() {
    return Stream.of(
        new Row(StripeErrorCode.CARD_DECLINED, "card_declined", CARD, 402, NEVER),
        new Row(StripeErrorCode.EXPIRED_CARD, "expired_card", CARD, 402, NEVER),
        new Row(StripeErrorCode.INCORRECT_CVC, "incorrect_cvc", CARD, 402, NEVER),
        new Row(StripeErrorCode.INCORRECT_NUMBER, "incorrect_number", CARD, 402, NEVER),
        new Row(StripeErrorCode.INCORRECT_ZIP, "incorrect_zip", CARD, 402, NEVER),
        new Row(StripeErrorCode.INSUFFICIENT_FUNDS, "insufficient_funds", CARD, 402, NEVER),
        new Row(StripeErrorCode.INVALID_CVC, "invalid_cvc", CARD, 402, NEVER),
        new Row(StripeErrorCode.INVALID_EXPIRY_MONTH, "invalid_expiry_month", CARD, 402, NEVER),
        new Row(StripeErrorCode.INVALID_EXPIRY_YEAR, "invalid_expiry_year", CARD, 402, NEVER),
        new Row(StripeErrorCode.INVALID_NUMBER, "invalid_number", CARD, 402, NEVER),
        new Row(StripeErrorCode.PROCESSING_ERROR, "processing_error", CARD, 402, AT_ONCE),
        new Row(StripeErrorCode.AUTHENTICATION_REQUIRED, "authentication_required", CARD, 402, NEVER),
        new Row(StripeErrorCode.CARD_DECLINE_RATE_LIMIT_EXCEEDED, "card_decline_rate_limit_exceeded", CARD, 402,
            RetryAdvice.after(Duration.ofHours(24))),
        new Row(StripeErrorCode.PAYMENT_INTENT_AUTHENTICATION_FAILURE, "payment_intent_authentication_failure",
            CARD, 402, NEVER),
        new Row(StripeErrorCode.PAYMENT_INTENT_PAYMENT_ATTEMPT_EXPIRED, "payment_intent_payment_attempt_expired",
            CARD, 402, NEVER),
        new Row(StripeErrorCode.SETUP_INTENT_SETUP_ATTEMPT_EXPIRED, "setup_intent_setup_attempt_expired", CARD, 402,
            NEVER),
        new Row(StripeErrorCode.ACCOUNT_ALREADY_EXISTS, "account_already_exists", INVALID, 400, NEVER),
        new Row(StripeErrorCode.AMOUNT_TOO_LARGE, "amount_too_large", INVALID, 400, NEVER),
        new Row(StripeErrorCode.AMOUNT_TOO_SMALL, "amount_too_small", INVALID, 400, NEVER),
        new Row(StripeErrorCode.API_KEY_EXPIRED, "api_key_expired", INVALID, 401, NEVER),
        new Row(StripeErrorCode.BALANCE_INSUFFICIENT, "balance_insufficient", INVALID, 400, NEVER),
        new Row(StripeErrorCode.BANK_ACCOUNT_EXISTS, "bank_account_exists", INVALID, 400, NEVER),
        new Row(StripeErrorCode.CHARGE_ALREADY_CAPTURED, "charge_already_captured", INVALID, 400, NEVER),
        new Row(StripeErrorCode.CHARGE_ALREADY_REFUNDED, "charge_already_refunded", INVALID, 400, NEVER),
        new Row(StripeErrorCode.CHARGE_EXCEEDS_SOURCE_LIMIT, "charge_exceeds_source_limit", INVALID, 400, NEVER),
        new Row(StripeErrorCode.CHARGE_EXCEEDS_TRANSACTION_LIMIT, "charge_exceeds_transaction_limit", INVALID, 400,
            NEVER),
        new Row(StripeErrorCode.CHARGE_EXCEEDS_WEEKLY_LIMIT, "charge_exceeds_weekly_limit", INVALID, 400, NEVER),
        new Row(StripeErrorCode.CHARGE_EXPIRED_FOR_CAPTURE, "charge_expired_for_capture", INVALID, 400, NEVER),
        new Row(StripeErrorCode.COUPON_EXPIRED, "coupon_expired", INVALID, 400, NEVER),
        new Row(StripeErrorCode.CUSTOMER_MAX_PAYMENT_METHODS, "customer_max_payment_methods", INVALID, 400, NEVER),
        new Row(StripeErrorCode.CUSTOMER_MAX_SUBSCRIPTIONS, "customer_max_subscriptions", INVALID, 400, NEVER),
        new Row(StripeErrorCode.EMAIL_INVALID, "email_invalid", INVALID, 400, NEVER),
        new Row(StripeErrorCode.IDEMPOTENCY_KEY_IN_USE, "idempotency_key_in_use", INVALID, 409, AT_ONCE),
        new Row(StripeErrorCode.INSTANT_PAYOUTS_LIMIT_EXCEEDED, "instant_payouts_limit_exceeded", INVALID, 400,
            NEVER),
        new Row(StripeErrorCode.INVALID_TAX_LOCATION, "invalid_tax_location", INVALID, 400, NEVER),
        new Row(StripeErrorCode.LOCK_TIMEOUT, "lock_timeout", INVALID, 409, AT_ONCE),
        new Row(StripeErrorCode.PARAMETER_MISSING, "parameter_missing", INVALID, 400, NEVER),
        new Row(StripeErrorCode.PARAMETER_UNKNOWN, "parameter_unknown", INVALID, 400, NEVER),
        new Row(StripeErrorCode.PAYOUTS_LIMIT_EXCEEDED, "payouts_limit_exceeded", INVALID, 400, NEVER),
        new Row(StripeErrorCode.RATE_LIMIT, "rate_limit", INVALID, 429, RetryAdvice.after(Duration.ofSeconds(1))),
        new Row(StripeErrorCode.RESOURCE_ALREADY_EXISTS, "resource_already_exists", INVALID, 409, NEVER),
        new Row(StripeErrorCode.RESOURCE_MISSING, "resource_missing", INVALID, 404, NEVER),
        new Row(StripeErrorCode.TAX_ID_INVALID, "tax_id_invalid", INVALID, 400, NEVER),
        new Row(StripeErrorCode.TAXES_CALCULATION_FAILED, "taxes_calculation_failed", INVALID, 400, AT_ONCE),
        new Row(StripeErrorCode.TLS_VERSION_UNSUPPORTED, "tls_version_unsupported", INVALID, 400, NEVER),
        new Row(StripeErrorCode.URL_INVALID, "url_invalid", INVALID, 400, NEVER));
  }

  /** A card error body as Stripe's docs show one. */
  private static byte[] body(String code, String type) {
    return ("""
        {
          "error": {
            "code": "%1$s",
            "doc_url": "https://stripe.com/docs/error-codes/%2$s",
            "message": "Message for %1$s.",
            "param": "amount",
            "type": "%3$s"
          }
        }""".formatted(code, code.replace('_', '-'), type)).getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("codes")
  void everyCodeDecodesToItsOwnClassUnderItsGroup(StripeErrorCode entry, String code,
      Class<? extends StripeException> group, int http, RetryAdvice retry) {
    assertThat(StripeMatcher.match(code)).isSameInstanceAs(entry);
    assertWithMessage("%s", "a snake_case code is one code, x or no x: " + code).that(entry.isRange()).isFalse();
    assertThat(entry.code()).isEqualTo(code);
    assertThat(entry.httpStatus()).isEqualTo(http);

    String type = group == CARD ? "card_error" : "invalid_request_error";
    StripeException e = assertFailure(StripeMatcher.decode(http, body(code, type)));
    assertThat(e.errorCode()).isSameInstanceAs(entry);
    assertThat(e).isInstanceOf(group);
    assertWithMessage("each code has a class of its own, under its group's").that(e.getClass() == group).isFalse();
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.retry()).isEqualTo(retry);
    assertThat(e.description()).isEqualTo("Message for " + code + ".");
    assertThat(e.attribute("type")).isEqualTo(type);
    assertThat(e.attribute("doc_url")).isEqualTo("https://stripe.com/docs/error-codes/" + code.replace('_', '-'));
    assertThat(e.attribute("param")).isEqualTo("amount");
  }

  @Test
  void codesThatHoldAnXAreNeverWildcards() {
    // The codePattern [a-z_]+ admits expired_card as written, and no digit where its x stands.
    assertThat(StripeMatcher.match("expired_card")).isSameInstanceAs(StripeErrorCode.EXPIRED_CARD);
    for (String lookalike : List.of("e5pired_card", "e0pired_card", "eXpired_card", "expired_cards", "EXPIRED_CARD")) {
      assertWithMessage("%s", lookalike).that(StripeMatcher.match(lookalike)).isSameInstanceAs(StripeErrorCode.UNKNOWN);
    }
    assertThat(StripeMatcher.match("api_key_e9pired")).isSameInstanceAs(StripeErrorCode.UNKNOWN);
    assertThat(StripeMatcher.match("ta1_id_invalid")).isSameInstanceAs(StripeErrorCode.UNKNOWN);
    long withAnX = Arrays.stream(StripeErrorCode.values()).filter(entry -> entry.code().contains("x")).count();
    assertThat(withAnX).isEqualTo(22);
  }

  @Test
  void aCardDeclineKeepsItsDeclineCode() {
    byte[] body = """
        {"error": {"charge": "ch_3LmzzQ2eZvKYlo2C0XjzUzJV", "code": "card_declined",
          "decline_code": "insufficient_funds", "doc_url": "https://stripe.com/docs/error-codes/card-declined",
          "message": "Your card has insufficient funds.", "type": "card_error"}}""".getBytes(StandardCharsets.UTF_8);
    StripeException e = assertFailure(StripeMatcher.decode(402, body));
    StripeCardDeclinedException declined = assertInstanceOf(StripeCardDeclinedException.class, e);
    assertThat(declined.attribute("decline_code")).isEqualTo("insufficient_funds");
    assertThat(declined.attribute("charge")).isEqualTo("ch_3LmzzQ2eZvKYlo2C0XjzUzJV");
    assertThat(declined.description()).isEqualTo("Your card has insufficient funds.");
    assertThat(declined.httpStatus()).isEqualTo(402);
    assertThat(declined.retry()).isEqualTo(RetryAdvice.never());
  }

  @Test
  void aRetryAfterHeaderOnA429WinsOverTheCatalogsDelay() {
    byte[] body = body("rate_limit", "invalid_request_error");
    StripeException told = assertFailure(
        StripeMatcher.decode(429, body, Map.of("retry-after", List.of("7"))));
    assertThat(told).isInstanceOf(StripeRateLimitException.class);
    assertThat(told.retry()).isEqualTo(RetryAdvice.after(Duration.ofSeconds(7)));
    StripeException untold = assertFailure(StripeMatcher.decode(429, body));
    assertThat(untold.retry()).isEqualTo(RetryAdvice.after(Duration.ofSeconds(1)));
  }

  /** Responses that carry no code, the way Stripe sends them: a type and a message. */
  static Stream<Arguments> withoutACode() {
    return Stream.of(
        Arguments.of(500, StripeErrorCode.API_ERROR, StripeApiErrorException.class, AT_ONCE),
        Arguments.of(502, StripeErrorCode.API_ERROR, StripeApiErrorException.class, AT_ONCE),
        Arguments.of(503, StripeErrorCode.API_ERROR, StripeApiErrorException.class, AT_ONCE),
        Arguments.of(504, StripeErrorCode.API_ERROR, StripeApiErrorException.class, AT_ONCE),
        Arguments.of(401, StripeErrorCode.UNAUTHORIZED, StripeUnauthorizedException.class, NEVER),
        Arguments.of(403, StripeErrorCode.FORBIDDEN, StripeForbiddenException.class, NEVER),
        Arguments.of(424, StripeErrorCode.EXTERNAL_DEPENDENCY_FAILED, StripeExternalDependencyFailedException.class,
            AT_ONCE),
        // A 402 or 400 without a code is the group's own entry: the group's class itself.
        Arguments.of(402, StripeErrorCode.CARD_ERROR, StripeCardErrorException.class, NEVER),
        Arguments.of(400, StripeErrorCode.INVALID_REQUEST, StripeInvalidRequestException.class, NEVER),
        // Statuses of codes, for a response that lost its code.
        Arguments.of(404, StripeErrorCode.RESOURCE_MISSING, StripeResourceMissingException.class, NEVER),
        Arguments.of(409, StripeErrorCode.IDEMPOTENCY_KEY_IN_USE, StripeIdempotencyKeyInUseException.class, AT_ONCE),
        Arguments.of(429, StripeErrorCode.RATE_LIMIT, StripeRateLimitException.class,
            RetryAdvice.after(Duration.ofSeconds(1))),
        Arguments.of(418, StripeErrorCode.UNKNOWN, StripeUnknownException.class, NEVER));
  }

  @ParameterizedTest(name = "HTTP {0}")
  @MethodSource("withoutACode")
  void responsesWithoutACodeAreTypedByTheirStatus(int status, StripeErrorCode entry,
      Class<? extends StripeException> type, RetryAdvice retry) {
    byte[] body = "{\"error\": {\"type\": \"api_error\", \"message\": \"Something went wrong.\"}}"
        .getBytes(StandardCharsets.UTF_8);
    StripeException e = assertFailure(StripeMatcher.decode(status, body));
    assertThat(e.errorCode()).isSameInstanceAs(entry);
    assertThat(e.getClass()).isSameInstanceAs(type);
    assertThat(e.httpStatus()).isEqualTo(status);
    // No code came: an entry of statuses alone has none, a code's entry gives its own.
    assertThat(e.code()).isEqualTo(entry.code());
    assertThat(e.retry()).isEqualTo(retry);
    assertThat(e.attribute("type")).isEqualTo("api_error");
  }

  @Test
  void catchingTheGroupsClassCatchesEveryCardError() {
    StripeException e = StripeMatcher.toException(ErrorReport.builder().httpStatus(402).code("expired_card").build());
    try {
      throw e;
    } catch (StripeCardErrorException card) {
      assertThat(card).isInstanceOf(StripeExpiredCardException.class);
    }
    assertThat(StripeCardErrorException.class.isSealed()).isTrue();
    assertThat(java.lang.reflect.Modifier.isAbstract(StripeCardErrorException.class.getModifiers())).isFalse();
  }

  @Test
  void aServerSendsStatusEntriesWithoutACode() {
    EncodedError encoded = StripeMatcher.encode(new StripeApiErrorException(503));
    assertThat(encoded.httpStatus()).isEqualTo(503);
    assertThat(encoded.bodyText()).isEqualTo("{\"error\":{\"message\":\"Something went wrong on Stripe's end; these are rare.\"}}");
    StripeException back = assertFailure(StripeMatcher.decode(encoded.httpStatus(), encoded.body()));
    assertThat(back.errorCode()).isSameInstanceAs(StripeErrorCode.API_ERROR);
    assertThrows(IllegalArgumentException.class, () -> new StripeApiErrorException(404));
    assertThat(new StripeApiErrorException().httpStatus()).isEqualTo(500);
    assertThat(new StripeForbiddenException().report().code()).isNull();
  }

  @Test
  void aServerSendsACodeAndItsStatus() {
    EncodedError encoded = StripeMatcher.encode(new StripeExpiredCardException());
    assertThat(encoded.httpStatus()).isEqualTo(402);
    StripeException back = assertFailure(StripeMatcher.decode(encoded.httpStatus(), encoded.body()));
    assertThat(back).isInstanceOf(StripeExpiredCardException.class);
  }

  @Test
  void theTestsDecodeEveryEntryOfTheCatalog() {
    Set<StripeErrorCode> untested = EnumSet.allOf(StripeErrorCode.class);
    rows().forEach(row -> untested.remove(row.entry()));
    withoutACode().forEach(arguments -> untested.remove((StripeErrorCode) arguments.get()[1]));
    assertWithMessage("entries of the catalog no test decodes").that(untested.stream().map(Enum::name).collect(Collectors.toSet())).isEqualTo(Set.of());
  }
}
