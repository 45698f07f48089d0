package dev.errata.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads failed HTTP responses into {@link ErrorReport}s and writes typed exceptions back as the
 * catalog's envelope, as an {@link EnvelopeFormat} lays it out. Decoding never throws: bodies that are
 * empty, not JSON, truncated, over a {@link DecodeLimits limit}, or of unexpected shape give a report
 * that keeps the status and raw body and says what went wrong in {@link ErrorReport#problem()}. Only
 * trees are read (no data binding, no polymorphic typing from input). Immutable and thread-safe.
 */
public final class EnvelopeCodec {

  private static final String RETRY_AFTER = "Retry-After";

  /**
   * How deep an attribute may be to be kept as JSON text (Jackson's default): Jackson reads trees without
   * recursion but writes them with it, so this bound holds whatever {@link DecodeLimits} allow.
   */
  private static final int MAX_WRITE_DEPTH = 1_000;

  private final EnvelopeFormat format;
  private final DecodeLimits limits;
  private final Clock clock;
  private final ObjectMapper mapper;
  private final JsonPointer code;
  private final JsonPointer type;
  private final JsonPointer description;
  private final JsonPointer status;
  private final JsonPointer correlationId;
  private final Map<String, JsonPointer> attributes = new LinkedHashMap<>();

  /** A codec with the default limits and the system clock (for {@code Retry-After} dates). */
  public EnvelopeCodec(EnvelopeFormat format) {
    this(format, DecodeLimits.DEFAULT, Clock.systemUTC());
  }

  /**
   * A codec with the given limits and clock.
   *
   * @throws IllegalArgumentException if a pointer of the format is not a JSON Pointer
   */
  public EnvelopeCodec(EnvelopeFormat format, DecodeLimits limits, Clock clock) {
    this.format = Objects.requireNonNull(format, "format");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.clock = Objects.requireNonNull(clock, "clock");
    JsonFactory factory = JsonFactory.builder()
        // Interning puts every key of every body in the JVM-wide string table; keys of hostile bodies
        // are as many and as varied as the sender likes, and interning 50,000 of them made a parse
        // several times slower.
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxDocumentLength(limits.maxBodyBytes())
            .build())
        .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_WRITE_DEPTH).build())
        .build();
    this.mapper = new ObjectMapper(factory);
    this.code = format.codeIsHttpStatus() ? null : pointer(format.code());
    this.type = pointer(format.type());
    this.description = pointer(format.description());
    this.status = pointer(format.status());
    this.correlationId = pointer(format.correlationId());
    format.attributes().forEach((name, pointer) -> attributes.put(name, pointer(pointer)));
  }

  private static JsonPointer pointer(String pointer) {
    return pointer.isEmpty() ? null : JsonPointer.compile(pointer);
  }

  /** The same codec with other limits. */
  public EnvelopeCodec withLimits(DecodeLimits limits) {
    return new EnvelopeCodec(format, limits, clock);
  }

  /** The envelope layout. */
  public EnvelopeFormat format() {
    return format;
  }

  /** The decoding limits. */
  public DecodeLimits limits() {
    return limits;
  }

  /**
   * Decodes a response: a failure (any non-2xx status; a 2xx whose body status or code says so, or
   * whose body is not JSON when the code lives in the body), a warning, or a success. A body over a
   * {@link DecodeLimits limit} is not proof of failure: a large 2xx without a status says success.
   * Never throws for any input.
   *
   * @param httpStatus the response's HTTP status
   * @param body the raw body, {@code null} for none
   * @param headers the response headers (names in any case), {@code null} for none
   * @param toException the catalog's {@code Matcher::toException}
   */
  public <E extends CatalogException> Decoded<E> decode(
      int httpStatus,
      byte[] body,
      Map<String, List<String>> headers,
      Function<ErrorReport, E> toException) {
    Reading reading = reading(httpStatus, body, headers);
    ErrorReport report = reading.report();
    boolean successful = httpStatus >= 200 && httpStatus <= 299;
    if (!successful) {
      return new Decoded.Failure<>(toException.apply(report));
    }
    String bodyStatus = report.bodyStatus();
    if (bodyStatus != null) {
      if (bodyStatus.equals(format.successStatus())) {
        return new Decoded.Success<>(report);
      }
      E exception = toException.apply(report);
      return bodyStatus.equals(format.warningStatus())
          ? new Decoded.Warning<>(exception)
          : new Decoded.Failure<>(exception);
    }
    if (report.code() == null) {
      // A truncated or non-JSON 2xx body cannot say the request went well; one too big to read can.
      return reading.malformed() && !format.codeIsHttpStatus()
          ? new Decoded.Failure<>(toException.apply(report))
          : new Decoded.Success<>(report);
    }
    E exception = toException.apply(report);
    Outcome outcome = exception.type() == null ? Outcome.FAILURE : exception.type().outcome();
    if (outcome == Outcome.SUCCESS || (format.codeIsHttpStatus() && exception.errorCode().isUnknown())) {
      // A 2xx status the catalog does not know is a success, not an unknown error.
      return new Decoded.Success<>(report);
    }
    return outcome == Outcome.WARNING
        ? new Decoded.Warning<>(exception)
        : new Decoded.Failure<>(exception);
  }

  /**
   * Reads what the envelope says of a response, whatever its body: never throws.
   *
   * @param httpStatus the response's HTTP status
   * @param body the raw body, {@code null} for none
   * @param headers the response headers (names in any case), {@code null} for none
   */
  public ErrorReport read(int httpStatus, byte[] body, Map<String, List<String>> headers) {
    return reading(httpStatus, body, headers).report();
  }

  /** A report, and whether its body was malformed (not JSON, truncated), not merely over a limit. */
  private record Reading(ErrorReport report, boolean malformed) {}

  /** The mutable state of one parse: the tree, if any, and whether the body was malformed. */
  private static final class Parse {
    private JsonNode root;
    private boolean malformed;
  }

  private Reading reading(int httpStatus, byte[] body, Map<String, List<String>> headers) {
    byte[] raw = body == null ? new byte[0] : body;
    ErrorReport.Builder report = ErrorReport.builder().httpStatus(httpStatus).body(raw);
    List<String> problems = new ArrayList<>();
    if (format.codeIsHttpStatus()) {
      report.code(Integer.toString(httpStatus));
    }
    report.retryAfter(retryAfter(headers, problems));
    Parse parse = parse(raw, problems);
    JsonNode root = parse.root;
    if (root != null) {
      if (code != null) {
        report.code(text(root, code, "code", problems));
      }
      report.type(text(root, type, "type", problems))
          .description(text(root, description, "description", problems))
          .bodyStatus(text(root, status, "status", problems))
          .correlationId(text(root, correlationId, "correlation id", problems));
      attributes.forEach(
          (name, pointer) -> report.attribute(name, attributeValue(root, name, pointer, problems)));
    }
    if (!problems.isEmpty()) {
      report.problem(String.join("; ", problems));
    }
    return new Reading(report.build(), parse.malformed);
  }

  private Parse parse(byte[] body, List<String> problems) {
    Parse parse = new Parse();
    if (isBlank(body)) {
      return parse;
    }
    if (body.length > limits.maxBodyBytes()) {
      problems.add("body of " + body.length + " bytes is over the " + limits.maxBodyBytes()
          + "-byte limit; not parsed");
      return parse;
    }
    parse.malformed = true;
    try (JsonParser parser = mapper.createParser(body)) {
      JsonNode root = mapper.readTree(parser);
      if (root == null || root.isMissingNode()) {
        problems.add("body holds no JSON value");
        return parse;
      }
      if (!root.isObject()) {
        problems.add("body is a JSON " + kind(root) + ", not an object");
      }
      // readTree stops after the first value: a second object, or an HTML tail, would go unseen and
      // two readers of the same body could disagree on what it says. Keep what was read, but say so.
      if (hasMoreContent(parser)) {
        problems.add("body goes on after its JSON value; the rest is ignored");
      }
      parse.root = root;
      parse.malformed = false;
      return parse;
    } catch (StreamConstraintsException e) {
      // Valid JSON, maybe, but too big or too deep to read: not "invalid JSON".
      problems.add("body is over a parsing limit: " + e.getOriginalMessage());
      parse.malformed = false;
      return parse;
    } catch (JsonProcessingException e) {
      problems.add("body is not valid JSON: " + e.getOriginalMessage());
      return parse;
    } catch (IOException | RuntimeException e) {
      problems.add("body could not be read: " + e);
      return parse;
    }
  }

  private static boolean hasMoreContent(JsonParser parser) {
    try {
      return parser.nextToken() != null;
    } catch (IOException e) {
      // What follows the value is not even JSON.
      return true;
    }
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return false;
      }
    }
    return true;
  }

  /** A scalar at {@code pointer} as text; {@code null} when absent, JSON null, or not a scalar. */
  private static String text(JsonNode root, JsonPointer pointer, String field, List<String> problems) {
    if (pointer == null) {
      return null;
    }
    JsonNode node = root.at(pointer);
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (node.isValueNode()) {
      return node.asText();
    }
    problems.add(field + " at " + pointer + " is a JSON " + kind(node) + ", not a value");
    return null;
  }

  /** An attribute: a scalar as text, an object or array as compact JSON; {@code null} when absent. */
  private String attributeValue(JsonNode root, String name, JsonPointer pointer, List<String> problems) {
    JsonNode node = root.at(pointer);
    if (node.isMissingNode() || node.isNull()) {
      return null;
    }
    if (node.isValueNode()) {
      return node.asText();
    }
    try {
      return mapper.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      // Deeper than MAX_WRITE_DEPTH, which DecodeLimits may allow: the raw body still has it.
      problems.add("attribute " + name + " at " + pointer + " could not be kept as JSON text: "
          + e.getOriginalMessage());
      return null;
    }
  }

  private static String kind(JsonNode node) {
    JsonNodeType nodeType = node.getNodeType();
    return switch (nodeType) {
      case ARRAY -> "array";
      case OBJECT, POJO -> "object";
      case STRING -> "string";
      case NUMBER -> "number";
      case BOOLEAN -> "boolean";
      case NULL -> "null";
      default -> nodeType.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** A {@code Retry-After} of delay-seconds or an HTTP date, as a delay from now; {@code null} when none. */
  private Duration retryAfter(Map<String, List<String>> headers, List<String> problems) {
    String value = header(headers, RETRY_AFTER);
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    if (!trimmed.isEmpty() && trimmed.length() <= 10 && trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Duration.ofSeconds(Long.parseLong(trimmed));
    }
    Instant date = HttpDates.parse(trimmed, clock);
    if (date == null) {
      problems.add("Retry-After \"" + abbreviate(trimmed) + "\" is neither seconds nor an HTTP date; ignored");
      return null;
    }
    Duration delay = Duration.between(clock.instant(), date);
    return delay.isNegative() ? Duration.ZERO : delay;
  }

  private static String header(Map<String, List<String>> headers, String name) {
    if (headers == null) {
      return null;
    }
    for (Map.Entry<String, List<String>> header : headers.entrySet()) {
      if (name.equalsIgnoreCase(header.getKey()) && header.getValue() != null) {
        for (String value : header.getValue()) {
          if (value != null) {
            return value;
          }
        }
      }
    }
    return null;
  }

  private static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

  /**
   * The response a server sends for {@code exception}: its HTTP status (else the code itself when the
   * status is the code, else the format's default), the envelope with the status field its type's
   * outcome calls for, and a {@code Retry-After} when the advice is to wait. An attribute that is the
   * compact JSON text of an object or array, as decoding keeps one, is written as that object or array.
   */
  public EncodedError encode(CatalogException exception) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Type", "application/json");
    RetryAdvice retry = exception.retry();
    if (retry.kind() == RetryAdvice.Kind.AFTER) {
      Duration delay = retry.delay().orElseThrow();
      long seconds = delay.getSeconds() + (delay.getNano() > 0 ? 1 : 0);
      headers.put(RETRY_AFTER, Long.toString(seconds));
    }
    byte[] body;
    try {
      body = mapper.writeValueAsBytes(envelope(exception, true));
    } catch (JsonProcessingException tooDeep) {
      // An attribute written as JSON took the body past MAX_WRITE_DEPTH: send the attributes as text.
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
    if (code != null) {
      put(root, code, exception.code());
    }
    put(root, type, exception.type() == null ? null : exception.type().name());
    put(root, description, exception.description().isEmpty() ? null : exception.description());
    // The body's status must agree with the type's outcome: decode reads it first, so a success-typed
    // entry (KeyBank's 200) written with the failure status would come back as a failure.
    Outcome outcome = exception.type() == null ? Outcome.FAILURE : exception.type().outcome();
    String bodyStatus = switch (outcome) {
      case SUCCESS -> format.successStatus();
      case WARNING -> format.warningStatus();
      case FAILURE -> format.failureStatus();
    };
    put(root, status, bodyStatus.isEmpty() ? null : bodyStatus);
    put(root, correlationId, exception.correlationId());
    attributes.forEach((name, pointer) -> {
      String value = exception.attribute(name);
      if (value != null) {
        put(root, pointer, attributesAsJson ? attributeNode(value) : TextNode.valueOf(value));
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
