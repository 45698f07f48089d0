package dev.errata.catalog;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import dev.errata.catalog.PointerTree.PointerNode;
import dev.errata.catalog.PointerTree.Target;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
  private final ObjectMapper mapper;
  private final Target code;
  private final Target type;
  private final Target description;
  private final Target status;
  private final Target correlationId;
  private final Target warning;
  private final Target httpStatus;
  private final Map<String, Target> attributes = new LinkedHashMap<>();
  private final PointerTree pointers = new PointerTree();

  /**
   * A reader of {@code format}'s pointers ({@code code} is not read from the body when the HTTP
   * status is the code) within {@code limits}, through {@code mapper}'s factory.
   *
   * @throws IllegalArgumentException if a pointer of the format is not a JSON Pointer
   */
  EnvelopeReader(EnvelopeFormat format, DecodeLimits limits, ObjectMapper mapper) {
    this.limits = limits;
    this.mapper = mapper;
    this.code = format.codeIsHttpStatus() ? null : pointers.add(format.code(), "code", false);
    this.type = pointers.add(format.type(), "type", false);
    this.description = pointers.add(format.description(), "description", false);
    this.status = pointers.add(format.status(), "status", false);
    this.correlationId = pointers.add(format.correlationId(), "correlation id", false);
    this.warning = pointers.add(format.warning(), "warning", false);
    this.httpStatus = pointers.add(format.httpStatus(), "HTTP status", false);
    format.attributes().forEach((name, pointer) -> attributes.put(name, pointers.add(pointer, name, true)));
  }

  /**
   * What a body's envelope holds: each field's text, {@code null} when the body has none there (or the
   * format no pointer), and every attribute by name; whether the body was parsed at all, and, when it
   * was not, whether it was malformed (not JSON, truncated) rather than merely over a limit.
   */
  record Fields(boolean parsed, boolean malformed, String code, String type, String description,
      String status, String correlationId, String warning, String httpStatus, Map<String, String> attributes) {

    /** A body that was not parsed. */
    static Fields unparsed(boolean malformed) {
      return new Fields(false, malformed, null, null, null, null, null, null, null, Map.of());
    }
  }

  /**
   * The state of one parse: what each target read (a value, or a problem). Values count only once the
   * whole body has parsed, as when it was read as a tree.
   */
  private static final class Parse {
    private final String[] values;
    private final String[] problems;

    private Parse(int targets) {
      values = new String[targets];
      problems = new String[targets];
    }

    private String value(Target target) {
      return target == null ? null : values[target.index()];
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
    Parse parse = new Parse(pointers.targets().size());
    try (JsonParser parser = mapper.createParser(body)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        problems.add("body holds no JSON value");
        return Fields.unparsed(true);
      }
      if (first != JsonToken.START_OBJECT) {
        problems.add("body is a JSON " + kind(first) + ", not an object");
      }
      value(parser, pointers.root(), parse);
      // A reader of the first value alone would not see a second object, or an HTML tail, and two
      // readers of the same body could disagree on what it says. Keep what was read, but say so.
      if (hasMoreContent(parser)) {
        problems.add("body goes on after its JSON value; the rest is ignored");
      }
    } catch (StreamConstraintsException e) {
      // Valid JSON, maybe, but too big or too deep to read: not "invalid JSON".
      problems.add("body is over a parsing limit: " + e.getOriginalMessage());
      return Fields.unparsed(false);
    } catch (JsonProcessingException e) {
      problems.add("body is not valid JSON: " + e.getOriginalMessage());
      return Fields.unparsed(true);
    } catch (IOException | RuntimeException e) {
      problems.add("body could not be read: " + e);
      return Fields.unparsed(true);
    }
    for (Target target : pointers.targets()) {
      if (parse.problems[target.index()] != null) {
        problems.add(parse.problems[target.index()]);
      }
    }
    Map<String, String> attributeValues = new LinkedHashMap<>();
    attributes.forEach((name, target) -> attributeValues.put(name, parse.value(target)));
    return new Fields(true, false, parse.value(code), parse.value(type), parse.value(description),
        parse.value(status), parse.value(correlationId), parse.value(warning), parse.value(httpStatus),
        Collections.unmodifiableMap(attributeValues));
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
    for (Target target : node.below()) {
      // A later duplicate key replaces the earlier value, as in a tree.
      parse.values[target.index()] = null;
      parse.problems[target.index()] = null;
    }
    if (token.isStructStart() && !node.ending().isEmpty()) {
      JsonNode tree = mapper.readTree(parser);
      for (Target target : node.below()) {
        JsonPointer relative = target.pointer();
        for (int i = 0; i < node.depth(); i++) {
          relative = relative.tail();
        }
        fromTree(tree.at(relative), target, parse);
      }
      return;
    }
    if (token == JsonToken.START_OBJECT) {
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        PointerNode child = node.children().get(parser.currentName());
        parser.nextToken();
        value(parser, child, parse);
      }
    } else if (token == JsonToken.START_ARRAY) {
      int index = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        value(parser, node.children().isEmpty() ? null : node.children().get(Integer.toString(index)), parse);
        index++;
      }
    } else if (!node.ending().isEmpty() && token != JsonToken.VALUE_NULL) {
      String text = token == JsonToken.VALUE_STRING ? parser.getText() : mapper.<JsonNode>readTree(parser).asText();
      for (Target target : node.ending()) {
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
        // Deeper than the writer's depth limit, which DecodeLimits may allow: the raw body still has it.
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
}
