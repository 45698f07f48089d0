package dev.errata.catalog;

import dev.errata.catalog.JsonTokens.Token;
import dev.errata.catalog.PointerTree.PointerNode;
import dev.errata.catalog.PointerTree.Target;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the fields an {@link EnvelopeFormat} points at from a body, as a stream of tokens: the same
 * values and problems as reading the whole tree and following each pointer, without building the tree.
 * Only what the pointers name is kept (no data binding, no polymorphic typing from input); an object
 * or array that a pointer ends at is read as a tree, with every pointer into it. Immutable and
 * thread-safe.
 */
final class EnvelopeReader {

  private final DecodeLimits limits;
  private final JsonBackend json;
  private final Target code;
  private final Target type;
  private final Target description;
  private final Target status;
  private final Target correlationId;
  private final Target warning;
  private final Target httpStatus;
  private final Map<String, Target> attributes = new LinkedHashMap<>();
  private final PointerTree pointers = new PointerTree();
  /** The pointers' targets, in the order added. */
  private final Target[] targets;
  private final boolean keepsJsonTypes;

  /**
   * A reader of {@code format}'s pointers ({@code code} is not read from the body when the HTTP
   * status is the code) within {@code limits}, with {@code json}, which holds the same limits.
   *
   * @throws IllegalArgumentException if a pointer of the format is not a JSON Pointer
   */
  EnvelopeReader(EnvelopeFormat format, DecodeLimits limits, JsonBackend json) {
    this.keepsJsonTypes = format.isProblemDetails();
    this.limits = limits;
    this.json = json;
    this.code = format.codeIsHttpStatus() ? null : pointers.add(format.code(), "code", false);
    this.type = pointers.add(format.type(), "type", false);
    this.description = pointers.add(format.description(), "description", false);
    this.status = pointers.add(format.status(), "status", false);
    this.correlationId = pointers.add(format.correlationId(), "correlation id", false);
    this.warning = pointers.add(format.warning(), "warning", false);
    this.httpStatus = pointers.add(format.httpStatus(), "HTTP status", false);
    format.attributes().forEach((name, pointer) -> attributes.put(name, pointers.add(pointer, name, true)));
    this.targets = pointers.targets().toArray(new Target[0]);
    pointers.matchNamesWith(json);
  }

  /**
   * What a body's envelope holds: each field's text, {@code null} when the body has none there (or the
   * format no pointer), and every attribute by name; for a problem-details format, the JSON type of
   * each field's value, by the field's name ({@code "code"}, {@code "correlation id"}, {@code "HTTP status"}, ...); whether the
   * body was parsed at all, and, when it was not, whether it was malformed (not JSON, truncated)
   * rather than merely over a limit.
   */
  record Fields(boolean parsed, boolean malformed, String code, String type, String description,
      String status, String correlationId, String warning, String httpStatus, Map<String, String> attributes,
      Map<String, JsonType> json) {

    /** A body that was not parsed. */
    static Fields unparsed(boolean malformed) {
      return new Fields(false, malformed, null, null, null, null, null, null, null, Map.of(), Map.of());
    }
  }

  /**
   * Reads {@code body}, adding to {@code problems} what went wrong: with the body's own problems (not
   * JSON, over a limit, not an object, more after the value), those of fields that hold no value, in
   * the format's order. Never throws.
   */
  Fields read(byte[] body, List<String> problems) {
    if (isBlank(body)) {
      return Fields.unparsed(false);
    }
    if (body.length > limits.maxBodyBytes()) {
      problems.add("body of " + body.length + " bytes is over the " + limits.maxBodyBytes()
          + "-byte limit; not parsed");
      return Fields.unparsed(false);
    }
    EnvelopeParse parse = new EnvelopeParse(targets.length, keepsJsonTypes);
    try (JsonTokens parser = json.tokens(body)) {
      Token first = parser.next();
      if (first == null) {
        problems.add("body holds no JSON value");
        return Fields.unparsed(true);
      }
      if (first != Token.START_OBJECT) {
        problems.add("body is a JSON " + first.kind() + ", not an object");
      }
      value(parser, first, pointers.root(), parse);
      // A reader of the first value alone would not see a second object, or an HTML tail, and two
      // readers of the same body could disagree on what it says. Keep what was read, but say so.
      if (hasMoreContent(parser)) {
        problems.add("body goes on after its JSON value; the rest is ignored");
      }
    } catch (JsonException e) {
      switch (e.kind()) {
        // Valid JSON, maybe, but too big or too deep to read: not "invalid JSON".
        case LIMIT -> problems.add("body is over a parsing limit: " + withoutLengthSoFar(e.getMessage()));
        case SYNTAX -> problems.add("body is not valid JSON: " + e.getMessage());
        case OTHER -> problems.add("body could not be read: " + e.getMessage());
      }
      return Fields.unparsed(e.kind() != JsonException.Kind.LIMIT);
    } catch (RuntimeException e) {
      problems.add("body could not be read: " + e);
      return Fields.unparsed(true);
    }
    if (parse.hasProblems()) {
      for (Target target : targets) {
        if (parse.problem(target) != null) {
          problems.add(parse.problem(target));
        }
      }
    }
    Map<String, String> attributeValues = Map.of();
    if (!attributes.isEmpty()) {
      Map<String, String> read = new LinkedHashMap<>();
      attributes.forEach((name, target) -> read.put(name, parse.value(target)));
      attributeValues = Collections.unmodifiableMap(read);
    }
    // Only the problem-details rules ask for the JSON types: other decodes allocate no map for them.
    Map<String, JsonType> json = Map.of();
    if (keepsJsonTypes) {
      Map<String, JsonType> types = new LinkedHashMap<>();
      for (Target target : targets) {
        if (!target.attribute() && parse.value(target) != null) {
          types.put(target.field(), parse.jsonType(target));
        }
      }
      json = Collections.unmodifiableMap(types);
    }
    return new Fields(true, false, parse.value(code), parse.value(type), parse.value(description),
        parse.value(status), parse.value(correlationId), parse.value(warning), parse.value(httpStatus),
        attributeValues, json);
  }

