package test;

import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** A catalog written as an enum. */
@ErrorCatalog(name = "Enumerated", types = @ErrorType(name = "DO_NOT_RETRY"))
public enum NotInterfaceEnum {
  NOT_FOUND
}
