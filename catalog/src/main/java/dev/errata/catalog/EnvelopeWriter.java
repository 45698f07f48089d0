package dev.errata.catalog;

import dev.errata.catalog.JsonTokens.Token;
import dev.errata.catalog.JsonValue.Scalar;
import dev.errata.catalog.PointerTree.Target;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes typed exceptions as the response a server sends: the HTTP status, the headers, and the
 * envelope an {@link EnvelopeFormat} lays out, each field at its pointer. Immutable and thread-safe.
 */
final class EnvelopeWriter {

  private static final String CONTENT_TYPE = "Content-Type";

  private final EnvelopeFormat format;
  private final JsonBackend json;
  private final PointerTree pointers = new PointerTree();
  private final Target code;
  private final Target title;
  private final Target warning;
  private final Target type;
  private final Target description;
  private final Target status;
  private final Target httpStatus;
  private final Target correlationId;
  private final Map<String, Target> attributes = new LinkedHashMap<>();
  private final EnvelopeLayout layout;
  /** The headers of every response that has no {@code Retry-After}, retry or correlation id header. */
  private final Map<String, String> contentTypeOnly;

  /**
   * A writer of {@code format} with {@code json}, within whose limits an attribute's JSON text is read
   * back.
   *
   * @throws IllegalArgumentException if a pointer of the format is not a JSON Pointer
   */
  EnvelopeWriter(EnvelopeFormat format, JsonBackend json) {
    this.format = format;
    this.json = json;
    // In the order the fields are set: a member of the body comes where the first field below it is set.
    this.code = pointers.add(format.codeIsHttpStatus() ? "" : format.code(), "code", false);
    // A problem detail's title, which only a problem-details format writes.
    this.title = pointers.add(format.isProblemDetails() ? "/title" : "", "title", false);
    this.warning = pointers.add(format.warning(), "warning", false);
    this.type = pointers.add(format.type(), "type", false);
    this.description = pointers.add(format.description(), "description", false);
    this.status = pointers.add(format.status(), "status", false);
    this.httpStatus = pointers.add(format.httpStatus(), "HTTP status", false);
    this.correlationId = pointers.add(format.correlationId(), "correlation id", false);
    format.attributes().forEach((name, pointer) -> attributes.put(name, pointers.add(pointer, name, true)));
    this.layout = new EnvelopeLayout(pointers);
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(CONTENT_TYPE, contentType(format));
    this.contentTypeOnly = Collections.unmodifiableMap(headers);
  }

  private static String contentType(EnvelopeFormat format) {
    return format.isProblemDetails() ? ProblemDetails.MEDIA_TYPE : "application/json";
  }

  /**
   * The response a server sends for {@code exception}: its HTTP status (else the code itself when the
   * status is the code, else the format's default), the envelope with the status field its type's
   * outcome calls for, and a {@code Retry-After} when the advice is to wait. An attribute that is the
   * compact JSON text of an object or array, as decoding keeps one, is written as that object or array.
   */
  EncodedError write(CatalogException exception, Locale locale) {
    byte[] body;
    try {
      body = json.write(layout.body(values(exception, locale, true)));
    } catch (JsonException tooDeep) {
      // An attribute written as JSON took the body past the writer's depth limit: send the attributes as text.
      try {
        body = json.write(layout.body(values(exception, locale, false)));
      } catch (JsonException e) {
        throw new IllegalStateException("a tree of strings could not be written as JSON", e);
      }
    }
    return new EncodedError(httpStatusOf(exception), headers(exception), body);
  }

