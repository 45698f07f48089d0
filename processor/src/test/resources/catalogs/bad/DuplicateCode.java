package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** The same exact code twice, and the same range twice. */
@ErrorCatalog(name = "Duplicate", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface DuplicateCode {

  @Code(type = "DO_NOT_RETRY")
  String NOT_FOUND = "E404";

  @Code(type = "DO_NOT_RETRY")
  String MISSING = "E404";

  @Code(type = "DO_NOT_RETRY")
  String LOGON = "E100..E199";

  @Code(type = "DO_NOT_RETRY")
  String SIGN_IN = "E100..E199";
}
