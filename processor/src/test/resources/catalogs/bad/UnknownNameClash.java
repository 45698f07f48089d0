package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** A code named UNKNOWN, which the processor generates for codes that match nothing. */
@ErrorCatalog(name = "Unknowing", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface UnknownNameClash {

  @Code(type = "DO_NOT_RETRY")
  String UNKNOWN = "E999";
}
