package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.CodeReading;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** Two wildcards of 62 codes each that both match E11; without a codePattern, each says it is one. */
@ErrorCatalog(name = "OverlappingWildcards", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface OverlappingWildcards {

  @Code(type = "DO_NOT_RETRY", reading = CodeReading.WILDCARD)
  String ANY_ENDING_IN_ONE = "E*1";

  @Code(type = "DO_NOT_RETRY", reading = CodeReading.WILDCARD)
  String ANY_AFTER_ONE = "E1*";
}
