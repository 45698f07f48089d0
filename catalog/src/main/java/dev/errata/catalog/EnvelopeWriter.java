package dev.errata.catalog;

import dev.errata.catalog.JsonTokens.Token;
import dev.errata.catalog.JsonValue.ObjectValue;
import dev.errata.catalog.JsonValue.Scalar;
import java.nio.charset.StandardCharsets;
import java.math.BigInteger;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes typed exceptions as the response a server sends: the HTTP status, the headers, and the
 * envelope an {@link EnvelopeFormat} lays out, each field at its pointer. Immutable and thread-safe.
 */
final class EnvelopeWriter {

  /**
   * A whole number that decoding reads back as the same text: no sign but a leading minus, no leading
   * zeros, no "-0" (so "007", "+1" and "-0" stay strings).
   */
  private static final Pattern NUMBER = Pattern.compile("0|-?[1-9][0-9]{0,99}");

  private final EnvelopeFormat format;
  private final JsonBackend json;
  private final List<String> code;
  private final List<String> type;
  private final List<String> description;
  private final List<String> status;
  private final List<String> correlationId;
  private final List<String> warning;
  private final List<String> httpStatus;
  private final Map<String, List<String>> attributes = new LinkedHashMap<>();

  /** A problem detail's {@code title}, which only {@link EnvelopeFormat#isProblemDetails()} writes. */
  private static final List<String> TITLE = List.of("title");

  /**
   * A writer of {@code format} with {@code json}, within whose limits an attribute's JSON text is read
   * back.
   *
   * @throws IllegalArgumentException if a pointer of the format is not a JSON Pointer
   */
  EnvelopeWriter(EnvelopeFormat format, JsonBackend json) {
    this.format = format;
    this.json = json;
    this.code = format.codeIsHttpStatus() ? null : pointer(format.code());
    this.type = pointer(format.type());
    this.description = pointer(format.description());
    this.status = pointer(format.status());
    this.correlationId = pointer(format.correlationId());
    this.warning = pointer(format.warning());
    this.httpStatus = pointer(format.httpStatus());
    format.attributes().forEach((name, pointer) -> attributes.put(name, pointer(pointer)));
  }

  private static List<String> pointer(String pointer) {
    return pointer.isEmpty() ? null : PointerTree.segments(pointer);
  }

