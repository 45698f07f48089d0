package dev.errata.catalog;

import dev.errata.catalog.JsonTokens.Token;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value as the codec keeps one: an object (members in order, a later duplicate key replacing the
 * value in the place of the first), an array, or a scalar as its text. Built only where a pointer ends
 * at an object or array, and for the envelope {@code encode} writes; no library's tree type.
 */
sealed interface JsonValue extends JsonOutput.Source
    permits JsonValue.ObjectValue, JsonValue.ArrayValue, JsonValue.Scalar {

  /** An object; {@code members} is mutable while the value is built. */
  record ObjectValue(Map<String, JsonValue> members) implements JsonValue {
    ObjectValue() {
      this(new LinkedHashMap<>());
    }
  }

  /** An array; {@code elements} is mutable while the value is built. */
  record ArrayValue(List<JsonValue> elements) implements JsonValue {
    ArrayValue() {
      this(new ArrayList<>());
    }
  }

  /**
   * A string, number, boolean or null.
   *
   * @param token {@link Token#STRING}, {@link Token#NUMBER}, {@link Token#TRUE}, {@link Token#FALSE} or {@link Token#NULL}
   * @param text as {@link JsonTokens#text()} gives it; {@code null} for null
   */
  record Scalar(Token token, String text) implements JsonValue {
    static final Scalar NULL = new Scalar(Token.NULL, null);

    static Scalar string(String text) {
      return new Scalar(Token.STRING, text);
    }
  }

  /** What a problem calls this kind of value. */
  default String kind() {
    if (this instanceof ObjectValue) {
      return "object";
    }
    return this instanceof ArrayValue ? "array" : ((Scalar) this).token().kind();
  }

  /** Whether this is an object or array. */
  default boolean isContainer() {
    return !(this instanceof Scalar);
  }

  /**
   * The value {@code segments} (a JSON Pointer's, unescaped), from {@code from} on, reach: a property
   * of an object, an element of an array whose index is the segment as {@code Integer.toString} writes
   * it; {@code null} when there is none.
   */
  default JsonValue at(List<String> segments, int from) {
    JsonValue at = this;
    for (int i = from; i < segments.size() && at != null; i++) {
      String segment = segments.get(i);
      if (at instanceof ObjectValue object) {
        at = object.members().get(segment);
      } else if (at instanceof ArrayValue array) {
        at = element(array.elements(), segment);
      } else {
        at = null;
      }
    }
    return at;
  }

  private static JsonValue element(List<JsonValue> elements, String segment) {
    try {
      int index = Integer.parseInt(segment);
      boolean written = index >= 0 && index < elements.size() && Integer.toString(index).equals(segment);
      return written ? elements.get(index) : null;
    } catch (NumberFormatException notAnIndex) {
      return null;
    }
  }

  /**
   * Reads the value at the current token of {@code tokens}, leaving them on its last token. Iterative,
   * so that nesting as deep as the limits allow takes no stack.
   */
  static JsonValue read(JsonTokens tokens) throws JsonException {
    Deque<JsonValue> open = new ArrayDeque<>();
    JsonValue root = null;
    String name = null;
    Token token = tokens.current();
    while (true) {
      if (token == null) {
        throw new JsonException(JsonException.Kind.SYNTAX, "unexpected end of input", null);
      }
      if (token == Token.NAME) {
        name = tokens.name();
      } else if (token.isStructEnd()) {
        open.pop();
      } else {
        JsonValue value = switch (token) {
          case START_OBJECT -> new ObjectValue();
          case START_ARRAY -> new ArrayValue();
          case NULL -> Scalar.NULL;
          default -> new Scalar(token, tokens.text());
        };
        JsonValue parent = open.peek();
        if (parent == null) {
          root = value;
        } else if (parent instanceof ObjectValue object) {
          object.members().put(name, value);
        } else {
          ((ArrayValue) parent).elements().add(value);
        }
        if (token.isStructStart()) {
          open.push(value);
        }
      }
      if (open.isEmpty()) {
        return root;
      }
      token = tokens.next();
    }
  }

  /** Writes this value to {@code out}; as deep as the value, which the writer's depth limit bounds. */
  @Override
  default void writeTo(JsonOutput out) throws IOException {
    if (this instanceof ObjectValue object) {
      out.write(Token.START_OBJECT, null);
      for (Map.Entry<String, JsonValue> member : object.members().entrySet()) {
        out.write(Token.NAME, member.getKey());
        member.getValue().writeTo(out);
      }
      out.write(Token.END_OBJECT, null);
    } else if (this instanceof ArrayValue array) {
      out.write(Token.START_ARRAY, null);
      for (JsonValue element : array.elements()) {
        element.writeTo(out);
      }
      out.write(Token.END_ARRAY, null);
    } else {
      Scalar scalar = (Scalar) this;
      out.write(scalar.token(), scalar.text());
    }
  }
}
