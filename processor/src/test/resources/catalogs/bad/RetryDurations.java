package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Retry;

/** Every way to get a retry delay wrong. */
@ErrorCatalog(
    name = "Durations",
    types = {
      @ErrorType(
          name = "IN_WORDS",
          retry = Retry.AFTER,
          after = "4 hours"),
      @ErrorType(name = "NO_DELAY", retry = Retry.AFTER),
      @ErrorType(name = "IGNORED_DELAY", retry = Retry.IMMEDIATELY, after = "PT1M"),
      @ErrorType(name = "ZERO_DELAY", retry = Retry.AFTER, after = "PT0S"),
      @ErrorType(name = "NEGATIVE_DELAY", retry = Retry.AFTER, after = "-PT1H")
    })
public interface RetryDurations {

  @Code(type = "IN_WORDS")
  String BUSY = "E500";
}
