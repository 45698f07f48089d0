package dev.errata.benchmarks;

import dev.errata.benchmarks.CodeStream.Kind;
import dev.errata.benchmarks.big.BigCodes;
import dev.errata.benchmarks.big.BigErrorCode;
import dev.errata.benchmarks.big.BigMatcher;
import dev.errata.catalog.ErrorCode;
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
 * {@code match} as production calls it, beside {@link MatchBenchmark}'s one constant code: every call
 * gets a new {@code String} (its hash not cached, as a JSON parser hands it over) from a rotating,
 * shuffled array of {@value CodeStream#SIZE} codes (see {@link CodeStream}).
 *
 * <p>Streams: {@code exact}, {@code range}, {@code wildcard} and {@code unknown} hold codes of one
 * kind, drawn over all of the catalog's entries of that kind; {@code mixed} is an error stream of 55%
 * exact codes, 20% in ranges, 15% wildcards and 10% unknown. Against them: {@code HashMap.get} and
 * {@code Enum.valueOf} on the exact stream, and, on the mixed one, what users write by hand: a {@code
 * HashMap} of the exact codes, then a scan of the ranges' and wildcards' regular expressions. {@code
 * newStringOnly} measures making the string alone, part of every other figure here; {@code
 * exact_hashCodeOnly}, making an exact code's string and computing its hash, the least that any look-up
 * by hash ({@code match}, {@code HashMap.get}, {@code Enum.valueOf}) does with it. Names read {@code
 * <catalog>_<stream>_<implementation>}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FreshCodeBenchmark {

  private static final long SEED = 17;

  CodeStream khipuExact;
  CodeStream khipuRange;
  CodeStream khipuWildcard;
  CodeStream khipuUnknown;
  CodeStream khipuMixed;
  CodeStream bigExact;
  CodeStream bigRange;
  CodeStream bigWildcard;
  CodeStream bigUnknown;
  CodeStream bigMixed;

  Map<String, KhipuErrorCode> khipuMap;
  RegexScan<KhipuErrorCode> khipuPatterns;
  Map<String, BigErrorCode> bigMap;
  RegexScan<BigErrorCode> bigPatterns;

  @Setup
  public void setUp() {
    RegexScan<KhipuErrorCode> khipu = RegexScan.khipu(true);
    KhipuErrorCode[] khipuEntries = KhipuErrorCode.values();
    khipuExact = stream(khipuEntries, KhipuErrorCode.UNKNOWN, khipu, Kind.EXACT);
    khipuRange = stream(khipuEntries, KhipuErrorCode.UNKNOWN, khipu, Kind.RANGE);
    khipuWildcard = stream(khipuEntries, KhipuErrorCode.UNKNOWN, khipu, Kind.WILDCARD);
    khipuUnknown = stream(khipuEntries, KhipuErrorCode.UNKNOWN, khipu, Kind.UNKNOWN);
    khipuMixed = CodeStream.of(khipuEntries, KhipuErrorCode.UNKNOWN, khipu::match, SEED, 55, 20, 15, 10);
    RegexScan<BigErrorCode> big = RegexScan.big(true);
    BigErrorCode[] bigEntries = BigErrorCode.values();
    bigExact = stream(bigEntries, BigErrorCode.UNKNOWN, big, Kind.EXACT);
    bigRange = stream(bigEntries, BigErrorCode.UNKNOWN, big, Kind.RANGE);
    bigWildcard = stream(bigEntries, BigErrorCode.UNKNOWN, big, Kind.WILDCARD);
    bigUnknown = stream(bigEntries, BigErrorCode.UNKNOWN, big, Kind.UNKNOWN);
    bigMixed = CodeStream.of(bigEntries, BigErrorCode.UNKNOWN, big::match, SEED, 55, 20, 15, 10);

    khipuMap = new HashMap<>();
    for (KhipuErrorCode code : khipuEntries) {
      if (!code.isRange() && !code.isUnknown()) {
        khipuMap.put(code.code(), code);
      }
    }
    bigMap = new HashMap<>();
    for (BigErrorCode code : bigEntries) {
      if (!code.isRange() && !code.isUnknown()) {
        bigMap.put(code.code(), code);
      }
    }
    khipuPatterns = RegexScan.khipu(false);
    bigPatterns = RegexScan.big(false);

    // Every implementation measured gives the oracle's answer for every code it is measured on.
    CodeStream[] khipuStreams = {khipuExact, khipuRange, khipuWildcard, khipuUnknown, khipuMixed};
    for (CodeStream stream : khipuStreams) {
      for (String code : stream.all()) {
        check(KhipuMatcher.match(code) == khipu.match(code), code);
        check(khipuHandWritten(code) == khipu.match(code), code);
      }
    }
    for (CodeStream stream : new CodeStream[] {bigExact, bigRange, bigWildcard, bigUnknown, bigMixed}) {
      for (String code : stream.all()) {
        check(BigMatcher.match(code) == big.match(code), code);
        check(bigHandWritten(code) == big.match(code), code);
      }
    }
    for (String code : khipuExact.all()) {
      check(KhipuCodes.valueOf(code).name().equals(code) && khipuMap.get(code) == KhipuMatcher.match(code),
          code);
    }
    for (String code : bigExact.all()) {
      check(BigCodes.valueOf(code).name().equals(code) && bigMap.get(code) == BigMatcher.match(code), code);
    }
  }

  private static <E extends ErrorCode> CodeStream stream(
      E[] entries, E unknown, RegexScan<E> oracle, Kind kind) {
    int[] weights = new int[Kind.values().length];
    weights[kind.ordinal()] = 1;
    return CodeStream.of(entries, unknown, oracle::match, SEED + kind.ordinal(), weights);
  }

  private static void check(boolean ok, String code) {
    if (!ok) {
      throw new IllegalStateException("a benchmark would not measure what it says, for " + code);
    }
  }

  private KhipuErrorCode khipuHandWritten(String code) {
    KhipuErrorCode exact = khipuMap.get(code);
    return exact != null ? exact : khipuPatterns.match(code);
  }

  private BigErrorCode bigHandWritten(String code) {
    BigErrorCode exact = bigMap.get(code);
    return exact != null ? exact : bigPatterns.match(code);
  }

  @Benchmark
  public String khipu_newStringOnly() {
    return khipuMixed.next();
  }

  @Benchmark
  public int khipu_exact_hashCodeOnly() {
    return khipuExact.next().hashCode();
  }

  @Benchmark
  public KhipuErrorCode khipu_exact_errata() {
    return KhipuMatcher.match(khipuExact.next());
  }

  @Benchmark
  public KhipuErrorCode khipu_exact_hashMap() {
    return khipuMap.get(khipuExact.next());
  }

  @Benchmark
  public KhipuCodes khipu_exact_enumValueOf() {
    return KhipuCodes.valueOf(khipuExact.next());
  }

  @Benchmark
  public KhipuErrorCode khipu_range_errata() {
    return KhipuMatcher.match(khipuRange.next());
  }

  @Benchmark
  public KhipuErrorCode khipu_wildcard_errata() {
    return KhipuMatcher.match(khipuWildcard.next());
  }

  @Benchmark
  public KhipuErrorCode khipu_unknown_errata() {
    return KhipuMatcher.match(khipuUnknown.next());
  }

  @Benchmark
  public KhipuErrorCode khipu_mixed_errata() {
    return KhipuMatcher.match(khipuMixed.next());
  }

  @Benchmark
  public KhipuErrorCode khipu_mixed_hashMapThenRegex() {
    return khipuHandWritten(khipuMixed.next());
  }

  @Benchmark
  public String big_newStringOnly() {
    return bigMixed.next();
  }

  @Benchmark
  public int big_exact_hashCodeOnly() {
    return bigExact.next().hashCode();
  }

  @Benchmark
  public BigErrorCode big_exact_errata() {
    return BigMatcher.match(bigExact.next());
  }

  @Benchmark
  public BigErrorCode big_exact_hashMap() {
    return bigMap.get(bigExact.next());
  }

  @Benchmark
  public BigCodes big_exact_enumValueOf() {
    return BigCodes.valueOf(bigExact.next());
  }

  @Benchmark
  public BigErrorCode big_range_errata() {
    return BigMatcher.match(bigRange.next());
  }

  @Benchmark
  public BigErrorCode big_wildcard_errata() {
    return BigMatcher.match(bigWildcard.next());
  }

  @Benchmark
  public BigErrorCode big_unknown_errata() {
    return BigMatcher.match(bigUnknown.next());
  }

  @Benchmark
  public BigErrorCode big_mixed_errata() {
    return BigMatcher.match(bigMixed.next());
  }

  @Benchmark
  public BigErrorCode big_mixed_hashMapThenRegex() {
    return bigHandWritten(bigMixed.next());
  }
}
