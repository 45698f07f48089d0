package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** Problem details without the type prefix their codes follow. */
@ErrorCatalog(
    name = "NoPrefix",
    types = @ErrorType(name = "DO_NOT_RETRY"),
    envelope = @Envelope(format = Envelope.Format.PROBLEM_DETAILS))
public interface ProblemDetailsNoPrefix {

  @Code(type = "DO_NOT_RETRY")
  String ONE = "one";
}
