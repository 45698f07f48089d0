package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.HttpStatus;

/** HTTP statuses that are none, claims of one status that nothing decides between, and a double mark. */
@ErrorCatalog(name = "Statuses", types = @ErrorType(name = "FATAL"))
public interface Statuses {

  @Code(type = "FATAL", http = 400, forHttpStatus = "400")
  String INVALID = "E400";

  @Code(type = "FATAL", http = 400,
      forHttpStatus = {"409", "400"})
  String FAILED = "E401";

  @Code(type = "FATAL",
      forHttpStatus = "5x")
  String HALF = "E500";

  @Code(type = "FATAL", forHttpStatus = {"404",
      "4x4"})
  String HALVES = "E501";

  @HttpStatus(type = "FATAL")
  String SERVER = "5xx";

  @HttpStatus(type = "FATAL")
  String ALSO_SERVER = "500..599";

  @HttpStatus(type = "FATAL")
  String TOO_HIGH = "600";

  @Code(type = "FATAL") @HttpStatus(type = "FATAL") String BOTH = "E600";
}
