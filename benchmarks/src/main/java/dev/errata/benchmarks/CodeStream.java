package dev.errata.benchmarks;

import dev.errata.catalog.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Codes as a service receives them: each call makes a new {@code String} out of characters, as a JSON
 * parser does, so its hash is not cached; and the codes rotate through a fixed, shuffled array of
 * {@value #SIZE}, so neither the branch predictor nor the JIT sees one constant.
 *
 * <p>The codes of each kind are drawn from a catalog's own entries: exact codes as written, a number
 * within each range, a wildcard's {@code x} and {@code *} filled in, and unknown codes of the same
 * shapes that no entry admits. Which entry each code stands for is decided by a hand-written oracle
 * (the regular expressions of {@link RegexScan}), not by the matcher under test.
 */
final class CodeStream {

  /** The codes in rotation: a power of two, so the next index is one mask. */
  static final int SIZE = 1024;

  /** The kinds of code a stream mixes. */
  enum Kind { EXACT, RANGE, WILDCARD, UNKNOWN }

  private final char[][] codes;
  private int next;

  private CodeStream(char[][] codes) {
    this.codes = codes;
  }

  /** A new {@code String} of the next code, its hash not computed yet. */
  String next() {
    return new String(codes[next++ & (SIZE - 1)]);
  }

  /** The codes in rotation, in order: for checks outside the measured loop. */
  List<String> all() {
    List<String> all = new ArrayList<>();
    for (char[] code : codes) {
      all.add(new String(code));
    }
    return all;
  }

  /**
   * A stream of {@code entries}' codes, {@code weights[k]} parts of kind {@code Kind.values()[k]}:
   * {@code oracle} says which entry a code stands for ({@code unknown} for none).
   */
  static <E extends ErrorCode> CodeStream of(
      E[] entries, E unknown, Function<String, E> oracle, long seed, int... weights) {
    Random random = new Random(seed);
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    char[][] codes = new char[SIZE][];
    for (int i = 0; i < SIZE; i++) {
      int pick = random.nextInt(total);
      int kind = 0;
      while (pick >= weights[kind]) {
        pick -= weights[kind++];
      }
      codes[i] = code(Kind.values()[kind], entries, unknown, oracle, random).toCharArray();
    }
    return new CodeStream(codes);
  }

  /** One code of {@code kind}: drawn again until the oracle agrees it is of that kind. */
  private static <E extends ErrorCode> String code(
      Kind kind, E[] entries, E unknown, Function<String, E> oracle, Random random) {
    // Unknown codes are exact codes altered.
    Kind drawnFrom = kind == Kind.UNKNOWN ? Kind.EXACT : kind;
    List<E> candidates = new ArrayList<>();
    for (E entry : entries) {
      if (!entry.isUnknown() && !entry.code().isEmpty() && kindOf(entry) == drawnFrom) {
        candidates.add(entry);
      }
    }
    for (int attempt = 0; attempt < 10_000; attempt++) {
      E entry = candidates.get(random.nextInt(candidates.size()));
      String code = switch (kind) {
        case EXACT -> entry.code();
        case RANGE -> inRange(entry.code(), random);
        case WILDCARD -> filled(entry.code(), random);
        case UNKNOWN -> altered(entry.code(), random);
      };
      E expected = kind == Kind.UNKNOWN ? unknown : entry;
      if (oracle.apply(code) == expected) {
        return code;
      }
    }
    throw new IllegalStateException("no " + kind + " code found among " + candidates);
  }

  private static Kind kindOf(ErrorCode entry) {
    if (!entry.isRange()) {
      return Kind.EXACT;
    }
    return entry.code().contains("..") ? Kind.RANGE : Kind.WILDCARD;
  }

  /** A code of {@code range} ({@code E100..E199}): its prefix, then a number between the two ends. */
  private static String inRange(String range, Random random) {
    String low = range.substring(0, range.indexOf(".."));
    String high = range.substring(range.indexOf("..") + 2);
    int digits = 0;
    while (digits < low.length() && Character.isDigit(low.charAt(low.length() - 1 - digits))) {
      digits++;
    }
    int from = Integer.parseInt(low.substring(low.length() - digits));
    int to = Integer.parseInt(high.substring(high.length() - digits));
    String number = String.valueOf(from + random.nextInt(to - from + 1));
    return low.substring(0, low.length() - digits) + "0".repeat(digits - number.length()) + number;
  }

  /** A code of {@code wildcard} ({@code E2xx}, {@code JW01*}): each x a digit, each * a letter or digit. */
  private static String filled(String wildcard, Random random) {
    String alphanumerics = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    StringBuilder code = new StringBuilder();
    for (char c : wildcard.toCharArray()) {
      code.append(c == 'x' ? (char) ('0' + random.nextInt(10))
          : c == '*' ? alphanumerics.charAt(random.nextInt(alphanumerics.length())) : c);
    }
    return code.toString();
  }

  /** {@code code} with its last three characters replaced by digits: often a code no entry admits. */
  private static String altered(String code, Random random) {
    StringBuilder altered = new StringBuilder(code);
    for (int i = Math.max(1, code.length() - 3); i < code.length(); i++) {
      altered.setCharAt(i, (char) ('0' + random.nextInt(10)));
    }
    return altered.toString();
  }
}
