package dev.errata.benchmarks;

import dev.errata.benchmarks.big.BigCodes;
import dev.errata.benchmarks.big.BigErrorCode;
import dev.errata.benchmarks.big.BigMatcher;
import dev.errata.benchmarks.big.BigSingleSwitch;
import dev.errata.samples.khipu.KhipuErrorCode;
import dev.errata.samples.khipu.KhipuMatcher;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code match} of an exact, a range, a wildcard and an unknown code, on Khipu's catalog and on a
 * generated one of 2,000 codes, against what users write by hand: {@code HashMap.get} and {@code
 * Enum.valueOf} for exact codes, a scan of precompiled regular expressions for everything. Names
 * read {@code <catalog>_<code kind>_<implementation>}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MatchBenchmark {

  // Fields, not constants, so the JIT cannot fold the lookups away.
  String khipuExact = "A000";
  String khipuRange = "E105";
  String khipuWildcard = "E201";
  String khipuUnknown = "E600";
  String bigExact = "J0042";
  String bigRange = "JR055";
  String bigWildcard = "JW01q";
  String bigUnknown = "JR990";

  Map<String, KhipuErrorCode> khipuMap;
  RegexScan<KhipuErrorCode> khipuRegexes;
  Map<String, BigErrorCode> bigMap;
  RegexScan<BigErrorCode> bigRegexes;

  @Setup
  public void setUp() {
    khipuMap = new HashMap<>();
    bigMap = new HashMap<>();
    khipuRegexes = RegexScan.khipu(true);
    for (KhipuErrorCode code : KhipuErrorCode.values()) {
      if (!code.isRange() && !code.isUnknown()) {
        khipuMap.put(code.code(), code);
      }
    }
    for (BigErrorCode code : BigErrorCode.values()) {
      if (!code.isRange() && !code.isUnknown()) {
        bigMap.put(code.code(), code);
      }
    }
    bigRegexes = RegexScan.big(true);
    check(KhipuMatcher.match(khipuRange) == KhipuErrorCode.LOGON
        && KhipuMatcher.match(khipuWildcard) == KhipuErrorCode.TARGET_UNAVAILABLE
        && KhipuMatcher.match(khipuUnknown) == KhipuErrorCode.UNKNOWN
        && khipuRegexes.match(khipuRange) == KhipuErrorCode.LOGON
        && BigMatcher.match(bigExact).name().equals("EXACT_J0042")
        && BigMatcher.match(bigRange).name().equals("RANGE_JR050")
        && BigMatcher.match(bigWildcard).name().equals("WILDCARD_JW01")
        && BigMatcher.match(bigUnknown).isUnknown()
        && bigRegexes.match(bigWildcard) == BigMatcher.match(bigWildcard)
        && bigRegexes.match(bigUnknown).isUnknown()
        && BigSingleSwitch.match(bigExact) >= 0
        && khipuOneRange(khipuRange) == KhipuErrorCode.LOGON && khipuOneRange(khipuExact) == null
        && bigOneRange(bigRange) == BigMatcher.match(bigRange) && bigOneRange(bigWildcard) == null
        && khipu_range_hashMapThenOneRange() == KhipuErrorCode.LOGON
        && big_range_hashMapThenOneRange() == BigMatcher.match(bigRange));
  }

  private static void check(boolean ok) {
    if (!ok) {
      throw new IllegalStateException("a benchmark would not measure what it says");
    }
  }

  @Benchmark
  public KhipuErrorCode khipu_exact_errata() {
    return KhipuMatcher.match(khipuExact);
  }

  @Benchmark
  public KhipuErrorCode khipu_exact_hashMap() {
    return khipuMap.get(khipuExact);
  }

  @Benchmark
  public KhipuCodes khipu_exact_enumValueOf() {
    return KhipuCodes.valueOf(khipuExact);
  }

  @Benchmark
  public KhipuErrorCode khipu_exact_regexScan() {
    return khipuRegexes.match(khipuExact);
  }

  @Benchmark
  public KhipuErrorCode khipu_range_errata() {
    return KhipuMatcher.match(khipuRange);
  }

  /**
   * The least a range look-up can do, written by hand for the one range {@code E100..E199} alone:
   * length, prefix, digits, bounds, and no exact look-up before it. What a range's {@code match}
   * costs past this is what telling it from every other entry costs.
   */
  @Benchmark
  public KhipuErrorCode khipu_range_oneRangeByHand() {
    return khipuOneRange(khipuRange);
  }

  /**
   * What a user writes for a catalog of exact codes and ranges, at its least: a {@code HashMap} of the
   * exact codes, which a range's code misses, then {@link #khipu_range_oneRangeByHand}'s one range.
   * The floor of a range's {@code match}, which must also tell the code is no exact one.
   */
  @Benchmark
  public KhipuErrorCode khipu_range_hashMapThenOneRange() {
    KhipuErrorCode exact = khipuMap.get(khipuRange);
    return exact != null ? exact : khipuOneRange(khipuRange);
  }

  private static KhipuErrorCode khipuOneRange(String code) {
    if (code.length() != 4 || code.charAt(0) != 'E') {
      return null;
    }
    int number = 0;
    for (int i = 1; i < 4; i++) {
      int digit = code.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return null;
      }
      number = 10 * number + digit;
    }
    return number >= 100 && number <= 199 ? KhipuErrorCode.LOGON : null;
  }

  @Benchmark
  public KhipuErrorCode khipu_range_regexScan() {
    return khipuRegexes.match(khipuRange);
  }

  @Benchmark
  public KhipuErrorCode khipu_wildcard_errata() {
    return KhipuMatcher.match(khipuWildcard);
  }

  @Benchmark
  public KhipuErrorCode khipu_wildcard_regexScan() {
    return khipuRegexes.match(khipuWildcard);
  }

  @Benchmark
  public KhipuErrorCode khipu_unknown_errata() {
    return KhipuMatcher.match(khipuUnknown);
  }

  @Benchmark
  public KhipuErrorCode khipu_unknown_regexScan() {
    return khipuRegexes.match(khipuUnknown);
  }

  @Benchmark
  public BigErrorCode big_exact_errata() {
    return BigMatcher.match(bigExact);
  }

  @Benchmark
  public BigErrorCode big_exact_hashMap() {
    return bigMap.get(bigExact);
  }

  @Benchmark
  public BigCodes big_exact_enumValueOf() {
    return BigCodes.valueOf(bigExact);
  }

  /** The exact codes in one String switch, too big for the JIT: what splitting avoids. */
  @Benchmark
  public int big_exact_unsplitSwitch() {
    return BigSingleSwitch.match(bigExact);
  }

  @Benchmark
  public BigErrorCode big_exact_regexScan() {
    return bigRegexes.match(bigExact);
  }

  @Benchmark
  public BigErrorCode big_range_errata() {
    return BigMatcher.match(bigRange);
  }

  /** As {@link #khipu_range_oneRangeByHand}, for Big's range {@code JR050..JR059} alone. */
  @Benchmark
  public BigErrorCode big_range_oneRangeByHand() {
    return bigOneRange(bigRange);
  }

  /** As {@link #khipu_range_hashMapThenOneRange}, for Big. */
  @Benchmark
  public BigErrorCode big_range_hashMapThenOneRange() {
    BigErrorCode exact = bigMap.get(bigRange);
    return exact != null ? exact : bigOneRange(bigRange);
  }

  private static final BigErrorCode JR050 = BigErrorCode.valueOf("RANGE_JR050");

  private static BigErrorCode bigOneRange(String code) {
    if (code.length() != 5 || code.charAt(0) != 'J' || code.charAt(1) != 'R') {
      return null;
    }
    int number = 0;
    for (int i = 2; i < 5; i++) {
      int digit = code.charAt(i) - '0';
      if (digit < 0 || digit > 9) {
        return null;
      }
      number = 10 * number + digit;
    }
    return number >= 50 && number <= 59 ? JR050 : null;
  }

  @Benchmark
  public BigErrorCode big_range_regexScan() {
    return bigRegexes.match(bigRange);
  }

  @Benchmark
  public BigErrorCode big_wildcard_errata() {
    return BigMatcher.match(bigWildcard);
  }

  @Benchmark
  public BigErrorCode big_wildcard_regexScan() {
    return bigRegexes.match(bigWildcard);
  }

  @Benchmark
  public BigErrorCode big_unknown_errata() {
    return BigMatcher.match(bigUnknown);
  }

  @Benchmark
  public BigErrorCode big_unknown_regexScan() {
    return bigRegexes.match(bigUnknown);
  }
}
