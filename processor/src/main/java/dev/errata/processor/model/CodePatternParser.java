package dev.errata.processor.model;

/**
 * Reads the value of a {@code @Code} constant into a {@link CodePattern}, as written ({@link #parse}) or
 * as one exact code ({@link #literal}); which reading holds for a value that has both is the
 * validator's to decide, with the catalog's {@code codePattern}.
 */
public final class CodePatternParser {

  /** What separates the two ends of a range. */
  public static final String RANGE_SEPARATOR = "..";

  private CodePatternParser() {}

  /**
   * Parses an exact code ({@code "A000"}), an inclusive range ({@code "E100..E199"}) or a wildcard
   * ({@code "E2xx"}, {@code "08***"}).
   *
   * @throws CodeSyntaxException with a message that says what is wrong and how to write it
   */
  public static CodePattern parse(String text) throws CodeSyntaxException {
    checkCharacters(text);
    int separator = text.indexOf(RANGE_SEPARATOR);
    if (separator >= 0) {
      return parseRange(text, text.substring(0, separator), text.substring(separator + 2));
    }
    if (hasWildcardCharacters(text)) {
      return parseWildcard(text);
    }
    return new ExactCode(text);
  }

  /**
   * The value as one exact code, whatever it holds: {@code "expired_card"}, or even {@code "E2xx"}.
   *
   * @throws CodeSyntaxException when it is empty or holds a space or control character
   */
  public static ExactCode literal(String text) throws CodeSyntaxException {
    checkCharacters(text);
    return new ExactCode(text);
  }

  /** Whether the value holds a character a wildcard is written with, {@code x} or {@code *}. */
  public static boolean hasWildcardCharacters(String text) {
    return text.indexOf(CodeWildcard.DIGIT) >= 0 || text.indexOf(CodeWildcard.LETTER_OR_DIGIT) >= 0;
  }

  /** Whether the value is written as a range, two codes joined by {@code ..}. */
  public static boolean isRangeSyntax(String text) {
    return text.contains(RANGE_SEPARATOR);
  }

  private static void checkCharacters(String text) throws CodeSyntaxException {
    if (text.isBlank()) {
      throw new CodeSyntaxException(
          CodeSyntaxException.Reason.EMPTY, "a code cannot be empty; write one such as \"E100\"");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // isSpaceChar adds the no-break spaces a code copied from an HTML docs page carries; FORMAT
      // the invisible ones (zero-width space, byte order mark).
      if (Character.isWhitespace(c)
          || Character.isSpaceChar(c)
          || Character.isISOControl(c)
          || Character.getType(c) == Character.FORMAT) {
        throw new CodeSyntaxException(
            CodeSyntaxException.Reason.WHITESPACE,
            Quoted.of(text) + " contains a space or control character; a code is written without them"
                + " (a range as two codes joined by \"..\", with no spaces)");
      }
    }
  }

  private static CodePattern parseRange(String text, String start, String end)
      throws CodeSyntaxException {
    int startDigits = trailingDigits(start);
    int endDigits = trailingDigits(end);
    String prefix = start.substring(0, start.length() - startDigits);
    if (startDigits == 0
        || start.length() != end.length()
        || startDigits != endDigits
        || !prefix.equals(end.substring(0, end.length() - endDigits))
        || end.contains(RANGE_SEPARATOR)) {
      throw new CodeSyntaxException(
          CodeSyntaxException.Reason.RANGE_SHAPE,
          "range \"" + text + "\" is not two codes of the same width that differ only in their"
              + " trailing digits; write it as \"E100..E199\"");
    }
    if (startDigits > CodeRange.MAX_DIGITS) {
      throw new CodeSyntaxException(
          CodeSyntaxException.Reason.RANGE_TOO_WIDE,
          "range \"" + text + "\" has " + startDigits + " trailing digits; at most "
              + CodeRange.MAX_DIGITS + " are supported");
    }
    long low = Long.parseLong(start.substring(prefix.length()));
    long high = Long.parseLong(end.substring(prefix.length()));
    if (low > high) {
      throw new CodeSyntaxException(
          CodeSyntaxException.Reason.RANGE_ORDER,
          "range \"" + text + "\" starts after it ends; write it as \"" + end + RANGE_SEPARATOR
              + start + "\"");
    }
    return new CodeRange(text, prefix, startDigits, low, high);
  }

  private static CodePattern parseWildcard(String text) {
    int firstWildcard = text.length();
    while (firstWildcard > 0 && text.charAt(firstWildcard - 1) == CodeWildcard.DIGIT) {
      firstWildcard--;
    }
    String fixed = text.substring(0, firstWildcard);
    boolean onlyTrailingDigits = fixed.indexOf(CodeWildcard.DIGIT) < 0
        && fixed.indexOf(CodeWildcard.LETTER_OR_DIGIT) < 0;
    if (onlyTrailingDigits) {
      // "E2xx" is the range E200..E299: number parsing beats character checks at match time.
      String low = fixed + "0".repeat(text.length() - firstWildcard);
      int digits = trailingDigits(low);
      if (digits <= CodeRange.MAX_DIGITS) {
        String prefix = low.substring(0, low.length() - digits);
        String high = fixed.substring(prefix.length()) + "9".repeat(text.length() - firstWildcard);
        return new CodeRange(
            text, prefix, digits, Long.parseLong(low.substring(prefix.length())), Long.parseLong(high));
      }
    }
    return new CodeWildcard(text);
  }

  private static int trailingDigits(String code) {
    int count = 0;
    for (int i = code.length() - 1; i >= 0 && code.charAt(i) >= '0' && code.charAt(i) <= '9'; i--) {
      count++;
    }
    return count;
  }
}