  /**
   * Reads the value at the parser's current token, {@code token}, which {@code node} (or no pointer,
   * when null) reaches; leaves the parser on the value's last token. Recursion follows pointers only,
   * so it is as deep as the deepest pointer, whatever the body's nesting.
   */
  private void value(JsonTokens parser, Token token, PointerNode node, EnvelopeParse parse)
      throws JsonException {
    if (node == null) {
      skip(parser, token);
      return;
    }
    for (Target target : node.below()) {
      // A later duplicate key replaces the earlier value, as in a tree.
      parse.forget(target);
    }
    if (token.isStructStart() && node.ending().length > 0) {
      JsonValue tree = JsonValue.read(parser);
      for (Target target : node.below()) {
        fromTree(tree.at(target.segments(), node.depth()), target, parse);
      }
      return;
    }
    if (token == Token.START_OBJECT) {
      JsonNames names = node.names();
      for (int name = parser.nextName(names); name != JsonNames.END; name = parser.nextName(names)) {
        value(parser, parser.next(), node.child(name), parse);
      }
    } else if (token == Token.START_ARRAY) {
      int index = 0;
      for (Token element = parser.next(); element != Token.END_ARRAY; element = parser.next()) {
        value(parser, element, node.hasChildren() ? node.child(Integer.toString(index)) : null, parse);
        index++;
      }
    } else if (node.ending().length > 0 && token != Token.NULL) {
      String text = parser.text();
      for (Target target : node.ending()) {
        parse.read(target, text, token);
      }
    } else if (token == Token.STRING) {
      // Read, so that the string length limit holds as when the whole tree was read.
      parser.text();
    }
  }

  /** Skips the value at the current token; strings are read so that their length limit holds. */
  private static void skip(JsonTokens parser, Token token) throws JsonException {
    if (!token.isStructStart()) {
      if (token == Token.STRING) {
        parser.text();
      }
      return;
    }
    int depth = 1;
    while (depth > 0) {
      Token next = parser.next();
      if (next == null) {
        return;
      }
      if (next.isStructStart()) {
        depth++;
      } else if (next.isStructEnd()) {
        depth--;
      } else if (next == Token.STRING) {
        parser.text();
      }
    }
  }

  /** What a target reads from the node its pointer reaches in a tree. */
  private void fromTree(JsonValue node, Target target, EnvelopeParse parse) {
    if (node == null || node == JsonValue.Scalar.NULL) {
      return;
    }
    if (node instanceof JsonValue.Scalar scalar) {
      parse.read(target, scalar.text(), scalar.token());
    } else if (!target.attribute()) {
      parse.problem(target, target.field() + " at " + target.pointer() + " is a JSON "
          + node.kind() + ", not a value");
    } else {
      try {
        parse.keep(target, new String(json.write(node), StandardCharsets.UTF_8));
      } catch (JsonException e) {
        // Deeper than the writer's depth limit, which DecodeLimits may allow: the raw body still has it.
        parse.problem(target, "attribute " + target.field() + " at " + target.pointer()
            + " could not be kept as JSON text: " + e.getMessage());
      }
    }
  }

  /**
   * A limit's message without the length read so far ("Number value length (199) exceeds ..."): that
   * count depends on where the library's recycled buffers happened to end, so two reads of one body
   * could report two problems.
   */
  static String withoutLengthSoFar(String message) {
    int start = message.indexOf("length (");
    int end = start < 0 ? -1 : message.indexOf(") exceeds", start);
    return end < 0 ? message : message.substring(0, start + "length".length()) + message.substring(end + 1);
  }

  private static boolean hasMoreContent(JsonTokens parser) {
    try {
      return parser.next() != null;
    } catch (JsonException e) {
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
}
