package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** Two spellings of one name: both would generate ClashTargetUnavailableException. */
@ErrorCatalog(name = "Clash", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface ConstantNameClash {

  @Code(type = "DO_NOT_RETRY")
  String TARGET_UNAVAILABLE = "E200";

  @Code(type = "DO_NOT_RETRY")
  String TargetUnavailable = "E201";
}
