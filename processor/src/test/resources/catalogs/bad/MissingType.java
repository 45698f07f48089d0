package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Group;

/** A code with no type of its own, in a group that gives none either. */
@ErrorCatalog(name = "Untyped", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface MissingType {

  @Group(http = 404)
  interface Lookup {

    @Code(http = 410)
    String GONE = "E410";
  }
}
