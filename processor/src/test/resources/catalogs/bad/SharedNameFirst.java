package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** One of two catalogs named "Shared" in one package. */
@ErrorCatalog(name = "Shared", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface SharedNameFirst {

  @Code(type = "DO_NOT_RETRY")
  String LOCKED = "E100";
}
