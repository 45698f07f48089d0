package test;

import dev.errata.annotations.Attribute;
import dev.errata.annotations.Code;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** Envelope attributes with one name twice, and one with no name. */
@ErrorCatalog(
    name = "Attributes",
    types = @ErrorType(name = "DO_NOT_RETRY"),
    envelope = @Envelope(
        code = Envelope.HTTP_STATUS,
        attributes = {
          @Attribute(name = "transactionId", pointer = "/TransactionId"),
          @Attribute(name = "transactionId", pointer = "/Meta/TransactionId"),
          @Attribute(name = "", pointer = "/Meta/Trace")
        }))
public interface EnvelopeAttributes {

  @Code(type = "DO_NOT_RETRY")
  String NOT_FOUND = "404";
}
