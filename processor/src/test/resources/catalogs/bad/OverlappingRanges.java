package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/**
 * A wildcard and a range that cover 100 codes each and share E250..E299: neither is more specific.
 * The codePattern makes E2xx a wildcard: read as one code, its x's are no digits.
 */
@ErrorCatalog(name = "Overlapping", codePattern = "E\\d{3}", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface OverlappingRanges {

  @Code(type = "DO_NOT_RETRY")
  String TARGET_UNAVAILABLE = "E2xx";

  @Code(type = "DO_NOT_RETRY")
  String TARGET_BUSY = "E250..E349";
}
