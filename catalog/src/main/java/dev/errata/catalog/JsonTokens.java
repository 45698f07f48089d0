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
