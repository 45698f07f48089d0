package dev.errata.samples.twilio;

import dev.errata.annotations.Attribute;
import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.JsonType;
import dev.errata.annotations.Retry;

/**
 * A Twilio-like REST API (twilio.com/docs/usage/twilios-response): numeric error codes and the HTTP
 * status in the body, both JSON numbers, and a link to the code's page.
 *
 * <pre>{@code
 * {"code": 20404, "message": "The requested resource was not found", "more_info":
 *  "https://www.twilio.com/docs/errors/20404", "status": 404}
 * }</pre>
 */
@ErrorCatalog(
    name = "Twilio",
    codePattern = "[0-9]{5}",
    types = {
      @ErrorType(name = "DO_NOT_RETRY", retry = Retry.NEVER,
          descriptions = @Description("The same request will fail again: fix it.")),
      @ErrorType(name = "RETRY_LATER", retry = Retry.AFTER, after = "PT1S",
          descriptions = @Description("Too many requests: back off before sending it again."))
    },
    unknownType = "DO_NOT_RETRY",
    envelope = @Envelope(
        code = "/code",
        codeJson = JsonType.NUMBER,
        description = "/message",
        httpStatus = "/status",
        defaultHttpStatus = 400,
        attributes = @Attribute(name = "moreInfo", pointer = "/more_info")))
public interface TwilioErrors {

  @Code(type = "DO_NOT_RETRY", http = 401)
  @Description("Authentication Error - invalid username.")
  String AUTHENTICATION_INVALID_USERNAME = "20003";

  @Code(type = "DO_NOT_RETRY", http = 404)
  @Description("The requested resource was not found.")
  String NOT_FOUND = "20404";

  @Code(type = "RETRY_LATER", http = 429)
  @Description("Too many requests.")
  String TOO_MANY_REQUESTS = "20429";

  @Code(type = "DO_NOT_RETRY", http = 400)
  @Description("Invalid 'To' phone number.")
  String INVALID_TO = "21211";

  @Code(type = "DO_NOT_RETRY", http = 400)
  @Description("Queue overflow: the message could not be queued.")
  String QUEUE_OVERFLOW = "30001";

  @Code(type = "DO_NOT_RETRY", http = 400)
  @Description("Message blocked.")
  String MESSAGE_BLOCKED = "30004";
}
