package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** codePattern is not a regular expression. */
@ErrorCatalog(
    name = "BadPattern",
    codePattern = "[A-Z\\d{3}",
    types = @ErrorType(name = "DO_NOT_RETRY"))
public interface CodePatternSyntax {

  @Code(type = "DO_NOT_RETRY")
  String NOT_FOUND = "E404";
}
