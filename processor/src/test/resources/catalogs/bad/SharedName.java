package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Retry;

/** One of two catalogs named "Shared" in one package. */
@ErrorCatalog(
    name = "Shared",
    types = @ErrorType(name = "DO_NOT_RETRY"))
public interface SharedName {

  @Code(type = "DO_NOT_RETRY")
  String LOCKED = "E100";
}

/** The other. */
@ErrorCatalog(name = "Shared", types = @ErrorType(name = "RETRY", retry = Retry.IMMEDIATELY))
interface SharedNameToo {

  @Code(type = "RETRY")
  String BUSY = "E200";
}
