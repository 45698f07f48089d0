package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Group;

/** @Group on a nested class, which cannot be a group, with a code in it. */
@ErrorCatalog(name = "Classes", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface GroupNotInterface {

  @Code(type = "DO_NOT_RETRY")
  String LOCKED = "E100";

  @Group(type = "DO_NOT_RETRY")
  final class Server {

    /** Part of the same mistake: reported with the group, not on its own. */
    @Code
    static final String CRASHED = "E500";

    private Server() {}
  }
}
