package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.HttpStatus;

/** KeyBank-like: the status is the code, so nothing stands for a status alone. */
@ErrorCatalog(
    name = "StatusCoded",
    codePattern = "\\d{3}",
    types = @ErrorType(name = "FATAL"),
    envelope = @Envelope(code = Envelope.HTTP_STATUS))
public interface StatusIsCode {

  @Code(type = "FATAL")
  String NOT_FOUND = "404";

  @HttpStatus(type = "FATAL")
  String SERVER = "5xx";
}
