import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prints the performance targets of BENCHMARKS.md from the JMH JSON results ({@code -rf json}) of
 * {@code benchmarks/targets.sh}, beside each target: a ratio of medians over forks (each fork's mean
 * time), or, for two benchmarks that each of several results holds (rounds, one fork each, that run
 * the pair minutes apart at most), the median of the rounds' own ratios, which the machine's drift
 * between rounds does not move. {@code java Targets.java jmh.json [round-1.json ...]}; needs nothing
 * but the JDK.
 */
public final class Targets {

  private static final Pattern BENCHMARK =
      Pattern.compile("\"benchmark\"\\s*:\\s*\"[^\"]*\\.([A-Za-z]+)\\.([A-Za-z0-9_]+)\"");
  private static final Pattern BACKEND = Pattern.compile("\"backend\"\\s*:\\s*\"([a-z0-9]+)\"");
  private static final Pattern ALLOCATION =
      Pattern.compile("\"gc\\.alloc\\.rate\\.norm\"\\s*:\\s*\\{\\s*\"score\"\\s*:\\s*([0-9.Ee+-]+)");

  /** Median time (ns/op) and allocation (B/op, NaN without {@code -prof gc}) by "Class.method[backend]". */
  private final Map<String, double[]> results = new LinkedHashMap<>();
  /** Every fork's mean time by benchmark, in the order of the results read. */
  private final Map<String, List<Double>> forks = new LinkedHashMap<>();
  /** How many of the results read hold each benchmark. */
  private final Map<String, Integer> rounds = new LinkedHashMap<>();

  public static void main(String[] args) throws Exception {
    Targets targets = new Targets();
    for (String file : args) {
      targets.read(Files.readString(Path.of(file)));
    }
    targets.print();
  }

