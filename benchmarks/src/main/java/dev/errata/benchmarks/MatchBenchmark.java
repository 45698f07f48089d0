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
        && BigSingleSwitch.match(bigExact) >= 0);
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
