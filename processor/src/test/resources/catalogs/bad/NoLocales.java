package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** No locale at all. */
@ErrorCatalog(
    name = "Speechless",
    locales = {},
    types = @ErrorType(name = "DO_NOT_RETRY"))
public interface NoLocales {

  @Code(type = "DO_NOT_RETRY")
  String LOCKED = "E100";
}