  /**
   * The response a server sends for {@code exception}: its HTTP status (else the code itself when the
   * status is the code, else the format's default), the envelope with the status field its type's
   * outcome calls for, and a {@code Retry-After} when the advice is to wait. An attribute that is the
   * compact JSON text of an object or array, as decoding keeps one, is written as that object or array.
   */
  EncodedError write(CatalogException exception, Locale locale) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", format.isProblemDetails() ? ProblemDetails.MEDIA_TYPE : "application/json");
    RetryAdvice retry = exception.retry();
    if (retry.kind() == RetryAdvice.Kind.AFTER) {
      Duration delay = retry.delay().orElseThrow();
      headers.put(RetryAfter.HEADER, RetryAfter.format(delay));
    }
    if (!format.retryHeader().isEmpty()) {
      headers.put(format.retryHeader(), Boolean.toString(retry.isRetryable()));
    }
    if (!format.correlationIdHeader().isEmpty() && exception.correlationId() != null) {
      headers.put(format.correlationIdHeader(), exception.correlationId());
    }
    byte[] body;
    try {
      body = json.write(envelope(exception, locale, true));
    } catch (JsonException tooDeep) {
      // An attribute written as JSON took the body past the writer's depth limit: send the attributes as text.
      try {
        body = json.write(envelope(exception, locale, false));
      } catch (JsonException e) {
        throw new IllegalStateException("a tree of strings could not be written as JSON", e);
      }
    }
    return new EncodedError(httpStatusOf(exception), headers, body);
  }

  private ObjectValue envelope(CatalogException exception, Locale locale, boolean attributesAsJson) {
    ObjectValue root = new ObjectValue();
    Outcome outcome = exception.type().outcome();
    String text = exception.report().description() != null || locale == null
        ? exception.description()
        : exception.errorCode().description(locale);
    if (format.isProblemDetails()) {
      // RFC 9457: the type names the entry (about:blank one of statuses alone), the title is its
      // description, the detail the occurrence's own.
      put(root, code, ProblemDetails.type(exception.code(), format.typePrefix()));
      put(root, TITLE, ProblemDetails.title(exception, locale, httpStatusOf(exception)));
      text = exception.report().description();
    } else if (warning != null && outcome == Outcome.WARNING) {
      // A warning goes where the provider names it (Slack's "warning"), in a body that says success.
      put(root, warning, exception.code());
    } else if (code != null && !exception.code().isEmpty()) {
      // An entry of HTTP statuses alone has no code: the status says it, and decoding types it by that.
      put(root, code, typed(exception.code(), format.codeJson()));
    }
    put(root, type, exception.type().name());
    put(root, description, text == null || text.isEmpty() ? null : text);
    // The body's status must agree with the type's outcome: decode reads it first, so a success-typed
    // entry (KeyBank's 200) written with the failure status would come back as a failure.
    String bodyStatus = switch (outcome) {
      case SUCCESS -> format.successStatus();
      case WARNING -> warning != null && format.warningStatus().isEmpty()
          ? format.successStatus()
          : format.warningStatus();
      case FAILURE -> format.failureStatus();
    };
    if (!bodyStatus.isEmpty()) {
      put(root, status, typed(bodyStatus, format.statusJson()));
    }
    if (httpStatus != null) {
      put(root, httpStatus, new Scalar(Token.NUMBER, Integer.toString(httpStatusOf(exception))));
    }
    put(root, correlationId, exception.correlationId());
    attributes.forEach((name, pointer) -> {
      String value = exception.attribute(name);
      if (value != null) {
        JsonType type = format.attributeJson(name);
        put(root, pointer, !attributesAsJson ? Scalar.string(value)
            : type == JsonType.STRING ? attributeNode(value) : typed(value, type));
      }
    });
    return root;
  }

  /**
   * An attribute as it goes on the wire. Decoding keeps an object or array (KeyBank's ServiceError) as
   * its compact JSON text; written as a string, it would reach other clients as one. Only text that is
   * exactly the compact form of an object or array is turned back, so decoding gives the same text.
   */
  private JsonValue attributeNode(String value) {
    if (value.startsWith("{") || value.startsWith("[")) {
      try (JsonTokens tokens = json.tokens(value.getBytes(StandardCharsets.UTF_8))) {
        if (tokens.next() != null) {
          JsonValue node = JsonValue.read(tokens);
          if (node.isContainer() && new String(json.write(node), StandardCharsets.UTF_8).equals(value)) {
            return node;
          }
        }
      } catch (JsonException e) {
        // Not JSON, or over a limit: it stays a string.
      }
    }
    return Scalar.string(value);
  }

  /**
   * A value as the JSON type the envelope declares: decoding reads a number or boolean as its text, so
   * only text that reads back the same is written as one; anything else (an unknown code received as
   * text) stays a string.
   */
  private static JsonValue typed(String value, JsonType json) {
    switch (json) {
      case NUMBER:
        if (NUMBER.matcher(value).matches()) {
          return new Scalar(Token.NUMBER, new BigInteger(value).toString());
        }
        break;
      case BOOLEAN:
        if (value.equals("true") || value.equals("false")) {
          return new Scalar(value.equals("true") ? Token.TRUE : Token.FALSE, value);
        }
        break;
      default:
        break;
    }
    return Scalar.string(value);
  }

  private int httpStatusOf(CatalogException exception) {
    if (exception.httpStatus() != 0) {
      return exception.httpStatus();
    }
    if (format.codeIsHttpStatus() && exception.code() != null) {
      try {
        int fromCode = Integer.parseInt(exception.code());
        if (fromCode >= 100 && fromCode <= 599) {
          return fromCode;
        }
      } catch (NumberFormatException e) {
        // Not a status: fall through to the default.
      }
    }
    return format.defaultHttpStatus();
  }

  /** Sets a string at a pointer, creating the objects on the way. */
  private static void put(ObjectValue root, List<String> pointer, String value) {
    if (value != null) {
      put(root, pointer, Scalar.string(value));
    }
  }

  /** Sets a value at a pointer, creating the objects on the way. */
  private static void put(ObjectValue root, List<String> pointer, JsonValue value) {
    if (pointer == null) {
      return;
    }
    ObjectValue at = root;
    for (String property : pointer.subList(0, pointer.size() - 1)) {
      if (at.members().get(property) instanceof ObjectValue object) {
        at = object;
      } else {
        ObjectValue created = new ObjectValue();
        at.members().put(property, created);
        at = created;
      }
    }
    at.members().put(pointer.get(pointer.size() - 1), value);
  }
}
