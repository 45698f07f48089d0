package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.catalog.ErrorCode;
import dev.errata.processor.Compilations;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * "Most specific wins", as a property: random catalogs of exact codes, ranges and wildcards are compiled
 * with the processor, and the generated {@code match} agrees with a reference written here, from the
 * rules in the README and independent of the processor's model, on hundreds of probes per catalog:
 * every code declared, range edges and the codes just past them, leading zeros, other widths, mixed
 * case, non-ASCII digits and letters, empty, very long and random strings.
 *
 * <p>Compiling is the slow part, so each try is one catalog (a few dozen per run, {@code
 * jqwik.tries.default} in {@code junit-platform.properties}) probed many times.
 */
class MatcherOracleTest {

  private static final String UNKNOWN = "UNKNOWN";
  /** Equal-size patterns larger than this are not enumerated to check they are disjoint: they are left out. */
  private static final long ENUMERABLE = 50_000;

  // ---------------------------------------------------------------------------------------------
  // The reference: what a code means, written from the rules, not from the processor.

  /** A catalog entry as the reference sees it. */
  sealed interface Spec permits Exact, Range, Wildcard {
    /** The constant's value in the catalog source. */
    String text();

    /** Whether the entry covers {@code code}. */
    boolean contains(String code);

    /** How many codes it covers. */
    BigInteger size();

    /** The length of its codes. */
    int length();

    /** Every code it covers; only called for small ones. */
    List<String> members();
  }

  /** One code. */
  record Exact(String code) implements Spec {
    public String text() {
      return code;
    }

    public boolean contains(String candidate) {
      return code.equals(candidate);
    }

    public BigInteger size() {
      return BigInteger.ONE;
    }

    public int length() {
      return code.length();
    }

    public List<String> members() {
      return List.of(code);
    }
  }

  /** {@code prefix} then {@code width} ASCII digits whose value is in {@code [low, high]}. */
  record Range(String prefix, int width, long low, long high) implements Spec {
    String codeOf(long value) {
      String digits = Long.toString(value);
      return prefix + "0".repeat(Math.max(0, width - digits.length())) + digits;
    }

    public String text() {
      return codeOf(low) + ".." + codeOf(high);
    }

    public boolean contains(String code) {
      if (code == null || code.length() != prefix.length() + width || !code.startsWith(prefix)) {
        return false;
      }
      String digits = code.substring(prefix.length());
      for (int i = 0; i < digits.length(); i++) {
        if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
          return false;
        }
      }
      BigInteger value = new BigInteger(digits);
      return value.compareTo(BigInteger.valueOf(low)) >= 0 && value.compareTo(BigInteger.valueOf(high)) <= 0;
    }

    public BigInteger size() {
      return BigInteger.valueOf(high - low + 1);
    }

    public int length() {
      return prefix.length() + width;
    }

