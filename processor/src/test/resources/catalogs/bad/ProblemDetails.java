package test;

import dev.errata.annotations.Attribute;
import dev.errata.annotations.Code;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/**
 * A problem details envelope with a relative type prefix, a code pointer the format fixes, an attribute
 * on one of its members, and a code that is no URI path segment.
 */
@ErrorCatalog(
    name = "Problems",
    types = @ErrorType(name = "DO_NOT_RETRY"),
    envelope = @Envelope(
        format = Envelope.Format.PROBLEM_DETAILS,
        typePrefix = "problems/",
        code = "/error/code",
        attributes = @Attribute(name = "title", pointer = "/title")))
public interface ProblemDetails {

  @Code(type = "DO_NOT_RETRY")
  String NESTED = "credit/out";
}
