package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Group;

/** Descriptions in French in an English and Spanish catalog, on a code, a group and a type. */
@ErrorCatalog(
    name = "Undeclared",
    locales = {"en", "es"},
    types = @ErrorType(
        name = "DO_NOT_RETRY",
        descriptions = {
          @Description("Do not retry."),
          @Description(locale = "es", value = "No reintente."),
          @Description(locale = "fr", value = "Ne réessayez pas.")
        }))
public interface UndeclaredLocale {

  @Code(type = "DO_NOT_RETRY")
  @Description("The account is locked.")
  @Description(locale = "es", value = "La cuenta está bloqueada.")
  @Description(locale = "fr", value = "Le compte est bloqué.")
  String LOCKED = "E100";

  @Group(type = "DO_NOT_RETRY")
  @Description("Server errors.")
  @Description(locale = "fr", value = "Erreurs du serveur.")
  @Description(locale = "es", value = "Errores del servidor.")
  interface Server {

    @Code
    String CRASHED = "E500";
  }
}
