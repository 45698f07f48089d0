package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Group;

/** Generated names that types of the package already have. */
@ErrorCatalog(name = "Exists", types = @ErrorType(name = "FATAL"))
public interface TypeExists {

  @Code(type = "FATAL")
  String BROKEN = "E100";

  @Group(type = "FATAL")
  interface Orders {

    @Code
    String LOST = "E200";
  }
}

/** Written by hand, before the catalog. */
final class ExistsMatcher {
  private ExistsMatcher() {}
}

/** Also written by hand. */
final class ExistsOrdersException {
  private ExistsOrdersException() {}
}
