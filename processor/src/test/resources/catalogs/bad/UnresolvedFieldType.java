package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** A field whose type does not exist: javac reports it, and the catalog cannot be read. */
@ErrorCatalog(name = "Unresolved", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface UnresolvedFieldType {

  @Code(type = "DO_NOT_RETRY")
  String LOCKED = "E100";

  NoSuchType HELPER = null;
}
