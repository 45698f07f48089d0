package dev.errata.samples.google;

import dev.errata.annotations.Attribute;
import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Outcome;
import dev.errata.annotations.Retry;

/**
 * The errors of Google's JSON APIs: the canonical codes of {@code google.rpc.Code}, in the order
 * {@code code.proto} declares them, each with its documented HTTP mapping, and the JSON error body
 * {@code {"error": {"code": 404, "message": "...", "status": "NOT_FOUND", "details": [...]}}}, whose
 * {@code status} string is the code and whose numeric {@code code} is the HTTP status.
 *
 * <p>Written from Google's public docs: the codes and their HTTP mapping in the {@code google.rpc}
 * reference (https://cloud.google.com/apis/design/errors#error_codes, and the {@code Code} enum of any
 * Google API's RPC reference, such as https://cloud.google.com/vision/docs/reference/rpc/google.rpc),
 * the JSON representation of an error in the API design guide (https://cloud.google.com/apis/design/errors),
 * and retries in AIP-194 (https://google.aip.dev/194): of the codes, only {@code UNAVAILABLE} is safe
 * to retry as it is. The descriptions say in short what the reference says.
 *
 * <p>A code of its own is named {@code UNKNOWN}, so the catalog's entry for codes it does not know is
 * {@code UNRECOGNIZED}. Three codes map to 400 and three to 500: declared first, {@code
 * INVALID_ARGUMENT} stands for a 400 without a status and {@code UNKNOWN} for a 500, as the reference
 * says errors without enough information become {@code UNKNOWN}; {@code UNKNOWN} stands for any other
 * 5xx without a status too (a proxy's 502), while 501, 503 and 504 have codes of their own.
 */
@ErrorCatalog(
    name = "Google",
    codePattern = "[A-Z_]+",
    types = {
      @ErrorType(name = "SUCCESS", outcome = Outcome.SUCCESS,
          descriptions = @Description("Not an error.")),
      @ErrorType(name = "DO_NOT_RETRY", retry = Retry.NEVER,
          descriptions = @Description("The same request will fail again, or must be retried at a higher level.")),
      @ErrorType(name = "RETRY", retry = Retry.IMMEDIATELY,
          descriptions = @Description("The service is unavailable for a while: send the same request again, backing off."))
    },
    unknownType = "DO_NOT_RETRY",
    envelope = @Envelope(
        code = "/error/status",
        description = "/error/message",
        httpStatus = "/error/code",
        attributes = @Attribute(name = "details", pointer = "/error/details")))
public interface GoogleErrors {

  @Code(type = "SUCCESS", http = 200)
  @Description("Not an error; returned on success.")
  String OK = "OK";

  @Code(type = "DO_NOT_RETRY", http = 499)
  @Description("The operation was cancelled, typically by the caller.")
  String CANCELLED = "CANCELLED";

  @Code(type = "DO_NOT_RETRY", http = 500, forHttpStatus = "5xx")
  @Description("Unknown error, such as one an API raised without enough information to say more.")
  String UNKNOWN = "UNKNOWN";

  @Code(type = "DO_NOT_RETRY", http = 400)
  @Description("The client gave an invalid argument, whatever the state of the system.")
  String INVALID_ARGUMENT = "INVALID_ARGUMENT";

  @Code(type = "DO_NOT_RETRY", http = 504)
  @Description("The deadline expired before the operation could complete; it may have completed anyway.")
  String DEADLINE_EXCEEDED = "DEADLINE_EXCEEDED";

  @Code(type = "DO_NOT_RETRY", http = 404)
  @Description("A requested entity was not found.")
  String NOT_FOUND = "NOT_FOUND";

  @Code(type = "DO_NOT_RETRY", http = 409)
  @Description("The entity the client tried to create already exists.")
  String ALREADY_EXISTS = "ALREADY_EXISTS";

  @Code(type = "DO_NOT_RETRY", http = 403)
  @Description("The caller has no permission to run the operation.")
  String PERMISSION_DENIED = "PERMISSION_DENIED";

  @Code(type = "DO_NOT_RETRY", http = 401)
  @Description("The request has no valid authentication credentials for the operation.")
  String UNAUTHENTICATED = "UNAUTHENTICATED";

  @Code(type = "DO_NOT_RETRY", http = 429)
  @Description("A resource has been exhausted, such as a per-user quota.")
  String RESOURCE_EXHAUSTED = "RESOURCE_EXHAUSTED";

  @Code(type = "DO_NOT_RETRY", http = 400)
  @Description("The system is not in the state the operation needs; do not retry until it is fixed.")
  String FAILED_PRECONDITION = "FAILED_PRECONDITION";

  @Code(type = "DO_NOT_RETRY", http = 409)
  @Description("The operation was aborted, typically by a concurrency issue: retry at a higher level.")
  String ABORTED = "ABORTED";

  @Code(type = "DO_NOT_RETRY", http = 400)
  @Description("The operation was attempted past the valid range.")
  String OUT_OF_RANGE = "OUT_OF_RANGE";

  @Code(type = "DO_NOT_RETRY", http = 501)
  @Description("The operation is not implemented, or not supported or enabled in this service.")
  String UNIMPLEMENTED = "UNIMPLEMENTED";

  @Code(type = "DO_NOT_RETRY", http = 500)
  @Description("Internal error: an invariant the system expects has been broken.")
  String INTERNAL = "INTERNAL";

  @Code(type = "RETRY", http = 503)
  @Description("The service is currently unavailable, most likely for a while: retry with a backoff.")
  String UNAVAILABLE = "UNAVAILABLE";

  @Code(type = "DO_NOT_RETRY", http = 500)
  @Description("Unrecoverable data loss or corruption.")
  String DATA_LOSS = "DATA_LOSS";
}
