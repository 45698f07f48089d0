package dev.errata.samples.stripe;

import dev.errata.annotations.Attribute;
import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Group;
import dev.errata.annotations.HttpStatus;
import dev.errata.annotations.Retry;

/**
 * A Stripe-like catalog, written as Stripe's docs read: snake_case codes (35 of Stripe's hold an
 * {@code x}, such as {@code expired_card}: the codePattern makes each one code, as written), card
 * errors as a 402 group, the {@code decline_code} and {@code doc_url} of the error object, and
 * responses that carry no code (5xx, 403, 424) typed by their status alone.
 *
 * <p>Written from Stripe's public docs: the error codes list (https://docs.stripe.com/error-codes),
 * the error object, its types and the HTTP status code summary (https://docs.stripe.com/api/errors),
 * and the advice to back off on 429 and to retry server errors with an idempotency key
 * (https://docs.stripe.com/error-handling, https://docs.stripe.com/rate-limits). The codes are a
 * subset of Stripe's 195, 22 of them holding an {@code x}; the descriptions say in short what the list
 * says. The list gives no HTTP status per code: those here follow the status summary
 * (card errors 402, invalid requests 400, a missing resource 404, a conflicting request 409, too many
 * requests 429). Stripe's {@code error.type} (card_error, invalid_request_error, ...) is kept as the
 * attribute {@code type}; the types here say whether to retry. The {@code Request-Id} header is the
 * correlation id, and {@code Stripe-Should-Retry: true|false}, when sent, overrides the advice either way.
 */
@ErrorCatalog(
    name = "Stripe",
    codePattern = "[a-z_]+",
    types = {
      @ErrorType(name = "DO_NOT_RETRY", retry = Retry.NEVER,
          descriptions = @Description("The same request will fail again: fix it, or ask for another payment method.")),
      @ErrorType(name = "RETRY", retry = Retry.IMMEDIATELY,
          descriptions = @Description("A passing failure: send the same request again, with the same idempotency key, backing off.")),
      @ErrorType(name = "RETRY_LATER", retry = Retry.AFTER, after = "PT1S",
          descriptions = @Description("Too many requests: back off before sending it again; a Retry-After header, when sent, says how long.")),
      @ErrorType(name = "RETRY_TOMORROW", retry = Retry.AFTER, after = "PT24H",
          descriptions = @Description("The card was declined too often: it can be charged again after 24 hours."))
    },
    unknownType = "DO_NOT_RETRY",
    envelope = @Envelope(
        code = "/error/code",
        description = "/error/message",
        defaultHttpStatus = 400,
        correlationIdHeader = "Request-Id",
        retryHeader = "Stripe-Should-Retry",
        attributes = {
          @Attribute(name = "type", pointer = "/error/type"),
          @Attribute(name = "decline_code", pointer = "/error/decline_code"),
          @Attribute(name = "doc_url", pointer = "/error/doc_url"),
          @Attribute(name = "param", pointer = "/error/param"),
          @Attribute(name = "charge", pointer = "/error/charge")
        }))
public interface StripeErrors {

  /** 500, 502, 503 and 504: "Server Errors", with no code. */
  @HttpStatus(type = "RETRY")
  @Description("Something went wrong on Stripe's end; these are rare.")
  String API_ERROR = "5xx";

  @HttpStatus(type = "DO_NOT_RETRY")
  @Description("No valid API key was provided.")
  String UNAUTHORIZED = "401";

  @HttpStatus(type = "DO_NOT_RETRY")
  @Description("The API key has no permission to perform the request.")
  String FORBIDDEN = "403";

  @HttpStatus(type = "RETRY")
  @Description("The request could not be completed because a dependency outside Stripe failed.")
  String EXTERNAL_DEPENDENCY_FAILED = "424";

  /**
   * Card errors: the card cannot be charged. CARD_ERROR is the group's own entry (a 402 without a
   * code), so {@code StripeCardErrorException} is the class every card error's class extends.
   */
  @Group(type = "DO_NOT_RETRY", http = 402)
  @Description("The card cannot be charged; the message can be shown to the customer.")
  interface CardError {

    @HttpStatus
    @Description("The parameters were valid, but the request failed.")
    String CARD_ERROR = "402";

    @Code
    @Description("The card was declined; decline_code, when the issuer gives one, says why.")
    String CARD_DECLINED = "card_declined";

    @Code
    @Description("The card has expired: ask for another card.")
    String EXPIRED_CARD = "expired_card";

    @Code
    @Description("The card's security code is incorrect.")
    String INCORRECT_CVC = "incorrect_cvc";

    @Code
    @Description("The card number is incorrect.")
    String INCORRECT_NUMBER = "incorrect_number";

    @Code
    @Description("The postal code failed the card's address check.")
    String INCORRECT_ZIP = "incorrect_zip";

    @Code
    @Description("The card's balance is too low for the charge.")
    String INSUFFICIENT_FUNDS = "insufficient_funds";

    @Code
    @Description("The card's security code is invalid.")
    String INVALID_CVC = "invalid_cvc";

    @Code
    @Description("The card's expiration month is invalid.")
    String INVALID_EXPIRY_MONTH = "invalid_expiry_month";

    @Code
    @Description("The card's expiration year is invalid.")
    String INVALID_EXPIRY_YEAR = "invalid_expiry_year";

    @Code
    @Description("The card number is not a valid card number.")
    String INVALID_NUMBER = "invalid_number";

    @Code(type = "RETRY")
    @Description("An error occurred while processing the card: try again, or with another payment method.")
    String PROCESSING_ERROR = "processing_error";

    @Code
    @Description("The payment needs the customer to authenticate before it can go on.")
    String AUTHENTICATION_REQUIRED = "authentication_required";

