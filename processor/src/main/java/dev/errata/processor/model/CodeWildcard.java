package dev.errata.processor.model;

import java.math.BigInteger;
import java.util.Optional;

/**
 * A wildcard such as {@code "08***"}: every code of the same length with the same character at each
 * fixed position, an ASCII digit at each {@code x} and an ASCII letter or digit at each {@code *}.
 * Wildcards whose only wildcards are trailing {@code x}s are {@link CodeRange}s instead.
 */
public record CodeWildcard(String text) implements CodePattern {

  /** The character that stands for one ASCII digit. */
  public static final char DIGIT = 'x';
  /** The character that stands for one ASCII letter or digit. */
  public static final char LETTER_OR_DIGIT = '*';

  private static final BigInteger LETTERS_AND_DIGITS = BigInteger.valueOf(62);

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public BigInteger size() {
    BigInteger size = BigInteger.ONE;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == DIGIT) {
        size = size.multiply(BigInteger.TEN);
      } else if (c == LETTER_OR_DIGIT) {
        size = size.multiply(LETTERS_AND_DIGITS);
      }
    }
    return size;
  }

  @Override
  public boolean contains(String code) {
    if (code == null || code.length() != text.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (!admits(text.charAt(i), code.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether some code of the range's length, made of its prefix and then digits, fits this wildcard,
   * whatever the range's bounds: then the wildcard may contain codes the range's look-up finds.
   */
  public boolean admitsCodesOf(CodeRange range) {
    if (text.length() != range.length()) {
      return false;
    }
    String prefix = range.prefix();
    for (int i = 0; i < text.length(); i++) {
      char position = text.charAt(i);
      // Past the prefix come digits; a wildcard's own letters there rule it out.
      boolean admits = i < prefix.length()
          ? admits(position, prefix.charAt(i))
          : position == DIGIT || position == LETTER_OR_DIGIT || isDigit(position);
      if (!admits) {
        return false;
      }
    }
    return true;
  }

  /** Whether the wildcard character (or fixed character) {@code position} admits {@code c}. */
  public static boolean admits(char position, char c) {
    return switch (position) {
      case DIGIT -> isDigit(c);
      case LETTER_OR_DIGIT -> isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      default -> position == c;
    };
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  @Override
  public Optional<String> commonCode(CodePattern other) {
    if (other instanceof ExactCode exact) {
      return exact.commonCode(this);
    }
    if (other.length() != length()) {
      return Optional.empty();
    }
    if (other instanceof CodeWildcard wildcard) {
      StringBuilder common = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        char mine = text.charAt(i);
        char theirs = wildcard.text.charAt(i);
        char pick = meet(mine, theirs);
        if (pick == 0) {
          return Optional.empty();
        }
        common.append(pick);
      }
      return Optional.of(common.toString());
    }
    return commonCodeWithRange((CodeRange) other);
  }

  /** The smallest character both positions admit, or 0 when none. */
  private static char meet(char a, char b) {
    for (char c : "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".toCharArray()) {
      if (admits(a, c) && admits(b, c)) {
        return c;
      }
    }
    if (a != DIGIT && a != LETTER_OR_DIGIT && admits(b, a)) {
      return a;
    }
    if (b != DIGIT && b != LETTER_OR_DIGIT && admits(a, b)) {
      return b;
    }
    return 0;
  }

  /** The smallest value in the range whose digits this wildcard admits, found digit by digit. */
  private Optional<String> commonCodeWithRange(CodeRange range) {
    int prefixLength = range.prefix().length();
    for (int i = 0; i < prefixLength; i++) {
      if (!admits(text.charAt(i), range.prefix().charAt(i))) {
        return Optional.empty();
      }
    }
    String mask = text.substring(prefixLength);
    for (int i = 0; i < mask.length(); i++) {
      if (mask.charAt(i) != DIGIT && mask.charAt(i) != LETTER_OR_DIGIT && !isDigit(mask.charAt(i))) {
        return Optional.empty();
      }
    }
    // Every position now admits some digit, so once off both bounds any choice completes: the
    // search below backtracks only along the two bounds, never exponentially.
    String low = range.codeOf(range.low()).substring(prefixLength);
    String high = range.codeOf(range.high()).substring(prefixLength);
    StringBuilder digits = new StringBuilder();
    if (!smallestAdmitted(mask, low, high, 0, true, true, digits)) {
      return Optional.empty();
    }
    return Optional.of(range.prefix() + digits);
  }

  private static boolean smallestAdmitted(
      String mask, String low, String high, int at, boolean atLow, boolean atHigh, StringBuilder out) {
    if (at == mask.length()) {
      return true;
    }
    char from = atLow ? low.charAt(at) : '0';
    char to = atHigh ? high.charAt(at) : '9';
    for (char d = from; d <= to; d++) {
      if (admits(mask.charAt(at), d)) {
        out.append(d);
        if (smallestAdmitted(mask, low, high, at + 1, atLow && d == from, atHigh && d == to, out)) {
          return true;
        }
        out.setLength(out.length() - 1);
      }
    }
    return false;
  }

  @Override
  public String first() {
    return text.replace(DIGIT, '0').replace(LETTER_OR_DIGIT, '0');
  }
}
