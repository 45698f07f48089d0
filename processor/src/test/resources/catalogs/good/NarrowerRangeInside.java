package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** Nested ranges of different widths, and an exact code inside both: the most specific wins. */
@ErrorCatalog(
    name = "Nested",
    codePattern = "[A-Z][0-9A-Z]{3}",
    types = {@ErrorType(name = "DO_NOT_RETRY"), @ErrorType(name = "RETRY_IMMEDIATELY")})
public interface NarrowerRangeInside {

  @Code(type = "RETRY_IMMEDIATELY")
  String TARGET_UNAVAILABLE = "E2xx";

  @Code(type = "DO_NOT_RETRY")
  String TARGET_REJECTED = "E250..E259";

  @Code(type = "DO_NOT_RETRY")
  String TARGET_GONE = "E255";

  @Code(type = "RETRY_IMMEDIATELY")
  String ANY_TARGET = "E***";
}
