package dev.errata.processor.model;

/** A {@code @Code} value that is not a valid exact code, range or wildcard. */
public final class CodeSyntaxException extends Exception {

  private static final long serialVersionUID = 1L;

  /** What is wrong with the value. */
  public enum Reason {
    /** The value is empty or blank. */
    EMPTY,
    /** The value has spaces or control characters. */
    WHITESPACE,
    /** A range's ends differ in something other than their trailing digits, or in width. */
    RANGE_SHAPE,
    /** A range starts after it ends. */
    RANGE_ORDER,
    /** A range has more digits than a {@code long} holds. */
    RANGE_TOO_WIDE
  }

  private final Reason reason;

  /** A syntax error of the given kind, with a message for the user. */
  public CodeSyntaxException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** What is wrong with the value. */
  public Reason reason() {
    return reason;
  }
}
