package dev.errata.processor.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document read into a tree that remembers the line of every value, by JSON Pointer, so that a
 * problem in a catalog file can name the entry and its line. Duplicate keys are problems, not silently
 * the last one.
 */
final class JsonTree {

  /** A JSON syntax error, with the line and column Jackson gives. */
  static final class SyntaxError extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxError(String message) {
      super(message);
    }
  }

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private final JsonNode root;
  private final Map<String, Integer> lines;

  private JsonTree(JsonNode root, Map<String, Integer> lines) {
    this.root = root;
    this.lines = lines;
  }

  /** Reads {@code json}; duplicate keys are added to {@code duplicates} as JSON Pointers. */
  static JsonTree parse(String json, List<String> duplicates) throws SyntaxError {
    Map<String, Integer> lines = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(json)) {
      if (parser.nextToken() == null) {
        throw new SyntaxError("the file is empty");
      }
      JsonNode root = value(parser, "", lines, duplicates);
      if (parser.nextToken() != null) {
        throw new SyntaxError("content after the catalog's closing brace, at line "
            + parser.currentTokenLocation().getLineNr());
      }
      return new JsonTree(root, lines);
    } catch (JsonProcessingException e) {
      throw new SyntaxError(e.getOriginalMessage() + " (line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ")");
    } catch (IOException e) {
      throw new SyntaxError(e.getMessage());
    }
  }

  private static JsonNode value(
      JsonParser parser, String pointer, Map<String, Integer> lines, List<String> duplicates)
      throws IOException {
    lines.put(pointer, parser.currentTokenLocation().getLineNr());
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String key = parser.currentName();
          String at = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
          parser.nextToken();
          JsonNode child = value(parser, at, lines, duplicates);
          if (object.has(key)) {
            duplicates.add(at);
          }
          object.set(key, child);
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser, pointer + "/" + array.size(), lines, duplicates));
        }
        return array;
      }
      case VALUE_STRING -> {
        return nodes.textNode(parser.getText());
      }
      case VALUE_NUMBER_INT -> {
        return nodes.numberNode(parser.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return nodes.numberNode(parser.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
      }
      default -> {
        return nodes.nullNode();
      }
    }
  }

  JsonNode root() {
    return root;
  }

  /** The line a value starts on, or 0 when unknown. */
  int line(String pointer) {
    return lines.getOrDefault(pointer, 0);
  }
}
