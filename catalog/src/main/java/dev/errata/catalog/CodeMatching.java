package dev.errata.catalog;

/**
 * The character and number checks generated matchers use for ranges and wildcards: no regular
 * expressions, no allocation.
 */
public final class CodeMatching {

  private CodeMatching() {}

  /** Whether {@code c} is an ASCII digit, what an {@code x} of a wildcard stands for. */
  public static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Whether {@code c} is an ASCII letter or digit, what a {@code *} of a wildcard stands for. */
  public static boolean isLetterOrDigit(char c) {
    return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  /**
   * The number written by the ASCII digits of {@code code} from {@code from} to its end, or -1 when
   * any of them is not a digit or there are more than 18; the caller has checked the length.
   */
  public static long trailingNumber(String code, int from) {
    int length = code.length();
    if (from >= length || length - from > 18) {
      return -1;
    }
    long value = 0;
    for (int i = from; i < length; i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Where the trailing run of ASCII digits of {@code code} starts ({@code code.length()} when it ends
   * in no digit): what precedes is the only prefix a range of the code can have, since a range's
   * prefix never ends in a digit.
   */
  public static int numberStart(String code) {
    int from = code.length();
    while (from > 0 && isDigit(code.charAt(from - 1))) {
      from--;
    }
    return from;
  }

  /** {@code code.substring(0, end).hashCode()}, without the substring. */
  public static int prefixHash(String code, int end) {
    int hash = 0;
    for (int i = 0; i < end; i++) {
      hash = 31 * hash + code.charAt(i);
    }
    return hash;
  }
}
