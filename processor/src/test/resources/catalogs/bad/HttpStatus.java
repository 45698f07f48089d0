package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Group;

/** HTTP statuses outside 100..599, on a code and on a group. */
@ErrorCatalog(name = "Statuses", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface HttpStatus {

  @Code(type = "DO_NOT_RETRY", http = 99)
  String TOO_LOW = "E099";

  @Group(type = "DO_NOT_RETRY", http = 600)
  interface Server {

    @Code
    String CRASHED = "E600";
  }
}
