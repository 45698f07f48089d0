package dev.errata.catalog;

/**
 * A JSON library's streaming parser over one body, as the codec reads it: one token at a time, never
 * a tree or a bound object. Keys are not interned, and the body's {@link DecodeLimits} hold.
 */
interface JsonTokens extends AutoCloseable {

  /** The kinds of token. */
  enum Token {
    START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, NAME, STRING, NUMBER, TRUE, FALSE, NULL;

    /** Whether this starts an object or array. */
    boolean isStructStart() {
      return this == START_OBJECT || this == START_ARRAY;
    }

    /** Whether this ends an object or array. */
    boolean isStructEnd() {
      return this == END_OBJECT || this == END_ARRAY;
    }

    /**
     * A JSON library's token kinds (its enum's {@code values()}) as ours, by ordinal: both Jacksons
     * name theirs alike ({@code FIELD_NAME} in 2, {@code PROPERTY_NAME} in 3); {@code null} for the
     * kinds JSON text never gives ({@code NOT_AVAILABLE}, {@code VALUE_EMBEDDED_OBJECT}).
     */
    static Token[] byOrdinal(Enum<?>[] jacksonTokens) {
      Token[] tokens = new Token[jacksonTokens.length];
      for (Enum<?> jackson : jacksonTokens) {
        tokens[jackson.ordinal()] = switch (jackson.name()) {
          case "FIELD_NAME", "PROPERTY_NAME" -> NAME;
          case "VALUE_STRING" -> STRING;
          case "VALUE_NUMBER_INT", "VALUE_NUMBER_FLOAT" -> NUMBER;
          case "VALUE_TRUE" -> TRUE;
          case "VALUE_FALSE" -> FALSE;
          case "VALUE_NULL" -> NULL;
          case "START_OBJECT", "END_OBJECT", "START_ARRAY", "END_ARRAY" -> valueOf(jackson.name());
          default -> null;
        };
      }
      return tokens;
    }

    /** {@code jackson} as ours, by a {@link #byOrdinal} table; {@code null} for {@code null} (no token). */
    static Token of(Token[] byOrdinal, Enum<?> jackson) {
      if (jackson == null) {
        return null;
      }
      Token token = byOrdinal[jackson.ordinal()];
      if (token == null) {
        throw new IllegalStateException("a JSON parser gave " + jackson + ", which JSON text never does");
      }
      return token;
    }

    /** What a problem calls a value that starts with this token. */
    String kind() {
      return switch (this) {
        case START_ARRAY -> "array";
        case START_OBJECT -> "object";
        case STRING -> "string";
        case NUMBER -> "number";
        case TRUE, FALSE -> "boolean";
        case NULL -> "null";
        default -> "token";
      };
    }
  }

  /** The next token, {@code null} at the end of the input. */
  Token next() throws JsonException;

  /**
   * Moves to the next token, in an object a property name or the object's end, and gives the name's
   * index in {@code names}, {@link JsonNames#OTHER} for another name, {@link JsonNames#END} at the end:
   * the parser matches the name as it reads it, where the library can (Jackson 3), so the caller
   * compares no strings.
   */
  int nextName(JsonNames names) throws JsonException;

  /** The current token, {@code null} before the first and after the last. */
  Token current();

  /** The property name of the current {@link Token#NAME}. */
  String name() throws JsonException;

  /**
   * The current scalar's text: a string's value (read, so that its length limit holds), a number as
   * its value prints ({@code 1.50} as {@code 1.5}, {@code -0} as {@code 0}), {@code true} or {@code false}.
   */
  String text() throws JsonException;

  /** Releases the parser; never fails. */
  @Override
  void close();
}
