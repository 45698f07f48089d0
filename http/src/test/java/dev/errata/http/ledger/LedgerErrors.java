package dev.errata.http.ledger;

import dev.errata.annotations.Code;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Outcome;
import dev.errata.annotations.Retry;

/**
 * The catalog of a made-up ledger API the client tests call: codes in the body, errors and warnings
 * inside HTTP 200 as well as with error statuses, each kind of retry advice.
 */
@ErrorCatalog(
    name = "Ledger",
    codePattern = "[A-Z]\\d{3}",
    types = {
      @ErrorType(name = "FATAL", retry = Retry.NEVER),
      @ErrorType(name = "TRANSIENT", retry = Retry.IMMEDIATELY),
      @ErrorType(name = "SLOW_DOWN", retry = Retry.AFTER, after = "PT2S"),
      @ErrorType(name = "LATER", retry = Retry.AFTER, after = "PT4H"),
      @ErrorType(name = "NOTICE", outcome = Outcome.WARNING)
    },
    unknownType = "FATAL",
    envelope = @Envelope(
        code = "/error/code",
        type = "/error/type",
        description = "/error/message",
        status = "/status",
        successStatus = "ok",
        warningStatus = "warning",
        failureStatus = "error",
        correlationId = "/requestId"))
public interface LedgerErrors {

  @Code(type = "FATAL", http = 401)
  String UNAUTHORIZED = "A401";

  @Code(type = "TRANSIENT", http = 503)
  String UNAVAILABLE = "S503";

  @Code(type = "SLOW_DOWN", http = 429)
  String RATE_LIMITED = "R429";

  @Code(type = "LATER")
  String BATCH_CLOSED = "B100..B199";

  @Code(type = "NOTICE")
  String DEPRECATED = "W001";
}
