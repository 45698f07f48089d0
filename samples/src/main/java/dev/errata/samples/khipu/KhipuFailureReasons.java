package dev.errata.samples.khipu;

import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.Group;
import dev.errata.annotations.Retry;

/**
 * Khipu's {@code FailureReason} values, sent with {@code Status: "ERROR"} and a {@code Message}. The
 * groups keep what the docs say of alerting: every reason but TASK_FINISHED and LIFESPAN_EXCEEDED is
 * alerted in real time to Khipu's team, who fix the cause.
 */
@ErrorCatalog(
    name = "KhipuFailure",
    codePattern = "[A-Z_]+",
    types = {
      @ErrorType(name = "DO_NOT_RETRY", retry = Retry.NEVER),
      @ErrorType(name = "RETRY_IMMEDIATELY", retry = Retry.IMMEDIATELY),
      @ErrorType(name = "WAIT_4_HOURS_BEFORE_RETRY", retry = Retry.AFTER, after = "PT4H")
    },
    unknownType = "DO_NOT_RETRY",
    envelope = @Envelope(
        code = "/FailureReason",
        description = "/Message",
        status = "/Status",
        successStatus = "OK",
        failureStatus = "ERROR",
        correlationId = "/OperationId",
        defaultHttpStatus = 200))
public interface KhipuFailureReasons {

  /** Controlled failures, not alerted to Khipu's team: the cause is on the caller's side or in time. */
  @Description("Controlled failures; Khipu's team is not alerted.")
  interface NotAlerted {

    @Code(type = "DO_NOT_RETRY")
    @Description("The API met a controlled error while connecting to the data source (for example, an unexpected character or a bad credential).")
    String TASK_FINISHED = "TASK_FINISHED";

    @Code(type = "RETRY_IMMEDIATELY")
    @Description("An asynchronous request could not be processed inside the configured time range (its LifeSpan).")
    String LIFESPAN_EXCEEDED = "LIFESPAN_EXCEEDED";
  }

  /** Failures alerted in real time to Khipu's team, who act on them (fix the processor, deploy). */
  @Group(type = "WAIT_4_HOURS_BEFORE_RETRY")
  @Description("Failures alerted in real time to Khipu's team, who act on them.")
  interface Alerted {

    @Code
    @Description("The response from post processor is not valid or could not be parsed. This is an error in communication between services.")
    String PARSER_ERROR = "PARSER_ERROR";

    @Code(type = "RETRY_IMMEDIATELY")
    @Description("The post processing service is not available.")
    String PARSER_ERROR_NOT_AVAILABLE = "PARSER_ERROR_NOT_AVAILABLE";

    @Code
    @Description("The post processing service failed parsing data: the data source sent information that is not yet handled by the post processor (a change in naming, values or data types).")
    String PARSER_ERROR_INTERNAL_ERROR = "PARSER_ERROR_INTERNAL_ERROR";

    @Code
    @Description("The API could not finish the requested task, as it encountered an unexpected scenario.")
    String TASK_DUMPED = "TASK_DUMPED";
  }
}
