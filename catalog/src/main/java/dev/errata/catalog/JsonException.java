package dev.errata.catalog;

/**
 * A JSON library's failure, whichever library it is: Jackson 3's are unchecked, Jackson 2's are
 * {@code IOException}s, and the codec catches this one checked kind instead.
 */
final class JsonException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  enum Kind {
    /** The input is over a {@link DecodeLimits limit}, or the output over the writer's depth limit. */
    LIMIT,
    /** The input is not JSON, or the output could not be JSON. */
    SYNTAX,
    /** Anything else: the message is the library exception's whole {@code toString()}. */
    OTHER
  }

  private final Kind kind;

  /** {@code message}: the library's own message, without where in the input it was. */
  JsonException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  Kind kind() {
    return kind;
  }
}
