package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Group;
import dev.errata.annotations.Retry;

/** Eleven different mistakes in one catalog: one build must report all of them. */
@ErrorCatalog(
    name = "Careless",
    codePattern = "[A-Z]\\d{3}",
    locales = {"en", "es-419", "EN"},
    types = {
      @ErrorType(name = "DO_NOT_RETRY"),
      @ErrorType(name = "WAIT", retry = Retry.AFTER, after = "4h")
    },
    envelope = @Envelope(code = "Error/Code"))
public interface AllMistakes {

  @Code(type = "DO_NOT_RETRI")
  String LOCKED = "E100";

  @Code(type = "DO_NOT_RETRY")
  String ALSO_LOCKED = "E100";

  @Code(type = "DO_NOT_RETRY", http = 700)
  String TEAPOT = "E418";

  @Code(type = "WAIT")
  String TOO_LONG = "E1000";

  @Code(type = "WAIT")
  String BACKWARDS = "E299..E200";

  @Code(type = "WAIT")
  @Description("Try again later.")
  @Description(locale = "es-419", value = "Vuelva a intentarlo más tarde.")
  @Description(locale = "fr", value = "Réessayez plus tard.")
  String TARGET_UNAVAILABLE = "E500";

  @Code(type = "WAIT")
  String TargetUnavailable = "E501";

  @Group(type = "DO_NOT_RETRY")
  final class Server {
    private Server() {}
  }
}
