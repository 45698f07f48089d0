package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** A catalog written as a class. */
@ErrorCatalog(name = "Classy", types = @ErrorType(name = "DO_NOT_RETRY"))
public class NotInterfaceClass {

  @Code(type = "DO_NOT_RETRY")
  public static final String NOT_FOUND = "E404";
}
