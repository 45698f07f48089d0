package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Group;

/** The same code name in two groups, and a group named like a code. */
@ErrorCatalog(name = "Grouped", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface GroupNameClash {

  @Code(type = "DO_NOT_RETRY")
  String LOGON = "E100";

  @Group(type = "DO_NOT_RETRY")
  interface Logon {

    @Code
    String LOCKED = "E101";
  }

  @Group(type = "DO_NOT_RETRY")
  interface Payments {

    @Code
    String LOCKED = "E201";
  }
}
