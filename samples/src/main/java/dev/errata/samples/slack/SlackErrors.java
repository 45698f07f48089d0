package dev.errata.samples.slack;

import dev.errata.annotations.Attribute;
import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;
import dev.errata.annotations.JsonType;
import dev.errata.annotations.Outcome;
import dev.errata.annotations.Retry;

/**
 * A Slack-like Web API (api.slack.com/web#responses): every response is HTTP 200 with a boolean
 * {@code ok}; a failure adds {@code "error": "channel_not_found"}, a success that needs attention
 * adds {@code "warning": "superfluous_charset"}, and rate limiting answers 429 with {@code
 * Retry-After}. A missing scope says which scope was {@code needed} and which were {@code provided}.
 *
 * <pre>{@code
 * {"ok": false, "error": "channel_not_found"}
 * {"ok": true, "warning": "superfluous_charset"}
 * }</pre>
 */
@ErrorCatalog(
    name = "Slack",
    codePattern = "[a-z_]+",
    types = {
      @ErrorType(name = "DO_NOT_RETRY", retry = Retry.NEVER,
          descriptions = @Description("The same call will fail again: fix the request, the token or its scopes.")),
      @ErrorType(name = "RETRY", retry = Retry.IMMEDIATELY,
          descriptions = @Description("A passing failure on Slack's side: call again, backing off.")),
      @ErrorType(name = "RATE_LIMITED", retry = Retry.AFTER, after = "PT30S",
          descriptions = @Description("Too many calls: wait as long as Retry-After says before calling again.")),
      @ErrorType(name = "WARNING", outcome = Outcome.WARNING,
          descriptions = @Description("The call succeeded, but something about it should be fixed."))
    },
    unknownType = "DO_NOT_RETRY",
    envelope = @Envelope(
        code = "/error",
        description = "",
        status = "/ok",
        statusJson = JsonType.BOOLEAN,
        successStatus = "true",
        failureStatus = "false",
        warning = "/warning",
        defaultHttpStatus = 200,
        attributes = {
          @Attribute(name = "needed", pointer = "/needed"),
          @Attribute(name = "provided", pointer = "/provided")
        }))
public interface SlackErrors {

  @Code(type = "DO_NOT_RETRY")
  @Description("The value passed for channel was invalid.")
  String CHANNEL_NOT_FOUND = "channel_not_found";

  @Code(type = "DO_NOT_RETRY")
  @Description("The caller is not a member of the channel.")
  String NOT_IN_CHANNEL = "not_in_channel";

  @Code(type = "DO_NOT_RETRY")
  @Description("No authentication token provided.")
  String NOT_AUTHED = "not_authed";

  @Code(type = "DO_NOT_RETRY")
  @Description("Some aspect of authentication cannot be validated.")
  String INVALID_AUTH = "invalid_auth";

  @Code(type = "DO_NOT_RETRY")
  @Description("The token used is not granted the specific scope permissions required to complete this request.")
  String MISSING_SCOPE = "missing_scope";

  @Code(type = "RATE_LIMITED", http = 429)
  @Description("The request has been rate limited: wait as long as Retry-After says.")
  String RATELIMITED = "ratelimited";

  @Code(type = "RETRY")
  @Description("The server could not complete the operation, likely due to a transient issue.")
  String INTERNAL_ERROR = "internal_error";

  @Code(type = "RETRY")
  @Description("The server could not complete the operation, likely due to a transient issue.")
  String FATAL_ERROR = "fatal_error";

  @Code(type = "RETRY")
  @Description("The method was called via a POST request, but the POST data was either missing or truncated.")
  String REQUEST_TIMEOUT = "request_timeout";

  @Code(type = "WARNING")
  @Description("The method was called with a charset in the Content-Type header that it does not need.")
  String SUPERFLUOUS_CHARSET = "superfluous_charset";

  @Code(type = "WARNING")
  @Description("The method was called with a JSON body, but no charset in the Content-Type header.")
  String MISSING_CHARSET = "missing_charset";
}
