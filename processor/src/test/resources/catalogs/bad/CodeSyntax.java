package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** Range ends that differ in prefix or width, a code with a space, an empty code. */
@ErrorCatalog(name = "Syntax", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface CodeSyntax {

  @Code(type = "DO_NOT_RETRY")
  String PREFIXES_DIFFER = "E100..F199";

  @Code(type = "DO_NOT_RETRY")
  String WIDTHS_DIFFER = "E100..E1999";

  @Code(type = "DO_NOT_RETRY")
  String SPACED = "E100 - E199";

  @Code(type = "DO_NOT_RETRY")
  String EMPTY = "";
}
