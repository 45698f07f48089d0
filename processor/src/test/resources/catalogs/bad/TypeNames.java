package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Retry;

/** A type name that is not a Java identifier, and a type declared twice. */
@ErrorCatalog(
    name = "TypeNames",
    types = {
      @ErrorType(name = "DO NOT RETRY"),
      @ErrorType(name = "RETRY_IMMEDIATELY", retry = Retry.IMMEDIATELY),
      @ErrorType(name = "RETRY_IMMEDIATELY", retry = Retry.NEVER)
    })
public interface TypeNames {

  @Code(type = "DO NOT RETRY")
  String LOCKED = "E100";

  @Code(type = "RETRY_IMMEDIATELY")
  String BUSY = "E200";
}