    @Code(type = "RETRY_TOMORROW")
    @Description("The card was declined too many times: it can be charged again after 24 hours.")
    String CARD_DECLINE_RATE_LIMIT_EXCEEDED = "card_decline_rate_limit_exceeded";

    @Code
    @Description("The customer did not complete authentication of the PaymentIntent's payment method.")
    String PAYMENT_INTENT_AUTHENTICATION_FAILURE = "payment_intent_authentication_failure";

    @Code
    @Description("The latest payment attempt of the PaymentIntent has expired.")
    String PAYMENT_INTENT_PAYMENT_ATTEMPT_EXPIRED = "payment_intent_payment_attempt_expired";

    @Code
    @Description("The latest setup attempt of the SetupIntent has expired.")
    String SETUP_INTENT_SETUP_ATTEMPT_EXPIRED = "setup_intent_setup_attempt_expired";
  }

  /** Invalid requests: the parameters, the account or the key are not what the request needs. */
  @Group(type = "DO_NOT_RETRY", http = 400)
  @Description("The request has invalid parameters.")
  interface InvalidRequest {

    @HttpStatus
    @Description("The request was unacceptable, often for a missing required parameter.")
    String INVALID_REQUEST = "400";

    @Code
    @Description("An account already exists for the email address given.")
    String ACCOUNT_ALREADY_EXISTS = "account_already_exists";

    @Code
    @Description("The amount is over the maximum allowed.")
    String AMOUNT_TOO_LARGE = "amount_too_large";

    @Code
    @Description("The amount is under the minimum allowed.")
    String AMOUNT_TOO_SMALL = "amount_too_small";

    @Code(http = 401)
    @Description("The API key has expired: use the current keys from the Dashboard.")
    String API_KEY_EXPIRED = "api_key_expired";

    @Code
    @Description("The account's balance is too low for the transfer or payout.")
    String BALANCE_INSUFFICIENT = "balance_insufficient";

    @Code
    @Description("The bank account already exists on the customer or account.")
    String BANK_ACCOUNT_EXISTS = "bank_account_exists";

    @Code
    @Description("The charge has already been captured.")
    String CHARGE_ALREADY_CAPTURED = "charge_already_captured";

    @Code
    @Description("The charge has already been refunded in full.")
    String CHARGE_ALREADY_REFUNDED = "charge_already_refunded";

    @Code
    @Description("The charge is over the maximum its payment source allows.")
    String CHARGE_EXCEEDS_SOURCE_LIMIT = "charge_exceeds_source_limit";

    @Code
    @Description("The charge is over the maximum amount of one transaction.")
    String CHARGE_EXCEEDS_TRANSACTION_LIMIT = "charge_exceeds_transaction_limit";

    @Code
    @Description("The charge would take the account over its weekly processing limit.")
    String CHARGE_EXCEEDS_WEEKLY_LIMIT = "charge_exceeds_weekly_limit";

    @Code
    @Description("The charge can no longer be captured: its authorization has expired.")
    String CHARGE_EXPIRED_FOR_CAPTURE = "charge_expired_for_capture";

    @Code
    @Description("The coupon has expired and can no longer be applied.")
    String COUPON_EXPIRED = "coupon_expired";

    @Code
    @Description("The customer has the most payment methods a customer can have.")
    String CUSTOMER_MAX_PAYMENT_METHODS = "customer_max_payment_methods";

    @Code
    @Description("The customer has the most subscriptions a customer can have.")
    String CUSTOMER_MAX_SUBSCRIPTIONS = "customer_max_subscriptions";

    @Code
    @Description("The email address is invalid.")
    String EMAIL_INVALID = "email_invalid";

    @Code(type = "RETRY", http = 409)
    @Description("The idempotency key is in use by a request that is still running: send this one again later.")
    String IDEMPOTENCY_KEY_IN_USE = "idempotency_key_in_use";

    @Code
    @Description("The account has reached its limit of instant payouts.")
    String INSTANT_PAYOUTS_LIMIT_EXCEEDED = "instant_payouts_limit_exceeded";

    @Code
    @Description("The customer's location does not allow taxes to be calculated.")
    String INVALID_TAX_LOCATION = "invalid_tax_location";

    @Code(type = "RETRY", http = 409)
    @Description("Another request is using the object right now: retry the request.")
    String LOCK_TIMEOUT = "lock_timeout";

    @Code
    @Description("A required parameter is missing.")
    String PARAMETER_MISSING = "parameter_missing";

    @Code
    @Description("The request has a parameter the endpoint does not know.")
    String PARAMETER_UNKNOWN = "parameter_unknown";

    @Code
    @Description("The account has reached its limit of payouts.")
    String PAYOUTS_LIMIT_EXCEEDED = "payouts_limit_exceeded";

    @Code(type = "RETRY_LATER", http = 429)
    @Description("Too many requests hit the API too quickly: back off exponentially.")
    String RATE_LIMIT = "rate_limit";

    @Code(http = 409)
    @Description("A resource with that ID already exists.")
    String RESOURCE_ALREADY_EXISTS = "resource_already_exists";

    @Code(http = 404)
    @Description("The ID given is not a resource that exists.")
    String RESOURCE_MISSING = "resource_missing";

    @Code
    @Description("The tax ID number is invalid for its type.")
    String TAX_ID_INVALID = "tax_id_invalid";

    @Code(type = "RETRY")
    @Description("Calculating the taxes of the order failed.")
    String TAXES_CALCULATION_FAILED = "taxes_calculation_failed";

    @Code
    @Description("The request used a TLS version Stripe no longer supports.")
    String TLS_VERSION_UNSUPPORTED = "tls_version_unsupported";

    @Code
    @Description("The URL is invalid.")
    String URL_INVALID = "url_invalid";
  }
}
