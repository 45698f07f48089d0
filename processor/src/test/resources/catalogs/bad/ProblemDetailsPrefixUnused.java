package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** A type prefix on an envelope of pointers, which reads none. */
@ErrorCatalog(
    name = "PrefixUnused",
    types = @ErrorType(name = "DO_NOT_RETRY"),
    envelope = @Envelope(typePrefix = "https://example.com/probs/"))
public interface ProblemDetailsPrefixUnused {

  @Code(type = "DO_NOT_RETRY")
  String ONE = "one";
}
