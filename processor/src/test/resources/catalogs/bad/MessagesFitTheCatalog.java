package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** Mistakes whose messages show the code as it is (a line break escaped) and examples of this catalog's shape. */
@ErrorCatalog(name = "Fitting", codePattern = "\\d{3}", types = @ErrorType(name = "FATAL"))
public interface MessagesFitTheCatalog {

  @Code(type = "FATAL")
  String LINE_BREAK = "40\n4";

  @Code(type = "FATAL")
  String EMPTY = "";

  @Code(type = "FATAL")
  String UNEVEN = "400..4999";

  @Code(type = "FATAL")
  int NUMERIC = 404;
}
