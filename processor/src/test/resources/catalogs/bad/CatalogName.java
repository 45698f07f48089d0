package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** A catalog name that cannot prefix a Java type. */
@ErrorCatalog(name = "my-errors", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface CatalogName {

  @Code(type = "DO_NOT_RETRY")
  String LOCKED = "E100";
}