    public List<String> members() {
      List<String> members = new ArrayList<>();
      for (long value = low; value <= high; value++) {
        members.add(codeOf(value));
      }
      return members;
    }
  }

  /** Each {@code x} one ASCII digit, each {@code *} one ASCII letter or digit, anything else itself. */
  record Wildcard(String mask) implements Spec {
    static final String DIGITS = "0123456789";
    static final String LETTERS_AND_DIGITS = DIGITS + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    static String admitted(char position) {
      return switch (position) {
        case 'x' -> DIGITS;
        case '*' -> LETTERS_AND_DIGITS;
        default -> String.valueOf(position);
      };
    }

    public String text() {
      return mask;
    }

    public boolean contains(String code) {
      if (code == null || code.length() != mask.length()) {
        return false;
      }
      for (int i = 0; i < mask.length(); i++) {
        if (admitted(mask.charAt(i)).indexOf(code.charAt(i)) < 0) {
          return false;
        }
      }
      return true;
    }

    public BigInteger size() {
      BigInteger size = BigInteger.ONE;
      for (char c : mask.toCharArray()) {
        size = size.multiply(BigInteger.valueOf(admitted(c).length()));
      }
      return size;
    }

    public int length() {
      return mask.length();
    }

    public List<String> members() {
      List<String> members = new ArrayList<>(List.of(""));
      for (char c : mask.toCharArray()) {
        List<String> longer = new ArrayList<>();
        for (String member : members) {
          for (char option : admitted(c).toCharArray()) {
            longer.add(member + option);
          }
        }
        members = longer;
      }
      return members;
    }

    /** A member, its choices made by {@code random}. */
    String member(Random random) {
      StringBuilder code = new StringBuilder();
      for (char c : mask.toCharArray()) {
        String options = admitted(c);
        code.append(options.charAt(random.nextInt(options.length())));
      }
      return code.toString();
    }
  }

  /** The entry a code falls under: an exact code, else the smallest pattern containing it, else UNKNOWN. */
  static String expected(Map<String, Spec> catalog, String code) {
    if (code == null) {
      return UNKNOWN;
    }
    String best = UNKNOWN;
    BigInteger bestSize = null;
    for (Map.Entry<String, Spec> entry : catalog.entrySet()) {
      Spec spec = entry.getValue();
      if (!spec.contains(code)) {
        continue;
      }
      if (spec instanceof Exact) {
        return entry.getKey();
      }
      int order = bestSize == null ? -1 : spec.size().compareTo(bestSize);
      if (order == 0) {
        throw new AssertionError("the generator let two equal-size patterns overlap at " + code);
      }
      if (order < 0) {
        best = entry.getKey();
        bestSize = spec.size();
      }
    }
    return best;
  }

  // ---------------------------------------------------------------------------------------------
  // Random valid catalogs

  /** One random candidate entry: what kind, with every parameter any kind needs. */
  record Candidate(int kind, String prefix, int width, long a, long b, String mask, String exact, int pick) {}

  /** Exact codes may hold x and *: the catalog says they are read literally ({@code expired_card}). */
  private static final String EXACT_CHARS = "EAaBb0123456789-_'\"\\#/\u00c9\u00e9\u03a9\u0661x*";
  private static final String MASK_LITERALS = "EAab019'\"\\-\u00e9";

  @Provide
  Arbitrary<Map<String, Spec>> catalogs() {
    Arbitrary<String> prefix = Arbitraries.of(
        "", "E", "A", "a", "Ab", "aB", "E1", "E0", "Ex", "E*", "\u00c9", "\u03a9", "-", "'", "\\", "\"", "ZZ", "9");
    Arbitrary<Integer> width = Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.integers().between(1, 4)),
        Tuple.of(1, Arbitraries.integers().between(5, 18)));
    Arbitrary<Long> bound = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.longs().between(0, 9_999)),
        Tuple.of(2, Arbitraries.of(0L, 9L, 10L, 99L, 100L, 999L, 9_999L, 999_999_999_999_999_999L)),
        Tuple.of(1, Arbitraries.longs().between(0, 999_999_999_999_999_999L)));
    Arbitrary<String> maskPosition = Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just("x")),
        Tuple.of(2, Arbitraries.just("*")),
        Tuple.of(4, Arbitraries.of(MASK_LITERALS.chars().mapToObj(c -> String.valueOf((char) c)).toList())));
    Arbitrary<String> mask = Arbitraries.frequencyOf(
        Tuple.of(12, maskPosition.list().ofMinSize(1).ofMaxSize(5).map(parts -> String.join("", parts))),
        // Past 18 trailing x's a wildcard is no longer a range of longs.
        Tuple.of(1, Arbitraries.integers().between(17, 21).map(n -> "E" + "x".repeat(n))));
    Arbitrary<String> exact = Arbitraries.strings().withChars(EXACT_CHARS).ofMinLength(1).ofMaxLength(5);
    Arbitrary<Candidate> candidate = Combinators.combine(
            Arbitraries.integers().between(0, 3), prefix, width, bound, bound, mask, exact,
            Arbitraries.integers().between(0, 1_000_000))
        .as(Candidate::new);
    Arbitrary<List<Candidate>> candidates = Arbitraries.frequencyOf(
        Tuple.of(8, candidate.list().ofMinSize(20).ofMaxSize(60)),
        // Past the sizes where the matcher splits its switch (120 codes) and its pattern checks (80).
        Tuple.of(1, candidate.list().ofMinSize(150).ofMaxSize(400)));
    return candidates.map(MatcherOracleTest::catalogOf);
  }

  /** The candidates that keep the catalog valid (no duplicates, no overlap of equal size), in order. */
  static Map<String, Spec> catalogOf(List<Candidate> candidates) {
    Map<String, Spec> catalog = new LinkedHashMap<>();
    List<Spec> patterns = new ArrayList<>();
    Set<String> texts = new LinkedHashSet<>();
    for (Candidate c : candidates) {
      Spec spec = switch (c.kind()) {
        case 0 -> {
          long max = BigInteger.TEN.pow(c.width()).subtract(BigInteger.ONE).min(BigInteger.valueOf(Long.MAX_VALUE))
              .longValueExact();
          long low = Math.min(c.a(), c.b()) % (max + 1);
          long high = Math.max(c.a(), c.b()) % (max + 1);
          yield new Range(c.prefix(), c.width(), Math.min(low, high), Math.max(low, high));
        }
        case 1 -> new Wildcard(c.mask());
        case 2 -> new Exact(c.exact());
        default -> patterns.isEmpty()
            ? new Exact(c.exact())
            : new Exact(memberOf(patterns.get(c.pick() % patterns.size()), new Random(c.pick())));
      };
      if (!acceptable(spec, patterns, texts)) {
        continue;
      }
      texts.add(spec.text());
      if (!(spec instanceof Exact)) {
        patterns.add(spec);
      }
      catalog.put("C" + catalog.size(), spec);
    }
    return catalog;
  }

  private static int trailingDigits(String text) {
    int count = 0;
    while (count < text.length() && Character.isDigit(text.charAt(text.length() - 1 - count))
        && text.charAt(text.length() - 1 - count) < 0x80) {
      count++;
    }
    return count;
  }

  private static String memberOf(Spec pattern, Random random) {
    if (pattern instanceof Wildcard wildcard) {
      return wildcard.member(random);
    }
    Range range = (Range) pattern;
    long span = range.high() - range.low();
    return range.codeOf(range.low() + (span == 0 ? 0 : Math.floorMod(random.nextLong(), span + 1)));
  }

  private static boolean acceptable(Spec spec, List<Spec> patterns, Set<String> texts) {
    String text = spec.text();
    if (texts.contains(text) || text.contains("..") != (spec instanceof Range)) {
      return false;
    }
    if (spec instanceof Exact) {
      // Any code, those holding x or * too: the catalog says they are read as written.
      return true;
    }
    if (spec instanceof Range range && trailingDigits(range.prefix()) + range.width() > 18) {
      // Written out, a prefix's own trailing digits count: past 18 in all, the range is too wide.
      return false;
    }
    if (spec instanceof Wildcard wildcard && wildcard.mask().indexOf('x') < 0 && wildcard.mask().indexOf('*') < 0) {
      return false;
    }
    for (Spec other : patterns) {
      if (other.length() == spec.length() && other.size().equals(spec.size())) {
        if (spec.size().compareTo(BigInteger.valueOf(ENUMERABLE)) > 0) {
          return false;
        }
        for (String member : spec.members()) {
          if (other.contains(member)) {
            return false;
          }
        }
      }
    }
    return true;
  }

  // ---------------------------------------------------------------------------------------------
  // Probes

  /** Characters that look like digits or letters and are not ASCII ones. */
  private static final String LOOKALIKES = "\u0661\uff11\u00e9\u0130\u0131\u212a\u00df";

  static Set<String> probes(Map<String, Spec> catalog, List<String> random) {
    Set<String> probes = new LinkedHashSet<>(random);
    probes.add("");
    probes.add(" ");
    probes.add("\u0000");
    probes.add("\uD800");
    probes.add("E".repeat(10_000));
    probes.add("E" + "9".repeat(10_000));
    probes.add("9".repeat(19));
    probes.add("9".repeat(20));
    probes.add("E" + "9".repeat(18));
    probes.add("E" + "9".repeat(19));
    Random choices = new Random(catalog.size());
    for (Spec spec : catalog.values()) {
      if (spec instanceof Exact exact) {
        variantsOf(exact.code(), probes);
      } else if (spec instanceof Range range) {
        for (long value : new long[] {range.low(), range.high(), (range.low() + range.high()) / 2}) {
          variantsOf(range.codeOf(value), probes);
        }
        if (range.low() > 0) {
          probes.add(range.codeOf(range.low() - 1));
        }
        if (range.high() < Long.MAX_VALUE) {
          String past = range.codeOf(range.high() + 1);
          probes.add(past);
        }
        // Leading zeros: the same number one digit wider, or the number without its padding.
        probes.add(range.prefix() + "0" + range.codeOf(range.low()).substring(range.prefix().length()));
        probes.add(range.prefix() + range.low());
        probes.add(range.prefix() + range.high());
        probes.add(range.prefix().toLowerCase(Locale.ROOT) + range.codeOf(range.low()).substring(range.prefix().length()));
        probes.add(range.prefix().toUpperCase(Locale.ROOT) + range.codeOf(range.high()).substring(range.prefix().length()));
      } else {
        Wildcard wildcard = (Wildcard) spec;
        for (int i = 0; i < 4; i++) {
          variantsOf(wildcard.member(choices), probes);
        }
        // Each position given something it must refuse, or something of the other case.
        String member = wildcard.member(choices);
        for (int i = 0; i < member.length(); i++) {
          for (char c : (LOOKALIKES + "aZ0x*").toCharArray()) {
            probes.add(member.substring(0, i) + c + member.substring(i + 1));
          }
        }
      }
    }
    return probes;
  }

  /** The code itself, then the codes one change away: case, length, neighbours, lookalike characters. */
  private static void variantsOf(String code, Set<String> probes) {
    probes.add(code);
    probes.add(code.toLowerCase(Locale.ROOT));
    probes.add(code.toUpperCase(Locale.ROOT));
    probes.add("0" + code);
    probes.add(code + "0");
    probes.add(code + " ");
    probes.add(" " + code);
    probes.add(code.substring(1));
    probes.add(code.substring(0, code.length() - 1));
    char last = code.charAt(code.length() - 1);
    probes.add(code.substring(0, code.length() - 1) + (char) (last + 1));
    probes.add(code.substring(0, code.length() - 1) + (char) (last - 1));
    probes.add(code.substring(0, code.length() - 1) + LOOKALIKES.charAt(Math.floorMod(code.hashCode(), LOOKALIKES.length())));
    // "Aa" and "BB" share a hashCode: the switch must still tell them apart.
    probes.add(code.replace("Aa", "BB"));
    probes.add(code.replace("BB", "Aa"));
  }

  @Provide
  Arbitrary<List<String>> randomProbes() {
    return Arbitraries.strings().withChars(EXACT_CHARS + "xX*.E ").ofMaxLength(8).list().ofMaxSize(100);
  }

  // ---------------------------------------------------------------------------------------------
  // The property

  @Property(edgeCases = EdgeCasesMode.NONE)
  void generatedMatcherAgreesWithTheReference(
      @ForAll("catalogs") Map<String, Spec> catalog, @ForAll("randomProbes") List<String> random)
      throws ReflectiveOperationException {
    Method match = compile(catalog);
    List<String> disagreements = new ArrayList<>();
    Set<String> probes = probes(catalog, random);
    probes.add(null);
    for (String probe : probes) {
      String want = expected(catalog, probe);
      String got = ((ErrorCode) match.invoke(null, probe)).name();
      if (!want.equals(got)) {
        disagreements.add(show(probe) + ": reference " + want + describe(catalog, want) + ", matcher " + got
            + describe(catalog, got));
      }
    }
    for (Map.Entry<String, Spec> entry : catalog.entrySet()) {
      // Every entry's own first code matches it or something narrower, never UNKNOWN.
      Spec spec = entry.getValue();
      String first = spec instanceof Exact exact ? exact.code()
          : spec instanceof Range range ? range.codeOf(range.low())
          : ((Wildcard) spec).member(new Random(0));
      if (expected(catalog, first).equals(UNKNOWN)) {
        disagreements.add("reference finds nothing for " + show(first));
      }
    }
    assertWithMessage("%s", "catalog:\n" + source(catalog)).that(disagreements).isEqualTo(List.of());
  }

  private static String describe(Map<String, Spec> catalog, String name) {
    Spec spec = catalog.get(name);
    return spec == null ? "" : " (" + show(spec.text()) + ")";
  }

  private static String show(String text) {
    if (text == null) {
      return "null";
    }
    String shown = text.length() > 40 ? text.substring(0, 40) + "...(" + text.length() + " chars)" : text;
    return "\"" + escape(shown) + "\"";
  }

  // ---------------------------------------------------------------------------------------------
  // Compiling a catalog

  static Method compile(Map<String, Spec> catalog) throws ReflectiveOperationException {
    Compilation compilation = Compilations.compile(JavaFileObjects.forSourceString("oracle.OracleErrors", source(catalog)));
    assertThat(compilation).succeededWithoutWarnings();
    return Compilations.classLoader(compilation).loadClass("oracle.OracleMatcher").getMethod("match", String.class);
  }

  /** The source of the matcher the processor writes for {@code catalog}. */
  static String generatedMatcher(Map<String, Spec> catalog) {
    Compilation compilation = Compilations.compile(JavaFileObjects.forSourceString("oracle.OracleErrors", source(catalog)));
    assertThat(compilation).succeededWithoutWarnings();
    return Compilations.generatedSources(compilation).get("oracle.OracleMatcher");
  }

  /** A catalog whose codes all sit in one leaf group: one exception class, however many codes. */
  static String source(Map<String, Spec> catalog) {
    StringBuilder source = new StringBuilder()
        .append("package oracle;\n")
        .append("import dev.errata.annotations.*;\n")
        .append("@ErrorCatalog(name = \"Oracle\", types = @ErrorType(name = \"T\"))\n")
        .append("public interface OracleErrors {\n")
        .append("  @Group(type = \"T\", leaf = true) interface All {\n");
    // Without a codePattern, a value holding x or * says how it is read: Errata never guesses.
    catalog.forEach((name, spec) -> source.append("    @Code").append(reading(spec)).append(" String ").append(name)
        .append(" = \"").append(escape(spec.text())).append("\";\n"));
    return source.append("  }\n}\n").toString();
  }

  private static String reading(Spec spec) {
    if (spec instanceof Wildcard) {
      return "(reading = CodeReading.WILDCARD)";
    }
    boolean wildcardCharacters = spec.text().indexOf('x') >= 0 || spec.text().indexOf('*') >= 0;
    return spec instanceof Exact && wildcardCharacters ? "(reading = CodeReading.LITERAL)" : "";
  }

  /** A Java string literal's content: quotes and backslashes escaped, anything not ASCII as a unicode escape. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20 || c >= 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // The reference and the generator, checked on their own

  @Example
  void theReferenceFollowsTheReadmesExample() {
    Map<String, Spec> shop = new LinkedHashMap<>();
    shop.put("ORDER_NOT_FOUND", new Exact("O404"));
    shop.put("ORDER_INVALID", new Range("O", 3, 400, 499));
    shop.put("ORDER_LOCKED", new Wildcard("O4*9"));
    assertThat(expected(shop, "O404")).isEqualTo("ORDER_NOT_FOUND");
    assertThat(expected(shop, "O409")).isEqualTo("ORDER_LOCKED");
    assertThat(expected(shop, "O4z9")).isEqualTo("ORDER_LOCKED");
    assertThat(expected(shop, "O450")).isEqualTo("ORDER_INVALID");
    assertThat(expected(shop, "O500")).isEqualTo(UNKNOWN);
    assertThat(expected(shop, "o450")).isEqualTo(UNKNOWN);
    assertThat(expected(shop, "O4\u06619")).isEqualTo(UNKNOWN);
    assertThat(expected(shop, null)).isEqualTo(UNKNOWN);
  }

  @Example
  void theGeneratorDropsDuplicatesAndEqualSizeOverlaps() {
    Map<String, Spec> catalog = catalogOf(List.of(
        new Candidate(0, "E", 3, 100, 199, "", "", 0),
        new Candidate(0, "E", 3, 150, 249, "", "", 0), // same size, overlaps: dropped
        new Candidate(1, "", 0, 0, 0, "E1xx", "", 0), // the same codes written as a wildcard: dropped
        new Candidate(0, "E", 3, 200, 299, "", "", 0), // same size, disjoint: kept
        new Candidate(2, "", 0, 0, 0, "", "E150", 0),
        new Candidate(2, "", 0, 0, 0, "", "E150", 0), // duplicate: dropped
        new Candidate(2, "", 0, 0, 0, "", "Ex1", 0), // an exact code that holds an x: kept, read literally
        new Candidate(2, "", 0, 0, 0, "", "E1..", 0))); // not a range, but looks like one: dropped
    assertThat(catalog.values().stream().map(Spec::text).toList()).isEqualTo(List.of("E100..E199", "E200..E299", "E150", "Ex1"));
  }
}
