package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Group;

/** Descriptions in English only, in a catalog that also declares Spanish; one code has none at all. */
@ErrorCatalog(name = "Untranslated", locales = {"en", "es"}, types = @ErrorType(name = "DO_NOT_RETRY"))
public interface MissingDescription {

  @Code(type = "DO_NOT_RETRY")
  @Description("The account is locked.")
  String LOCKED = "E100";

  @Code(type = "DO_NOT_RETRY")
  String UNDOCUMENTED = "E101";

  @Group(type = "DO_NOT_RETRY")
  @Description(locale = "es", value = "Errores del servidor.")
  interface Server {

    @Code
    String CRASHED = "E500";
  }
}
