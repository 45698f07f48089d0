package dev.errata.samples.keybank;

import dev.errata.annotations.Attribute;
import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Group;
import dev.errata.annotations.Outcome;
import dev.errata.annotations.Retry;

/**
 * KeyBank's error handling, as its docs publish it: the HTTP status is the code, the exception schema
 * is the body, and {@code responseHeader.status} says S (success), W (success with a warning, HTTP 299)
 * or F (failure).
 *
 * <p>The docs say nothing of retries; the types here follow HTTP's meaning: 4xx never, 429 and 503
 * later, 502 and 504 at once.
 */
@ErrorCatalog(
    name = "KeyBank",
    codePattern = "\\d{3}",
    types = {
      @ErrorType(name = "SUCCESS", outcome = Outcome.SUCCESS,
          descriptions = @Description("The action was successful. No additional actions are needed.")),
      @ErrorType(name = "WARNING", outcome = Outcome.WARNING,
          descriptions = @Description("The request was received, but there was a minor issue that requires your attention.")),
      @ErrorType(name = "DO_NOT_RETRY", retry = Retry.NEVER,
          descriptions = @Description("The same request will fail again: fix it first.")),
      @ErrorType(name = "RETRY", retry = Retry.IMMEDIATELY,
          descriptions = @Description("A passing failure between servers: the same request may be sent again.")),
      @ErrorType(name = "RETRY_LATER", retry = Retry.AFTER, after = "PT60S",
          descriptions = @Description("Wait before sending the same request again; a Retry-After header, when sent, says how long."))
    },
    unknownType = "DO_NOT_RETRY",
    envelope = @Envelope(
        code = Envelope.HTTP_STATUS,
        description = "/ErrorMessage",
        correlationId = "/X-CorrelationId",
        status = "/responseHeader/status",
        successStatus = "S",
        warningStatus = "W",
        failureStatus = "F",
        attributes = {
          @Attribute(name = "transactionId", pointer = "/TransactionId"),
          @Attribute(name = "transactionTime", pointer = "/TransactionTime"),
          @Attribute(name = "serviceError", pointer = "/ServiceError"),
          @Attribute(name = "statusDescription", pointer = "/responseHeader/statusDescription")
        }))
public interface KeyBankErrors {

  @Code(type = "SUCCESS", http = 200)
  @Description("OK; Successful. The action was successful. No additional actions are needed.")
  String OK = "200";

  @Code(type = "WARNING", http = 299)
  @Description("Successful with a warning. The request was successfully received, but there was a minor issue that requires your attention.")
  String WARNING = "299";

  /** HTTP 4xx: something is wrong with the request. */
  @Group(type = "DO_NOT_RETRY")
  @Description("Errors with the request: sending it again unchanged will not help.")
  interface ClientErrors {

    @Code(http = 400)
    @Description("Missing mandatory information. Request is missing required information.")
    String MISSING_INFORMATION = "400";

    @Code(http = 401)
    @Description("Unauthorized request. Invalid credentials for the request.")
    String UNAUTHORIZED = "401";

    @Code(http = 403)
    @Description("Forbidden request access. You do not have permission to complete the request.")
    String FORBIDDEN = "403";

    @Code(http = 404)
    @Description("Resource not found. The resource for the request cannot be found.")
    String NOT_FOUND = "404";

    @Code(http = 405)
    @Description("Invalid request method. The wrong request method was used.")
    String INVALID_METHOD = "405";

    @Code(http = 415)
    @Description("Invalid request type. The wrong media type submitted with the request.")
    String INVALID_MEDIA_TYPE = "415";

    @Code(type = "RETRY_LATER", http = 429)
    @Description("Request timeout. There are too many requests to the API and a timeout goes into effect.")
    String TOO_MANY_REQUESTS = "429";

    /** Any other 4xx the docs do not list. */
    @Code
    @Description("Another client error the documentation does not list.")
    String OTHER_CLIENT_ERROR = "4xx";
  }

  /** HTTP 5xx: something is wrong on KeyBank's side. */
  @Group(type = "DO_NOT_RETRY")
  @Description("Errors on the server side.")
  interface ServerErrors {

    @Code(http = 500)
    @Description("Unknown error. There was an unknown error with the server.")
    String SERVER_ERROR = "500";

    @Code(type = "RETRY", http = 502)
    @Description("Bad gateway. The servers cannot talk to each other or there is a miscommunication.")
    String BAD_GATEWAY = "502";

    @Code(type = "RETRY_LATER", http = 503)
    @Description("Unavailable service. The service is temporarily down.")
    String SERVICE_UNAVAILABLE = "503";

    @Code(type = "RETRY", http = 504)
    @Description("Unable to process request. Request needs more time to be processed.")
    String GATEWAY_TIMEOUT = "504";

    /** Any other 5xx the docs do not list. */
    @Code
    @Description("Another server error the documentation does not list.")
    String OTHER_SERVER_ERROR = "5xx";
  }
}
