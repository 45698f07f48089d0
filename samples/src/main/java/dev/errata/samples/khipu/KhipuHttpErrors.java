package dev.errata.samples.khipu;

import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Outcome;
import dev.errata.annotations.Retry;

/**
 * Khipu's HTTP status codes, for responses that carry no {@code Error} object: 2xx is success (the body's
 * {@code Status} says OK), 4xx an error in the request, 500 an error on Khipu's side.
 */
@ErrorCatalog(
    name = "KhipuHttp",
    codePattern = "\\d{3}",
    types = {
      @ErrorType(name = "SUCCESS", outcome = Outcome.SUCCESS),
      @ErrorType(name = "DO_NOT_RETRY", retry = Retry.NEVER),
      @ErrorType(name = "RETRY_IMMEDIATELY", retry = Retry.IMMEDIATELY)
    },
    unknownType = "DO_NOT_RETRY",
    envelope = @Envelope(
        code = Envelope.HTTP_STATUS,
        description = "",
        status = "/Status",
        successStatus = "OK",
        failureStatus = "ERROR",
        correlationId = "/OperationId"))
public interface KhipuHttpErrors {

  @Code(type = "SUCCESS", http = 200)
  @Description("OK. The request was processed and a valid response was returned. Note that a response may include an empty Data object and still be considered correct.")
  String OK = "200";

  @Code(type = "SUCCESS", http = 202)
  @Description("Accepted. The request was received and passed correctly to the asynchronous channel. The complete response will be delivered to the callback URL specified in the request.")
  String ACCEPTED = "202";

  @Code(type = "DO_NOT_RETRY", http = 400)
  @Description("Bad request. The request could not be processed. The payload is probably malformed.")
  String BAD_REQUEST = "400";

  @Code(type = "DO_NOT_RETRY", http = 401)
  @Description("Unauthorized. Missing the authentication header, or the value is invalid (also applies to expired OAuth JWT).")
  String UNAUTHORIZED = "401";

  @Code(type = "DO_NOT_RETRY", http = 404)
  @Description("Not found. The requested path does not exist in the server.")
  String NOT_FOUND = "404";

  /** The docs promise nothing about retrying; an unhandled exception on Khipu's side may pass. */
  @Code(type = "RETRY_IMMEDIATELY", http = 500)
  @Description("Server error. Something prevented the request to be executed and an error was thrown by our platform.")
  String SERVER_ERROR = "500";
}
