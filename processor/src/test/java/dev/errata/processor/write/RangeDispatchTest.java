package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * How the matcher finds the group of ranges a code can fall in: a {@code switch} on its length and
 * first character while few groups share one (at most four a character, sixty in all), else a
 * {@code switch} on the hash of its prefix; and a group of many ranges checked in parts.
 */
class RangeDispatchTest {

  private static final String BY_CHARACTER = "switch (code.charAt(0)) {";
  private static final String BY_HASH = "CodeMatching.prefixHash(code, from)";

  /** Ranges of ten codes, one a prefix: {@code A000..A009} for "A" and width 3. */
  private static List<String> ranges(List<String> prefixes, int width) {
    List<String> codes = new ArrayList<>();
    for (String prefix : prefixes) {
      String zeros = "0".repeat(width);
      codes.add(prefix + zeros + ".." + prefix + zeros.substring(1) + "9");
    }
    return codes;
  }

  /** Every range's first and last code match it; the code after its last and an unknown prefix do not. */
  private static void matchesEveryRange(GeneratedMatcher matcher, List<String> codes) throws ReflectiveOperationException {
    for (int i = 0; i < codes.size(); i++) {
      String[] ends = codes.get(i).split("\\.\\.");
      assertWithMessage("match(%s)", ends[0]).that(matcher.match(ends[0])).isEqualTo("C" + i);
      assertWithMessage("match(%s)", ends[1]).that(matcher.match(ends[1])).isEqualTo("C" + i);
      Matcher last = Pattern.compile("(.*?)(\\d+)").matcher(ends[1]);
      assertThat(last.matches()).isTrue();
      int width = last.group(2).length();
      String past = last.group(1) + String.format("%0" + width + "d", Integer.parseInt(last.group(2)) + 1);
      assertWithMessage("match(%s)", past).that(matcher.match(past)).isNotEqualTo("C" + i);
    }
    assertThat(matcher.match("~000")).isEqualTo("UNKNOWN");
  }

  private static String range(GeneratedMatcher matcher) {
    return matcher.methods().get("range");
  }

  @Test
  void fourGroupsOfOneFirstCharacterAreToldApartByTheirPrefixes() throws ReflectiveOperationException {
    List<String> codes = ranges(List.of("AB", "AC", "AD", "AE"), 3);
    GeneratedMatcher matcher = GeneratedMatcher.compile("Four", codes);
    assertThat(range(matcher)).contains(BY_CHARACTER);
    assertThat(range(matcher)).doesNotContain(BY_HASH);
    assertThat(range(matcher)).contains(
        "case 'A' -> { // prefix \"AB\", prefix \"AC\", prefix \"AD\", prefix \"AE\"\n"
            + "                        if (code.charAt(1) == 'B') {\n");
    matchesEveryRange(matcher, codes);
  }

  @Test
  void fiveGroupsOfOneFirstCharacterGoByThePrefixHash() throws ReflectiveOperationException {
    List<String> codes = ranges(List.of("AB", "AC", "AD", "AE", "AF"), 3);
    GeneratedMatcher matcher = GeneratedMatcher.compile("Five", codes);
    assertThat(range(matcher)).contains(BY_HASH);
    assertThat(range(matcher)).doesNotContain(BY_CHARACTER);
    matchesEveryRange(matcher, codes);
  }

  @Test
  void groupsOfDigitsAloneAreToldApartWithoutTheFirstCharacterWhileFew() throws ReflectiveOperationException {
    // Length 4: the digits alone, and three prefixes; no first character to switch on.
    List<String> four = new ArrayList<>(ranges(List.of("B", "C", "D"), 3));
    four.add("0000..0009");
    GeneratedMatcher few = GeneratedMatcher.compile("DigitsFew", four);
    assertThat(range(few)).doesNotContain(BY_HASH);
    assertThat(range(few)).doesNotContain(BY_CHARACTER);
    assertThat(range(few)).contains("case 4 -> {");
    matchesEveryRange(few, four);

    List<String> five = new ArrayList<>(four);
    five.add(2, "E000..E009");
    GeneratedMatcher many = GeneratedMatcher.compile("DigitsMany", five);
    assertThat(range(many)).contains(BY_HASH);
    matchesEveryRange(many, five);
  }

  @Test
  void sixtyGroupsAreOneSwitchOnTheFirstCharacterSixtyOneAreNot() throws ReflectiveOperationException {
    List<String> prefixes = new ArrayList<>();
    for (char c = 'A'; c <= 'Z'; c++) {
      prefixes.add(String.valueOf(c));
      prefixes.add(String.valueOf(Character.toLowerCase(c)));
    }
    List<String> sixty = new ArrayList<>(ranges(prefixes, 3));
    sixty.addAll(ranges(List.of("A", "B", "C", "D", "E", "F", "G", "H"), 4));
    assertThat(sixty).hasSize(60);
    GeneratedMatcher atMost = GeneratedMatcher.compile("Sixty", sixty);
    assertThat(range(atMost)).contains(BY_CHARACTER);
    assertThat(range(atMost)).doesNotContain(BY_HASH);
    matchesEveryRange(atMost, sixty);

    List<String> sixtyOne = new ArrayList<>(sixty);
    sixtyOne.addAll(ranges(List.of("I"), 4));
    GeneratedMatcher past = GeneratedMatcher.compile("SixtyOne", sixtyOne);
    assertThat(range(past)).contains(BY_HASH);
    matchesEveryRange(past, sixtyOne);
  }

  @Test
  void aGroupOfMoreThanEightyRangesIsCheckedInParts() throws ReflectiveOperationException {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 81; i++) {
      codes.add(String.format("R%03d0..R%03d9", i, i));
    }
    GeneratedMatcher matcher = GeneratedMatcher.compile("Parts", codes);
    assertThat(matcher.methods().keySet()).containsAtLeast("rangesRLength5Part1", "rangesRLength5Part2");
    assertThat(matcher.methods()).doesNotContainKey("rangesRLength5Part3");
    assertThat(matcher.source()).contains("the ranges that may hold them, most specific first: part 1 of 2.");
    assertThat(matcher.source()).contains("the ranges that may hold them, most specific first: part 2 of 2.");
    assertThat(matcher.methods().get("rangesRLength5Part2")).contains("// R0800..R0809");
    assertThat(matcher.methods().get("rangesRLength5Part1")).doesNotContain("// R0800..R0809");
    matchesEveryRange(matcher, codes);
  }
}
