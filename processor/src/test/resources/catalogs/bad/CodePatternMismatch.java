package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** Codes are "E" and three digits, the first 0 to 5: an exact code, a range end and a wildcard miss. */
@ErrorCatalog(
    name = "Patterned",
    codePattern = "E[0-5]\\d\\d",
    types = @ErrorType(name = "DO_NOT_RETRY"))
public interface CodePatternMismatch {

  @Code(type = "DO_NOT_RETRY")
  String FINE = "E100";

  @Code(type = "DO_NOT_RETRY")
  String TOO_HIGH = "E601";

  @Code(type = "DO_NOT_RETRY")
  String RUNS_OVER = "E500..E699";

  @Code(type = "DO_NOT_RETRY")
  String LETTERS_TOO = "E*00";
}
