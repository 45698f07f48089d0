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
 * Summarizes a JMH JSON result ({@code -rf json}) as BENCHMARKS.md shows it: per benchmark, the median
 * over forks of each fork's mean time, the allocation per operation, and each Errata figure as a ratio
 * against its alternatives. {@code java Summarize.java jmh.json}; needs nothing but the JDK.
 */
public final class Summarize {

  public static void main(String[] args) throws Exception {
    String json = Files.readString(Path.of(args[0]));
    Map<String, double[]> results = new LinkedHashMap<>();
    // Each result: "benchmark" : "...", then its primaryMetric's rawData, then gc.alloc.rate.norm.
    Matcher benchmark = Pattern.compile("\"benchmark\"\\s*:\\s*\"[^\"]*\\.([A-Za-z]+\\.[A-Za-z_]+)\"").matcher(json);
    List<int[]> spans = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (benchmark.find()) {
      names.add(benchmark.group(1));
      spans.add(new int[] {benchmark.end(), json.length()});
    }
    for (int i = 0; i < spans.size(); i++) {
      int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : json.length();
      String part = json.substring(spans.get(i)[0], end);
      // rawData: [[iterations of fork 1], [fork 2], ...]
      int at = part.indexOf('[', part.indexOf("\"rawData\"")) + 1;
      List<Double> forkMeans = new ArrayList<>();
      while (true) {
        int open = part.indexOf('[', at);
        int outerClose = part.indexOf(']', at);
        if (open < 0 || outerClose < open) {
          break;
        }
        int close = part.indexOf(']', open);
        double[] values = Arrays.stream(part.substring(open + 1, close).split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).mapToDouble(Double::parseDouble).toArray();
        forkMeans.add(Arrays.stream(values).average().orElse(Double.NaN));
        at = close + 1;
      }
      double median = median(forkMeans);
      double alloc = Double.NaN;
      Matcher norm = Pattern.compile("\"gc\\.alloc\\.rate\\.norm\"\\s*:\\s*\\{\\s*\"score\"\\s*:\\s*([0-9.Ee+-]+)")
          .matcher(part);
      if (norm.find()) {
        alloc = Double.parseDouble(norm.group(1));
      }
      results.put(names.get(i), new double[] {median, alloc, forkMeans.size()});
    }
    System.out.printf("| benchmark | median of fork means (ns/op) | forks | allocated (B/op) |%n|---|---:|---:|---:|%n");
    results.forEach((name, r) -> System.out.printf("| %s | %.1f | %d | %s |%n", name, r[0], (int) r[2],
        Double.isNaN(r[1]) ? "" : String.format("%.0f", r[1])));
    System.out.println();
    System.out.println("| Errata | against | Errata is N times as fast |\n|---|---|---:|");
    results.forEach((name, r) -> {
      if (!name.endsWith("_errata")) {
        return;
      }
      String stem = name.substring(0, name.length() - "_errata".length());
      results.forEach((other, o) -> {
        if (other.startsWith(stem + "_") && !other.equals(name)) {
          System.out.printf("| %s | %s | %.2f |%n", name, other.substring(other.lastIndexOf('_') + 1), o[0] / r[0]);
        }
      });
    });
  }

  private static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
