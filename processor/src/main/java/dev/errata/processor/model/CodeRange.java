package dev.errata.processor.model;

import java.math.BigInteger;
import java.util.Optional;

/**
 * The codes made of {@code prefix} followed by exactly {@code digits} decimal digits whose value lies
 * in {@code [low, high]}: the range {@code "E100..E199"}, or a wildcard whose only wildcards are trailing
 * {@code x}s ({@code "E2xx"} is {@code E200..E299}).
 *
 * @param text the pattern as written
 * @param prefix what every code starts with; never ends with a digit
 * @param digits how many digits follow the prefix (1 to 18)
 * @param low the lowest value, inclusive
 * @param high the highest value, inclusive
 */
public record CodeRange(String text, String prefix, int digits, long low, long high)
    implements CodePattern {

  /** The most digits a range can have, so that every value fits a {@code long}. */
  public static final int MAX_DIGITS = 18;

  @Override
  public int length() {
    return prefix.length() + digits;
  }

  @Override
  public BigInteger size() {
    return BigInteger.valueOf(high).subtract(BigInteger.valueOf(low)).add(BigInteger.ONE);
  }

  @Override
  public boolean contains(String code) {
    if (code == null || code.length() != length() || !code.startsWith(prefix)) {
      return false;
    }
    long value = 0;
    for (int i = prefix.length(); i < code.length(); i++) {
      char c = code.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
      value = value * 10 + (c - '0');
    }
    return value >= low && value <= high;
  }

  /** The code of this range with the given value, zero-padded to the range's width. */
  public String codeOf(long value) {
    String number = Long.toString(value);
    return prefix + "0".repeat(digits - number.length()) + number;
  }

  @Override
  public Optional<String> commonCode(CodePattern other) {
    if (other instanceof ExactCode exact) {
      return exact.commonCode(this);
    }
    if (other instanceof CodeRange range) {
      if (!range.prefix.equals(prefix) || range.digits != digits) {
        return Optional.empty();
      }
      long from = Math.max(low, range.low);
      return from <= Math.min(high, range.high) ? Optional.of(codeOf(from)) : Optional.empty();
    }
    return other.commonCode(this);
  }

  @Override
  public String first() {
    return codeOf(low);
  }
}
