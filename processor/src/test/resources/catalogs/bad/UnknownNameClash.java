package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/**
 * A code named UNKNOWN, which makes the built-in entry for codes that match nothing UNRECOGNIZED, and a
 * code named UNRECOGNIZED too: one of the two names must be left to the built-in entry.
 */
@ErrorCatalog(name = "Unknowing", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface UnknownNameClash {

  @Code(type = "DO_NOT_RETRY")
  String UNKNOWN = "E999";

  @Code(type = "DO_NOT_RETRY")
  String UNRECOGNIZED = "E998";
}
