package dev.errata.samples.store;

import dev.errata.annotations.Attribute;
import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.HttpStatus;
import dev.errata.annotations.JsonType;
import dev.errata.annotations.Retry;

/**
 * The store of RFC 9457's own examples (section 3), whose errors are problem details
 * ({@code application/problem+json}): the problem {@code type} is the code after the catalog's prefix,
 * {@code instance} the correlation id, and extension members such as {@code balance} are attributes.
 *
 * <pre>{@code
 * HTTP/1.1 403 Forbidden
 * Content-Type: application/problem+json
 *
 * {"type": "https://example.com/probs/out-of-credit", "title": "You do not have enough credit.",
 *  "detail": "Your current balance is 30, but that costs 50.", "instance": "/account/12345/msgs/abc",
 *  "balance": 30, "accounts": ["/account/12345", "/account/67890"]}
 * }</pre>
 */
@ErrorCatalog(
    name = "Store",
    codePattern = "[a-z]+(-[a-z]+)*",
    locales = {"en", "es"},
    types = {
      @ErrorType(name = "DO_NOT_RETRY", retry = Retry.NEVER),
      @ErrorType(name = "RETRY_LATER", retry = Retry.AFTER, after = "PT30S"),
      @ErrorType(name = "RETRY_IMMEDIATELY", retry = Retry.IMMEDIATELY)
    },
    unknownType = "DO_NOT_RETRY",
    envelope = @Envelope(
        format = Envelope.Format.PROBLEM_DETAILS,
        typePrefix = "https://example.com/probs/",
        attributes = {
          @Attribute(name = "balance", pointer = "/balance", json = JsonType.NUMBER),
          @Attribute(name = "accounts", pointer = "/accounts"),
          @Attribute(name = "errors", pointer = "/errors")
        }))
public interface StoreErrors {

  @Code(type = "DO_NOT_RETRY", http = 403)
  @Description("You do not have enough credit.")
  @Description(locale = "es", value = "No tiene crédito suficiente.")
  String OUT_OF_CREDIT = "out-of-credit";

  @Code(type = "DO_NOT_RETRY", http = 422)
  @Description("Your request is not valid.")
  @Description(locale = "es", value = "Su solicitud no es válida.")
  String VALIDATION_ERROR = "validation-error";

  @Code(type = "DO_NOT_RETRY", http = 404)
  @Description("The product does not exist.")
  @Description(locale = "es", value = "El producto no existe.")
  String PRODUCT_NOT_FOUND = "product-not-found";

  @Code(type = "RETRY_LATER", http = 429)
  @Description("Too many purchases at once: wait before buying again.")
  @Description(locale = "es", value = "Demasiadas compras a la vez: espere antes de volver a comprar.")
  String RATE_LIMITED = "rate-limited";

  @Code(type = "RETRY_IMMEDIATELY", http = 503)
  @Description("The payment service is down for a moment.")
  @Description(locale = "es", value = "El servicio de pagos no está disponible por un momento.")
  String PAYMENTS_UNAVAILABLE = "payments-unavailable";

  /** A 4xx problem of {@code about:blank} type (or none), which names no entry of its own. */
  @HttpStatus(type = "DO_NOT_RETRY")
  String CLIENT_ERROR = "4xx";

  /** A 5xx problem of {@code about:blank} type (or none), such as a proxy's. */
  @HttpStatus(type = "RETRY_IMMEDIATELY")
  String SERVER_ERROR = "5xx";
}