  private void read(String json) {
    Matcher benchmark = BENCHMARK.matcher(json);
    List<Integer> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (benchmark.find()) {
      starts.add(benchmark.end());
      names.add(benchmark.group(1) + "." + benchmark.group(2));
    }
    for (int i = 0; i < starts.size(); i++) {
      String part = json.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : json.length());
      Matcher backend = BACKEND.matcher(part);
      String key = names.get(i) + (backend.find() ? "[" + backend.group(1) + "]" : "");
      Matcher allocation = ALLOCATION.matcher(part);
      double allocated = allocation.find() ? Double.parseDouble(allocation.group(1)) : Double.NaN;
      List<Double> means = forks.computeIfAbsent(key, k -> new ArrayList<>());
      means.addAll(forkMeans(part));
      rounds.merge(key, 1, Integer::sum);
      results.put(key, new double[] {median(means), allocated});
    }
  }

  /** Each fork's mean, from the primary metric's rawData: [[fork 1's iterations], [fork 2's], ...]. */
  private static List<Double> forkMeans(String part) {
    List<Double> means = new ArrayList<>();
    int at = part.indexOf('[', part.indexOf("\"rawData\"")) + 1;
    while (true) {
      int open = part.indexOf('[', at);
      int outerClose = part.indexOf(']', at);
      if (open < 0 || outerClose < open) {
        return means;
      }
      int close = part.indexOf(']', open);
      means.add(Arrays.stream(part.substring(open + 1, close).split(","))
          .map(String::trim).filter(s -> !s.isEmpty()).mapToDouble(Double::parseDouble).average().orElse(Double.NaN));
      at = close + 1;
    }
  }

  private void print() {
    System.out.println("Times are medians over forks; a ratio of two benchmarks run in paired rounds is the median"
        + " of the rounds' ratios, else the ratio of the medians.");
    System.out.println();
    System.out.println("| figure | Errata (ns) | against (ns) | ratio | target | met? |");
    System.out.println("|---|---:|---:|---:|---|---|");
    for (String kind : List.of("MatchBenchmark", "FreshCodeBenchmark")) {
      String codes = kind.equals("MatchBenchmark") ? "constant codes" : "fresh strings";
      for (String catalog : List.of("khipu", "big")) {
        String prefix = kind + "." + catalog + "_";
        faster("exact `match` / `Enum.valueOf`, " + catalog + ", " + codes,
            prefix + "exact_errata", prefix + "exact_enumValueOf", 1.0);
        faster("exact `match` / `HashMap.get`, " + catalog + ", " + codes,
            prefix + "exact_errata", prefix + "exact_hashMap", Double.NaN);
        slower("the new string and its hash alone / exact `match`, " + catalog + ", " + codes,
            prefix + "exact_hashCodeOnly", prefix + "exact_errata", Double.NaN);
        for (String other : List.of("range", "wildcard")) {
          slower(other + " `match` / exact `match`, " + catalog + ", " + codes,
              prefix + other + "_errata", prefix + "exact_errata", 2.0);
        }
        slower("one range checked by hand, no exact look-up / exact `match`, " + catalog + ", " + codes,
            prefix + "range_oneRangeByHand", prefix + "exact_errata", Double.NaN);
        slower("a `HashMap` miss, then one range by hand / exact `match`, " + catalog + ", " + codes,
            prefix + "range_hashMapThenOneRange", prefix + "exact_errata", Double.NaN);
        slower("range `match` / a `HashMap` miss, then one range by hand, " + catalog + ", " + codes,
            prefix + "range_errata", prefix + "range_hashMapThenOneRange", Double.NaN);
      }
      String prefix = kind + ".big_";
      faster("mixed stream / `HashMap` then regex scan, big, " + codes,
          prefix + "mixed_errata", prefix + "mixed_hashMapThenRegex", 1.0);
    }
    for (String backend : List.of("jackson3", "jackson2")) {
      String suffix = "[" + backend + "]";
      // Each backend against the databind of its own Jackson, what a user of that Jackson writes.
      String pojo = backend.equals("jackson3") ? "jackson3Pojo" : "jacksonPojo";
      faster("decode to the typed exception / POJO binding, " + backend,
          "CodecBenchmark.decode_errata" + suffix, "CodecBenchmark.decode_" + pojo + suffix, 0.8);
      faster("decode to the `ErrorReport` / POJO binding, " + backend,
          "CodecBenchmark.decode_errataReportOnly" + suffix, "CodecBenchmark.decode_" + pojo + suffix, Double.NaN);
      faster("encode / Jackson writing the POJO, " + backend,
          "CodecBenchmark.encode_errata" + suffix, "CodecBenchmark.encode_" + pojo + suffix, 0.8);
      if (backend.equals("jackson3")) {
        faster("decode to the typed exception / Jackson 2's POJO binding, jackson3",
            "CodecBenchmark.decode_errata" + suffix, "CodecBenchmark.decode_jacksonPojo" + suffix, Double.NaN);
        faster("encode / Jackson 2 writing the POJO, jackson3",
            "CodecBenchmark.encode_errata" + suffix, "CodecBenchmark.encode_jacksonPojo" + suffix, Double.NaN);
      }
    }
    System.out.println();
    System.out.println("| benchmark | median of fork means (ns/op) | allocated (B/op) |");
    System.out.println("|---|---:|---:|");
    results.forEach((name, r) -> System.out.printf("| %s | %.1f | %s |%n", name, r[0],
        Double.isNaN(r[1]) ? "" : String.format("%.0f", r[1])));
  }

  /** A throughput ratio: the alternative's time over Errata's, at least {@code target}. */
  private void faster(String figure, String errata, String against, double target) {
    row(figure, errata, against, false, target);
  }

  /** A time ratio: Errata's time over the other's, at most {@code target}. */
  private void slower(String figure, String errata, String against, double target) {
    row(figure, errata, against, true, target);
  }

  private void row(String figure, String errata, String against, boolean time, double target) {
    double[] e = results.get(errata);
    double[] a = results.get(against);
    if (e == null || a == null) {
      return;
    }
    double ratio = time ? e[0] / a[0] : a[0] / e[0];
    List<Double> errataForks = forks.get(errata);
    List<Double> againstForks = forks.get(against);
    if (rounds.get(errata) > 1 && rounds.get(errata).equals(rounds.get(against))
        && errataForks.size() == rounds.get(errata) && againstForks.size() == errataForks.size()) {
      // Paired rounds, one fork each: the median of each round's ratio.
      List<Double> ratios = new ArrayList<>();
      for (int i = 0; i < errataForks.size(); i++) {
        ratios.add(time ? errataForks.get(i) / againstForks.get(i) : againstForks.get(i) / errataForks.get(i));
      }
      ratio = median(ratios);
    }
    String goal = Double.isNaN(target) ? "" : (time ? "at most " : "at least ") + target + "x";
    String met = Double.isNaN(target) ? "" : (time ? ratio <= target : ratio >= target) ? "yes" : "**no**";
    System.out.printf("| %s | %.1f | %.1f | %.2fx | %s | %s |%n", figure, e[0], a[0], ratio, goal, met);
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
