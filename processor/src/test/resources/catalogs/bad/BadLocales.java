package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** A locale that is not a language tag, and a locale declared twice. */
@ErrorCatalog(
    name = "Locales",
    locales = {
      "en",
      "en_US",
      "en" // again
    },
    types = @ErrorType(name = "DO_NOT_RETRY"))
public interface BadLocales {

  @Code(type = "DO_NOT_RETRY")
  String LOCKED = "E100";
}
