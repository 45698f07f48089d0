package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** @Code fields that are not String constants. */
@ErrorCatalog(name = "NotConstant", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface CodeNotConstant {

  @Code(type = "DO_NOT_RETRY")
  String FINE = "E100";

  @Code(type = "DO_NOT_RETRY")
  int NUMERIC = 404;

  @Code(type = "DO_NOT_RETRY")
  String COMPUTED = String.valueOf(500);
}
