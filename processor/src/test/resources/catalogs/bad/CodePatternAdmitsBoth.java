package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/**
 * A codePattern that admits both readings of some codes: lowercase letters, digits and underscores
 * take expired_card as written and e0pired_card alike. Widening a pattern never makes Errata guess.
 */
@ErrorCatalog(name = "Wide", codePattern = "[a-z0-9_]+", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface CodePatternAdmitsBoth {

  @Code(type = "DO_NOT_RETRY")
  String CARD_DECLINED = "card_declined";

  @Code(type = "DO_NOT_RETRY")
  String EXPIRED_CARD = "expired_card";
}
