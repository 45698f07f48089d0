package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


import dev.errata.catalog.ErrorCode;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The matcher oracle on fixed catalogs: the same reference and probes as {@link MatcherOracleTest},
 * on catalogs drawn from fixed seeds, so that a run is repeatable (mutation testing needs one) and a
 * failure names the same catalog every time.
 */
class MatcherOracleExamplesTest {

  private static final String PREFIXES = "|E|A|a|Ab|E1|E0|Ex|E*|\u00c9|-|'|\\|\"|9";
  private static final String MASK_CHARS = "xx*Ea01'\\\"-\u00e9";
  private static final String EXACT_CHARS = "EAaBb0123456789-_'\"\\#/\u00c9\u00e9\u03a9\u0661x*";

  /** {@code count} candidates drawn from {@code seed}, in the shapes the property draws. */
  static List<MatcherOracleTest.Candidate> candidates(long seed, int count) {
    Random random = new Random(seed);
    String[] prefixes = PREFIXES.split("\\|", -1);
    List<MatcherOracleTest.Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      int width = random.nextInt(10) == 0 ? 5 + random.nextInt(14) : 1 + random.nextInt(4);
      long a = random.nextInt(4) == 0 ? Math.floorMod(random.nextLong(), 1_000_000_000_000_000_000L) : random.nextInt(10_000);
      long b = random.nextInt(4) == 0 ? Math.floorMod(random.nextLong(), 1_000_000_000_000_000_000L) : random.nextInt(10_000);
      StringBuilder mask = new StringBuilder();
      if (random.nextInt(12) == 0) {
        mask.append('E').append("x".repeat(17 + random.nextInt(5)));
      } else {
        for (int j = 1 + random.nextInt(5); j > 0; j--) {
          mask.append(MASK_CHARS.charAt(random.nextInt(MASK_CHARS.length())));
        }
      }
      StringBuilder exact = new StringBuilder();
      for (int j = 1 + random.nextInt(5); j > 0; j--) {
        exact.append(EXACT_CHARS.charAt(random.nextInt(EXACT_CHARS.length())));
      }
      candidates.add(new MatcherOracleTest.Candidate(random.nextInt(4), prefixes[random.nextInt(prefixes.length)],
          width, a, b, mask.toString(), exact.toString(), random.nextInt(1_000_000)));
    }
    return candidates;
  }

  private static void agrees(Map<String, MatcherOracleTest.Spec> catalog) throws ReflectiveOperationException {
    Method match = MatcherOracleTest.compile(catalog);
    Set<String> probes = MatcherOracleTest.probes(catalog, List.of());
    probes.add(null);
    Map<String, String> disagreements = new LinkedHashMap<>();
    for (String probe : probes) {
      String want = MatcherOracleTest.expected(catalog, probe);
      String got = ((ErrorCode) match.invoke(null, probe)).name();
      if (!want.equals(got)) {
        disagreements.put(String.valueOf(probe), "reference " + want + ", matcher " + got);
      }
    }
    assertWithMessage("%s", MatcherOracleTest.source(catalog)).that(disagreements).isEqualTo(Map.of());
  }

  @Test
  void aSmallCatalogOfEveryKind() throws ReflectiveOperationException {
    Map<String, MatcherOracleTest.Spec> catalog = MatcherOracleTest.catalogOf(candidates(7, 60));
    assertWithMessage("%s", "the seed gives a catalog worth probing: " + catalog.size()).that(catalog.size() > 30).isEqualTo(true);
    agrees(catalog);
  }

  @Test
  void aCatalogPastEverySplit() throws ReflectiveOperationException {
    // Past 120 exact codes (the switch goes into hash buckets) and 80 patterns (the checks into chunks).
    Map<String, MatcherOracleTest.Spec> catalog = MatcherOracleTest.catalogOf(candidates(11, 700));
    long exact = catalog.values().stream().filter(spec -> spec instanceof MatcherOracleTest.Exact).count();
    assertWithMessage("%s", exact + " exact of " + catalog.size()).that(exact > 120 && catalog.size() - exact > 80).isEqualTo(true);
    agrees(catalog);
  }

  @Test
  void aWildcardAmongRangesMatchesOnlyTheRangesCodes() throws ReflectiveOperationException {
    // "xx" is the range 00..99, and "9*" (62 codes) is more specific, so it is tried among the
    // ranges of two digits. "9E" is in no range: "xE" (10 codes) is the most specific wildcard
    // holding it, found only once the range look-up gives up (a CI run's catalog, cut down).
    Map<String, MatcherOracleTest.Spec> catalog = new LinkedHashMap<>();
    catalog.put("C0", new MatcherOracleTest.Range("", 2, 0, 99));
    catalog.put("C1", new MatcherOracleTest.Range("9", 1, 0, 1));
    catalog.put("C2", new MatcherOracleTest.Wildcard("9*"));
    catalog.put("C3", new MatcherOracleTest.Wildcard("xE"));
    catalog.put("C4", new MatcherOracleTest.Wildcard("xa"));
    Method match = MatcherOracleTest.compile(catalog);
    Map<String, String> got = new LinkedHashMap<>();
    for (String code : List.of("9E", "9a", "3E", "9b", "90", "95", "45")) {
      got.put(code, ((ErrorCode) match.invoke(null, code)).name());
    }
    assertWithMessage("%s", MatcherOracleTest.source(catalog)).that(got).containsExactly(
        "9E", "C3", "9a", "C4", "3E", "C3", "9b", "C2", "90", "C1", "95", "C2", "45", "C0").inOrder();
    agrees(catalog);
  }

  @Test
  void aWildcardAmongRangesChecksWhatTheRangeLeavesOpen() throws ReflectiveOperationException {
    // In the group of "AR" and 3 digits, "AR*05" and "A*0x5" are more specific than AR000..AR999:
    // the group's method knows the prefix and the digits, so only the wildcards' own digits are
    // left to check there; codes outside the group ("AB015", "ARx05") reach the wildcard look-up,
    // which checks every character but the first.
    Map<String, MatcherOracleTest.Spec> catalog = new LinkedHashMap<>();
    catalog.put("C0", new MatcherOracleTest.Range("AR", 3, 0, 999));
    catalog.put("C1", new MatcherOracleTest.Wildcard("AR*05"));
    catalog.put("C2", new MatcherOracleTest.Wildcard("A*0x5"));
    Method match = MatcherOracleTest.compile(catalog);
    Map<String, String> got = new LinkedHashMap<>();
    for (String code : List.of("AR005", "AR905", "AR015", "AR016", "AR115", "AB015", "ARx05", "AR0x5", "BR015")) {
      got.put(code, ((ErrorCode) match.invoke(null, code)).name());
    }
    assertWithMessage("%s", MatcherOracleTest.source(catalog)).that(got).containsExactly(
        "AR005", "C1", "AR905", "C1", "AR015", "C2", "AR016", "C0", "AR115", "C0", "AB015", "C2",
        "ARx05", "C1", "AR0x5", "UNKNOWN", "BR015", "UNKNOWN").inOrder();
    String source = MatcherOracleTest.generatedMatcher(catalog);
    String group = source.substring(source.indexOf("rangesARLength5(String code) {"), source.indexOf("wildcard(String code) {"));
    assertWithMessage("%s", source).that(group).doesNotContain("CodeMatching");
    assertWithMessage("%s", source).that(group).doesNotContain("startsWith");
    agrees(catalog);
  }

  @Test
  void exactCodesOfOneHashCodeAreFoundBySwitch() throws ReflectiveOperationException {
    // "Aa" and "BB" have the same hash code, so every "Aa<n>" has the hash of "BB<n>": no table of
    // hash codes tells them apart, and the matcher falls back to a switch on their characters, past
    // one method's worth of codes, so in buckets, and past 192 codes in two levels of them.
    Map<String, MatcherOracleTest.Spec> catalog = new LinkedHashMap<>();
    for (int i = 0; i < 150; i++) {
      catalog.put("C" + catalog.size(), new MatcherOracleTest.Exact("Aa" + i));
      catalog.put("C" + catalog.size(), new MatcherOracleTest.Exact("BB" + i));
    }
    catalog.put("C" + catalog.size(), new MatcherOracleTest.Range("BB", 3, 100, 199));
    String source = MatcherOracleTest.generatedMatcher(catalog);
    assertWithMessage("%s", source).that(source).doesNotContain("EXACT");
    assertWithMessage("%s", source).that(source).contains("private static OracleErrorCode exact0(String code, int key)");
    assertWithMessage("%s", source).that(source).contains("private static OracleErrorCode exact0_0(String code, int key)");
    Method match = MatcherOracleTest.compile(catalog);
    assertThat(((ErrorCode) match.invoke(null, "Aa7")).name()).isEqualTo("C14");
    assertThat(((ErrorCode) match.invoke(null, "BB7")).name()).isEqualTo("C15");
    assertThat(((ErrorCode) match.invoke(null, "BB149")).name()).isEqualTo("C299");
    assertThat(((ErrorCode) match.invoke(null, "BB150")).name()).isEqualTo("C300");
    assertThat(((ErrorCode) match.invoke(null, "Aa150")).name()).isEqualTo("UNKNOWN");
    agrees(catalog);
  }
}
