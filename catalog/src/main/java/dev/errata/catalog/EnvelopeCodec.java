package dev.errata.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads failed HTTP responses into {@link ErrorReport}s and writes typed exceptions back as the
 * catalog's envelope, as an {@link EnvelopeFormat} lays it out. Decoding never throws: bodies that are
 * empty, not JSON, truncated, over a {@link DecodeLimits limit}, or of unexpected shape give a report
 * that keeps the status and raw body and says what went wrong in {@link ErrorReport#problem()}. Bodies
 * are read as a stream of tokens, keeping only what the envelope's pointers name (no data binding, no
 * polymorphic typing from input). Immutable and thread-safe.
 */
public final class EnvelopeCodec {

  private static final String RETRY_AFTER = "Retry-After";

  /**
   * A whole number that decoding reads back as the same text: no sign but a leading minus, no leading
   * zeros, no "-0" (so "007", "+1" and "-0" stay strings).
   */
  private static final Pattern NUMBER = Pattern.compile("0|-?[1-9][0-9]{0,99}");

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
  private final JsonPointer warning;
  private final JsonPointer bodyHttpStatus;
  private final Map<String, JsonPointer> attributes = new LinkedHashMap<>();
  /**
   * Every pointer read, in report order: code, type, description, status, correlation id, warning,
   * body HTTP status, attributes.
   */
  private final List<Target> targets = new ArrayList<>();
  /** The pointers' segments as a tree, walked along with the parser. */
  private final PointerNode pointers = new PointerNode(0);

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
    this.warning = pointer(format.warning());
    this.bodyHttpStatus = pointer(format.httpStatus());
    format.attributes().forEach((name, pointer) -> attributes.put(name, pointer(pointer)));
    target(code, "code", false);
    target(type, "type", false);
    target(description, "description", false);
    target(status, "status", false);
    target(correlationId, "correlation id", false);
    target(warning, "warning", false);
    target(bodyHttpStatus, "HTTP status", false);
    attributes.forEach((name, pointer) -> target(pointer, name, true));
  }

  /** A pointer the envelope reads: a scalar field, or an attribute (a scalar, or JSON text). */
  private record Target(int index, JsonPointer pointer, String field, boolean attribute) {}

  /**
   * A step of one or more pointers: property names (or array indexes, as text) to the next steps, and
   * the targets that end here, and the targets at or below it (read from a tree when the value here
   * is an object or array that a target ends at).
   */
  private static final class PointerNode {
    private final int depth;
    private final Map<String, PointerNode> children = new java.util.HashMap<>();
    private final List<Target> ending = new ArrayList<>();
    private final List<Target> below = new ArrayList<>();

    private PointerNode(int depth) {
      this.depth = depth;
    }
  }

  private void target(JsonPointer pointer, String field, boolean attribute) {
    if (pointer == null) {
      targets.add(null);
      return;
    }
    Target target = new Target(targets.size(), pointer, field, attribute);
    targets.add(target);
    PointerNode node = pointers;
    node.below.add(target);
    for (JsonPointer rest = pointer; !rest.matches(); rest = rest.tail()) {
      int depth = node.depth + 1;
      node = node.children.computeIfAbsent(rest.getMatchingProperty(), key -> new PointerNode(depth));
      node.below.add(target);
    }
    node.ending.add(target);
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
   * Decodes a response: a failure (any non-2xx status; a 2xx whose body's HTTP status field says a
   * non-2xx; a 2xx whose body status says so, or whose error code's type does, even beside a success
   * status; a 2xx whose body is not JSON when the code lives in the body), a warning (a warning status
   * or code, or a warning field in a success), or a success. A body over a
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
    return decodeBody(httpStatus, body, null, false, HeaderLookup.of(headers), toException);
  }

  /**
   * {@link #decode(int, byte[], Map, Function)} of a body that may have been cut short ({@code cut}
   * says why, {@code null} when it was not): one read only up to the body limit ({@code overLimit}),
   * or one whose reading failed, is not parsed; the report keeps what was read. A body cut at the
   * limit is no proof of failure, as a whole one over the limit; one whose reading broke off is
   * malformed.
   */
  <E extends CatalogException> Decoded<E> decodeBody(int httpStatus, byte[] body, String cut,
      boolean overLimit, HeaderLookup headers, Function<ErrorReport, E> toException) {
    Reading reading = reading(httpStatus, body, cut, overLimit, headers);
    ErrorReport report = reading.report();
    if (!isSuccessful(httpStatus) || (report.bodyHttpStatus() != 0 && !isSuccessful(report.bodyHttpStatus()))) {
      // A 2xx whose body says another status (Google's error.code) is a failure, as that status is.
      return new Decoded.Failure<>(CatalogException.decoded(toException, report));
    }
    String bodyStatus = report.bodyStatus();
    if (bodyStatus != null && !bodyStatus.equals(format.successStatus())) {
      E exception = CatalogException.decoded(toException, report);
      return bodyStatus.equals(format.warningStatus())
          ? new Decoded.Warning<>(exception)
          : new Decoded.Failure<>(exception);
    }
    if (reading.warned()) {
      // A success that names a warning (Slack's "warning"): typed by that code, whatever its type.
      return new Decoded.Warning<>(CatalogException.decoded(toException, report));
    }
    boolean bodyCode = !format.codeIsHttpStatus() && report.code() != null && !report.code().isEmpty();
    if (bodyStatus != null && !bodyCode) {
      return new Decoded.Success<>(report);
    }
    // No body status, or a success status beside an error code ({"ok": true, "error":
    // "channel_not_found"}): the code's type decides.
    if (report.code() == null) {
      // A truncated or non-JSON 2xx body cannot say the request went well; one too big to read can.
      return reading.malformed() && !format.codeIsHttpStatus()
          ? new Decoded.Failure<>(CatalogException.decoded(toException, report))
          : new Decoded.Success<>(report);
    }
    E exception = CatalogException.decoded(toException, report);
    Outcome outcome = exception.type().outcome();
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
    return reading(httpStatus, body, null, false, HeaderLookup.of(headers)).report();
  }

  /**
   * A report, whether its body was malformed (not JSON, truncated), not merely over a limit, and
   * whether its code is the warning a success named.
   */
  private record Reading(ErrorReport report, boolean malformed, boolean warned) {}

  private static boolean isSuccessful(int httpStatus) {
    return httpStatus >= 200 && httpStatus <= 299;
  }

  /**
   * The state of one parse: what each target read (a value, or a problem), and whether the body was
   * malformed. Values count only once the whole body has parsed, as when it was read as a tree.
   */
  private static final class Parse {
    private String[] values;
    private String[] problems;
    private boolean parsed;
    private boolean malformed;
  }

  private Reading reading(int httpStatus, byte[] body, String cut, boolean overLimit, HeaderLookup headers) {
    byte[] raw = body == null ? new byte[0] : body;
    ErrorReport.Builder report = ErrorReport.builder().httpStatus(httpStatus).body(raw);
    List<String> problems = new ArrayList<>();
    if (format.codeIsHttpStatus()) {
      report.code(Integer.toString(httpStatus));
    }
    report.retryAfter(retryAfter(headers, problems));
    report.shouldRetry(shouldRetry(headers, problems));
    String headerCorrelationId = header(headers, format.correlationIdHeader());
    report.correlationId(headerCorrelationId);
    boolean warned = false;
    Parse parse;
    if (cut == null) {
      parse = parse(raw, problems);
    } else {
      problems.add(cut);
      parse = new Parse();
      parse.malformed = !overLimit;
    }
    if (parse.parsed) {
      for (Target target : targets) {
        if (target != null && parse.problems[target.index()] != null) {
          problems.add(parse.problems[target.index()]);
        }
      }
      if (code != null) {
        report.code(parse.values[0]);
      }
      report.type(parse.values[1])
          .description(parse.values[2])
          .bodyStatus(parse.values[3]);
      if (parse.values[4] != null) {
        report.correlationId(parse.values[4]);
      }
      String bodyCode = code == null ? null : parse.values[0];
      if (parse.values[5] != null && (bodyCode == null || bodyCode.isEmpty())) {
        // The warning's code types the exception, as an error code does; where the status is the
        // code, the status types it.
        if (code != null) {
          report.code(parse.values[5]);
        }
        warned = true;
      }
      report.bodyHttpStatus(bodyHttpStatus(parse.values[6], problems));
      int index = 7;
      for (String name : attributes.keySet()) {
        report.attribute(name, parse.values[index++]);
      }
    }
    if (!problems.isEmpty()) {
      report.problem(String.join("; ", problems));
    }
    return new Reading(report.build(), parse.malformed, warned);
  }

  /** The HTTP status a body field holds, 0 when none or not a status (then said in the problems). */
  private int bodyHttpStatus(String value, List<String> problems) {
    if (value == null) {
      return 0;
    }
    if (value.length() == 3 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int status = Integer.parseInt(value);
      if (status >= 100 && status <= 599) {
        return status;
      }
    }
    problems.add("HTTP status at " + bodyHttpStatus + " \"" + abbreviate(value) + "\" is not an HTTP status; ignored");
    return 0;
  }

  private static String header(HeaderLookup headers, String name) {
    return headers == null || name.isEmpty() ? null : headers.first(name);
  }

  /** A retry header's {@code true} or {@code false} (in any case); {@code null} when none or neither. */
  private Boolean shouldRetry(HeaderLookup headers, List<String> problems) {
    String value = header(headers, format.retryHeader());
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    if (trimmed.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (trimmed.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    problems.add(format.retryHeader() + " \"" + abbreviate(trimmed) + "\" is neither true nor false; ignored");
    return null;
  }

  /**
   * Reads the body as a stream, keeping only what the pointers name: the same values and problems as
   * reading the whole tree and following each pointer, without building the tree. An object or array
   * that a pointer ends at is read as a tree, with every pointer into it.
   */
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
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add("body holds no JSON value");
        return parse;
      }
      if (first != JsonToken.START_OBJECT) {
        problems.add("body is a JSON " + kind(first) + ", not an object");
      }
      parse.values = new String[targets.size()];
      parse.problems = new String[targets.size()];
      value(parser, pointers, parse);
      // A reader of the first value alone would not see a second object, or an HTML tail, and two
      // readers of the same body could disagree on what it says. Keep what was read, but say so.
      if (hasMoreContent(parser)) {
        problems.add("body goes on after its JSON value; the rest is ignored");
      }
      parse.parsed = true;
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

  /**
   * Reads the value at the parser's current token, which {@code node} (or no pointer, when null)
   * reaches; leaves the parser on the value's last token. Recursion follows pointers only, so it is as
   * deep as the deepest pointer, whatever the body's nesting.
   */
  private void value(JsonParser parser, PointerNode node, Parse parse) throws IOException {
    JsonToken token = parser.currentToken();
    if (node == null) {
      skip(parser, token);
      return;
    }
    for (Target target : node.below) {
      // A later duplicate key replaces the earlier value, as in a tree.
      parse.values[target.index()] = null;
      parse.problems[target.index()] = null;
    }
    if (token.isStructStart() && !node.ending.isEmpty()) {
      JsonNode tree = mapper.readTree(parser);
      for (Target target : node.below) {
        JsonPointer relative = target.pointer();
        for (int i = 0; i < node.depth; i++) {
          relative = relative.tail();
        }
        fromTree(tree.at(relative), target, parse);
      }
      return;
    }
    if (token == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        PointerNode child = node.children.get(parser.currentName());
        parser.nextToken();
        value(parser, child, parse);
      }
    } else if (token == JsonToken.START_ARRAY) {
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        value(parser, node.children.isEmpty() ? null : node.children.get(Integer.toString(index)), parse);
        index++;
      }
    } else if (!node.ending.isEmpty() && token != JsonToken.VALUE_NULL) {
      String text = token == JsonToken.VALUE_STRING ? parser.getText() : mapper.<JsonNode>readTree(parser).asText();
      for (Target target : node.ending) {
        parse.values[target.index()] = text;
      }
    } else if (token == JsonToken.VALUE_STRING) {
      // Read, so that the string length limit holds as when the whole tree was read.
      parser.getText();
    }
  }

  /** Skips the value at the current token; strings are read so that their length limit holds. */
  private static void skip(JsonParser parser, JsonToken token) throws IOException {
    if (!token.isStructStart()) {
      if (token == JsonToken.VALUE_STRING) {
        parser.getText();
      }
      return;
    }
    int depth = 1;
    while (depth > 0) {
      JsonToken next = parser.nextToken();
      if (next == null) {
        return;
      }
      if (next.isStructStart()) {
        depth++;
      } else if (next.isStructEnd()) {
        depth--;
      } else if (next == JsonToken.VALUE_STRING) {
        parser.getText();
      }
    }
  }

  /** What a target reads from the node its pointer reaches in a tree. */
  private void fromTree(JsonNode node, Target target, Parse parse) {
    if (node.isMissingNode() || node.isNull()) {
      return;
    }
    if (node.isValueNode()) {
      parse.values[target.index()] = node.asText();
    } else if (!target.attribute()) {
      parse.problems[target.index()] = target.field() + " at " + target.pointer() + " is a JSON "
          + kind(node) + ", not a value";
    } else {
      try {
        parse.values[target.index()] = mapper.writeValueAsString(node);
      } catch (JsonProcessingException e) {
        // Deeper than MAX_WRITE_DEPTH, which DecodeLimits may allow: the raw body still has it.
        parse.problems[target.index()] = "attribute " + target.field() + " at " + target.pointer()
            + " could not be kept as JSON text: " + e.getOriginalMessage();
      }
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

  private static String kind(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "array";
      case START_OBJECT -> "object";
      case VALUE_STRING -> "string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "number";
      case VALUE_TRUE, VALUE_FALSE -> "boolean";
      case VALUE_NULL -> "null";
      default -> token.name().toLowerCase(Locale.ROOT);
    };
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
      default -> nodeType.name().toLowerCase(Locale.ROOT);
    };
  }

  /** A {@code Retry-After} of delay-seconds or an HTTP date, as a delay from now; {@code null} when none. */
  private Duration retryAfter(HeaderLookup headers, List<String> problems) {
    String value = headers == null ? null : headers.first(RETRY_AFTER);
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
    if (bodyHttpStatus != null) {
      put(root, bodyHttpStatus, IntNode.valueOf(httpStatusOf(exception)));
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
