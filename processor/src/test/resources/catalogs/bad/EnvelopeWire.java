package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.JsonType;

/**
 * Header names with a space and a colon, the delay header named as the retry header, and a status
 * value that cannot be written as the boolean statusJson declares.
 */
@ErrorCatalog(
    name = "Wire",
    types = @ErrorType(name = "DO_NOT_RETRY"),
    envelope = @Envelope(
        status = "/ok",
        statusJson = JsonType.BOOLEAN,
        successStatus = "yes",
        failureStatus = "false",
        correlationIdHeader = "Request Id",
        retryHeader = "Retry-After"))
public interface EnvelopeWire {

  @Code(type = "DO_NOT_RETRY")
  String LOCKED = "E100";
}
