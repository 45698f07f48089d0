package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.CodeReading;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** Codes holding x and * in a catalog without a codePattern: each must say how it is read. */
@ErrorCatalog(name = "Readings", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface CodeReadings {

  /** Stripe's: one code, or e0pired_card to e9pired_card? */
  @Code(type = "DO_NOT_RETRY")
  String EXPIRED_CARD = "expired_card";

  /** Khipu's: a hundred codes, or one? */
  @Code(type = "DO_NOT_RETRY")
  String TARGET_UNAVAILABLE = "E2xx";

  @Code(type = "DO_NOT_RETRY", reading = CodeReading.LITERAL)
  String SAID_LITERAL = "tax_id_invalid";

  @Code(type = "DO_NOT_RETRY", reading = CodeReading.WILDCARD)
  String SAID_WILDCARD = "E3xx";

  /** A wildcard with nothing to stand for a character. */
  @Code(reading = CodeReading.WILDCARD, type = "DO_NOT_RETRY")
  String NOT_A_WILDCARD = "E400";
}
