package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** Code LOCKED of catalog "Trouble" generates TroubleLockedException, this interface's own name. */
@ErrorCatalog(name = "Trouble", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface TroubleLockedException {

  @Code(type = "DO_NOT_RETRY")
  String LOCKED = "E100";
}
