package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** A type named UNKNOWN in a catalog without unknownType, whose codes that match nothing get a type UNKNOWN. */
@ErrorCatalog(name = "BuiltIn", types = {@ErrorType(name = "FATAL"), @ErrorType(name = "UNKNOWN")})
public interface BuiltInType {

  @Code(type = "FATAL")
  String BROKEN = "E100";
}
