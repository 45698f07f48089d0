package test;

import dev.errata.annotations.Attribute;
import dev.errata.annotations.Code;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/**
 * JSON Pointers without their leading '/', and one with an escape RFC 6901 does not have; the escapes
 * it has, ~0 and ~1, are fine.
 */
@ErrorCatalog(
    name = "Pointers",
    types = @ErrorType(name = "DO_NOT_RETRY"),
    envelope = @Envelope(
        code = "Error/Code",
        type = "/Error/~0Type~1Kind",
        description = "/Error/~2Description",
        correlationId = "OperationId",
        attributes = @Attribute(name = "transactionId", pointer = "TransactionId")))
public interface EnvelopePointers {

  @Code(type = "DO_NOT_RETRY")
  String LOCKED = "E100";
}
