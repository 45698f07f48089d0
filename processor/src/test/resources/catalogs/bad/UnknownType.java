package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Group;
import dev.errata.annotations.Retry;

/** Misspelt type names: on a code, on a group (whose codes inherit it), on unknownType; and one unlike any. */
@ErrorCatalog(
    name = "Typos",
    types = {
      @ErrorType(name = "DO_NOT_RETRY"),
      @ErrorType(name = "RETRY_IMMEDIATELY", retry = Retry.IMMEDIATELY)
    },
    unknownType = "DO_NOT_RETYR")
public interface UnknownType {

  @Code(type = "RETRY_IMEDIATELY")
  String TARGET_UNAVAILABLE = "E200";

  @Code(type = "SOMETHING_ELSE")
  String ODD = "E900";

  @Group(type = "DONT_RETRY")
  interface Logon {

    @Code
    String LOCKED = "E100";
  }
}
