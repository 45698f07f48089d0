package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** A locale that is not a language tag (and a description in it), and a locale declared twice. */
@ErrorCatalog(
    name = "Locales",
    locales = {
      "en",
      "en_US", // a Java locale name, not a language tag
      "en" // again
    },
    types = @ErrorType(name = "DO_NOT_RETRY"))
public interface BadLocales {

  @Code(type = "DO_NOT_RETRY")
  @Description("The account is locked.")
  @Description(locale = "en_US", value = "The account is locked.")
  String LOCKED = "E100";
}
