package dev.errata.catalog;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.time.Duration;
import java.util.LinkedHashMap;
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
  private final ObjectMapper mapper;
  private final JsonPointer code;
  private final JsonPointer type;
  private final JsonPointer description;
  private final JsonPointer status;
  private final JsonPointer correlationId;
  private final JsonPointer warning;
  private final JsonPointer httpStatus;
  private final Map<String, JsonPointer> attributes = new LinkedHashMap<>();

  /**
   * A writer of {@code format} through {@code mapper}.
   *
   * @throws IllegalArgumentException if a pointer of the format is not a JSON Pointer
   */
  EnvelopeWriter(EnvelopeFormat format, ObjectMapper mapper) {
    this.format = format;
    this.mapper = mapper;
    this.code = format.codeIsHttpStatus() ? null : pointer(format.code());
    this.type = pointer(format.type());
    this.description = pointer(format.description());
    this.status = pointer(format.status());
    this.correlationId = pointer(format.correlationId());
    this.warning = pointer(format.warning());
    this.httpStatus = pointer(format.httpStatus());
    format.attributes().forEach((name, pointer) -> attributes.put(name, pointer(pointer)));
  }

  private static JsonPointer pointer(String pointer) {
    return pointer.isEmpty() ? null : JsonPointer.compile(pointer);
  }

  /**
   * The response a server sends for {@code exception}: its HTTP status (else the code itself when the
   * status is the code, else the format's default), the envelope with the status field its type's
   * outcome calls for, and a {@code Retry-After} when the advice is to wait. An attribute that is the
   * compact JSON text of an object or array, as decoding keeps one, is written as that object or array.
   */
  EncodedError write(CatalogException exception) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
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
      body = mapper.writeValueAsBytes(envelope(exception, true));
    } catch (JsonProcessingException tooDeep) {
      // An attribute written as JSON took the body past the writer's depth limit: send the attributes as text.
      try {
        body = mapper.writeValueAsBytes(envelope(exception, false));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("a tree of strings could not be written as JSON", e);
      }
    }
    return new EncodedError(httpStatusOf(exception), headers, body);
  }

  private ObjectNode envelope(CatalogException exception, boolean attributesAsJson) {
    ObjectNode root = mapper.createObjectNode();
    Outcome outcome = exception.type().outcome();
    if (warning != null && outcome == Outcome.WARNING) {
      // A warning goes where the provider names it (Slack's "warning"), in a body that says success.
      put(root, warning, exception.code());
    } else if (code != null && !exception.code().isEmpty()) {
      // An entry of HTTP statuses alone has no code: the status says it, and decoding types it by that.
      put(root, code, typed(exception.code(), format.codeJson()));
    }
    put(root, type, exception.type().name());
    put(root, description, exception.description().isEmpty() ? null : exception.description());
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
      put(root, httpStatus, IntNode.valueOf(httpStatusOf(exception)));
    }
    put(root, correlationId, exception.correlationId());
    attributes.forEach((name, pointer) -> {
      String value = exception.attribute(name);
      if (value != null) {
        JsonType json = format.attributeJson(name);
        put(root, pointer, !attributesAsJson ? TextNode.valueOf(value)
            : json == JsonType.STRING ? attributeNode(value) : typed(value, json));
      }
    });
    return root;
  }

  /**
   * An attribute as it goes on the wire. Decoding keeps an object or array (KeyBank's ServiceError) as
   * its compact JSON text; written as a string, it would reach other clients as one. Only text that is
   * exactly the compact form of an object or array is turned back, so decoding gives the same text.
   */
  private JsonNode attributeNode(String value) {
    if (value.startsWith("{") || value.startsWith("[")) {
      try {
        JsonNode node = mapper.readTree(value);
        if (node != null && node.isContainerNode() && mapper.writeValueAsString(node).equals(value)) {
          return node;
        }
      } catch (JsonProcessingException e) {
        // Not JSON, or over a limit: it stays a string.
      }
    }
    return TextNode.valueOf(value);
  }

  /**
   * A value as the JSON type the envelope declares: decoding reads a number or boolean as its text, so
   * only text that reads back the same is written as one; anything else (an unknown code received as
   * text) stays a string.
   */
  private static JsonNode typed(String value, JsonType json) {
    switch (json) {
      case NUMBER:
        if (NUMBER.matcher(value).matches()) {
          return BigIntegerNode.valueOf(new BigInteger(value));
        }
        break;
      case BOOLEAN:
        if (value.equals("true") || value.equals("false")) {
          return BooleanNode.valueOf(Boolean.parseBoolean(value));
        }
        break;
      default:
        break;
    }
    return TextNode.valueOf(value);
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
  private static void put(ObjectNode root, JsonPointer pointer, String value) {
    if (value != null) {
      put(root, pointer, TextNode.valueOf(value));
    }
  }

  /** Sets a value at a pointer, creating the objects on the way. */
  private static void put(ObjectNode root, JsonPointer pointer, JsonNode value) {
    if (pointer == null) {
      return;
    }
    ObjectNode at = root;
    JsonPointer rest = pointer;
    while (!rest.tail().matches()) {
      String property = rest.getMatchingProperty();
      JsonNode child = at.get(property);
      at = child instanceof ObjectNode object ? object : at.putObject(property);
      rest = rest.tail();
    }
    at.set(rest.getMatchingProperty(), value);
  }
}
