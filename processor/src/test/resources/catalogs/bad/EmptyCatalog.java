package test;

import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** A catalog with no codes. */
@ErrorCatalog(name = "Empty", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface EmptyCatalog {

  /** Not a code: no @Code. */
  String NOT_A_CODE = "E100";
}
