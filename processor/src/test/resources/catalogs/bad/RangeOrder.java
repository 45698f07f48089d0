package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** A range written high end first. */
@ErrorCatalog(name = "Backwards", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface RangeOrder {

  @Code(type = "DO_NOT_RETRY")
  String LOGON = "E199..E100";
}