  /** The response's headers, unmodifiable. */
  private Map<String, String> headers(CatalogException exception) {
    RetryAdvice retry = exception.retry();
    boolean retryAfter = retry.kind() == RetryAdvice.Kind.AFTER;
    boolean correlated = !format.correlationIdHeader().isEmpty() && exception.correlationId() != null;
    if (!retryAfter && format.retryHeader().isEmpty() && !correlated) {
      return contentTypeOnly;
    }
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(CONTENT_TYPE, contentType(format));
    if (retryAfter) {
      Duration delay = retry.delay().orElseThrow();
      headers.put(RetryAfter.HEADER, RetryAfter.format(delay));
    }
    if (!format.retryHeader().isEmpty()) {
      headers.put(format.retryHeader(), Boolean.toString(retry.isRetryable()));
    }
    if (correlated) {
      headers.put(format.correlationIdHeader(), exception.correlationId());
    }
    return Collections.unmodifiableMap(headers);
  }

  /** The value of each field, by target index, as {@link EnvelopeLayout#body} takes them. */
  private Object[] values(CatalogException exception, Locale locale, boolean attributesAsJson) {
    Object[] values = new Object[pointers.targets().size()];
    Outcome outcome = exception.type().outcome();
    String text = exception.report().description() != null || locale == null
        ? exception.description()
        : exception.errorCode().description(locale);
    if (format.isProblemDetails()) {
      // RFC 9457: the type names the entry (about:blank one of statuses alone), the title is its
      // description, the detail the occurrence's own.
      set(values, code, ProblemDetails.type(exception.code(), format.typePrefix()));
      set(values, title, ProblemDetails.title(exception, locale, httpStatusOf(exception)));
      text = exception.report().description();
    } else if (warning != null && outcome == Outcome.WARNING) {
      // A warning goes where the provider names it (Slack's "warning"), in a body that says success.
      set(values, warning, exception.code());
    } else if (code != null && !exception.code().isEmpty()) {
      // An entry of HTTP statuses alone has no code: the status says it, and decoding types it by that.
      set(values, code, typed(exception.code(), format.codeJson()));
    }
    set(values, type, exception.type().name());
    set(values, description, text == null || text.isEmpty() ? null : text);
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
      set(values, status, typed(bodyStatus, format.statusJson()));
    }
    if (httpStatus != null) {
      set(values, httpStatus, new Scalar(Token.NUMBER, Integer.toString(httpStatusOf(exception))));
    }
    set(values, correlationId, exception.correlationId());
    attributes.forEach((name, target) -> {
      String value = exception.attribute(name);
      if (value != null) {
        JsonType type = format.attributeJson(name);
        set(values, target, !attributesAsJson ? value
            : type == JsonType.STRING ? attributeNode(value) : typed(value, type));
      }
    });
    return values;
  }

  /** Sets a field's value (a string or a {@link JsonValue}); nothing for {@code null}, or a field the format has not. */
  private static void set(Object[] values, Target target, Object value) {
    if (target != null && value != null) {
      values[target.index()] = value;
    }
  }

  /**
   * An attribute as it goes on the wire. Decoding keeps an object or array (KeyBank's ServiceError) as
   * its compact JSON text; written as a string, it would reach other clients as one. Only text that is
   * exactly the compact form of an object or array is turned back, so decoding gives the same text.
   */
  private Object attributeNode(String value) {
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
    return value;
  }

  /**
   * A value as the JSON type the envelope declares: decoding reads a number or boolean as its text, so
   * only text that reads back the same is written as one; anything else (an unknown code received as
   * text) stays a string.
   */
  private static Object typed(String value, JsonType json) {
    switch (json) {
      case NUMBER:
        if (isWholeNumber(value)) {
          return new Scalar(Token.NUMBER, value);
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
    return value;
  }

  /**
   * Whether {@code value} is a whole number that decoding reads back as the same text: no sign but a
   * leading minus, no leading zeros, no "-0" (so "007", "+1" and "-0" stay strings), at most 100 digits.
   */
  static boolean isWholeNumber(String value) {
    int first = value.startsWith("-") ? 1 : 0;
    int digits = value.length() - first;
    if (digits < 1 || digits > 100 || (value.charAt(first) == '0' && (digits > 1 || first == 1))) {
      return false;
    }
    for (int i = first; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
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
}
