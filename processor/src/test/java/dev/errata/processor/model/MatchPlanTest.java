package dev.errata.processor.model;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The order the matcher tries codes in, without writing or compiling a matcher. */
class MatchPlanTest {

  private static ErrorEntry entry(String code) throws CodeSyntaxException {
    return new ErrorEntry("C" + code.hashCode(), CodePatternParser.parse(code), "T", 0, "", Map.of());
  }

  private static List<ErrorEntry> entries(String... codes) throws CodeSyntaxException {
    List<ErrorEntry> entries = new ArrayList<>();
    for (String code : codes) {
      entries.add(entry(code));
    }
    return entries;
  }

  private static List<String> codes(List<ErrorEntry> entries) {
    return entries.stream().map(ErrorEntry::codeText).toList();
  }

  /** The candidates of the one group of {@code prefix} and {@code length}. */
  private static List<String> candidates(MatchPlan plan, String prefix, int length) {
    List<MatchPlan.RangeGroup> groups = plan.rangeGroups().stream()
        .filter(group -> group.prefix().equals(prefix) && group.length() == length)
        .toList();
    assertThat(groups).hasSize(1);
    return codes(groups.get(0).candidates());
  }

  @Test
  void exactCodesAreKeptApartInCatalogOrderAndEntriesOfStatusesAloneAreLeftOut()
      throws CodeSyntaxException {
    List<ErrorEntry> entries = entries("E9", "E1..E5", "A1", "Ex*");
    entries.add(new ErrorEntry("STATUS", Optional.empty(), "T", 0, "", Map.of(),
        List.of(CodePatternParser.parse("500")), 9));

    MatchPlan plan = MatchPlan.of(entries);

    assertThat(codes(plan.exactCodes())).containsExactly("E9", "A1").inOrder();
    assertThat(codes(plan.wildcards())).containsExactly("Ex*");
    assertThat(plan.rangeGroups()).hasSize(1);
  }

  @Test
  void rangesOfOnePrefixAndLengthAreOneGroupNarrowestFirst() throws CodeSyntaxException {
    MatchPlan plan = MatchPlan.of(entries("E100..E199", "E120..E129", "E1xx", "E0..E9", "F100..F109"));

    // E1xx is the range E100..E199 too: the same size and first code, so after it by text.
    assertThat(candidates(plan, "E", 4)).containsExactly("E120..E129", "E100..E199", "E1xx").inOrder();
    assertThat(candidates(plan, "E", 2)).containsExactly("E0..E9");
    assertThat(candidates(plan, "F", 4)).containsExactly("F100..F109");
    assertThat(plan.rangeGroups()).hasSize(3);
  }

  @Test
  void aWildcardMoreSpecificThanARangeAndAdmittingItsCodesIsTriedBeforeIt() throws CodeSyntaxException {
    // E1x5 holds 10 codes, E100..E199 100: the wildcard wins where both hold a code.
    MatchPlan plan = MatchPlan.of(entries("E100..E199", "E1x5", "E10..E19"));

    assertThat(candidates(plan, "E", 4)).containsExactly("E1x5", "E100..E199").inOrder();
    assertThat(candidates(plan, "E", 3)).containsExactly("E10..E19");
    assertThat(codes(plan.wildcards())).containsExactly("E1x5");
  }

  @Test
  void aWildcardAsWideAsEveryRangeOfAGroupIsLeftToTheWildcards() throws CodeSyntaxException {
    MatchPlan plan = MatchPlan.of(entries("E100..E109", "E1**"));

    assertThat(candidates(plan, "E", 4)).containsExactly("E100..E109");
  }

  @Test
  void aWildcardWithALetterWhereTheGroupHasDigitsIsNoCandidate() throws CodeSyntaxException {
    MatchPlan plan = MatchPlan.of(entries("E100..E999", "E1Ax", "E*x5", "Fxx5"));

    assertThat(candidates(plan, "E", 4)).containsExactly("E*x5", "E100..E999").inOrder();
  }

  @Test
  void aRangeWithoutAPrefixHasAnEmptyOne() throws CodeSyntaxException {
    MatchPlan plan = MatchPlan.of(entries("4xx", "5xx", "40x"));

    assertThat(candidates(plan, "", 3)).containsExactly("40x", "4xx", "5xx").inOrder();
  }

  @Test
  void wildcardsAreMostSpecificFirstThenByFirstCodeThenByText() throws CodeSyntaxException {
    MatchPlan plan = MatchPlan.of(entries("A**", "Bx*", "Ax*", "Axx1", "x*"));

    // x* holds as many codes as Ax* and Bx*; its first code, 00, sorts before A00 and B00.
    assertThat(codes(plan.wildcards())).containsExactly("Axx1", "x*", "Ax*", "Bx*", "A**").inOrder();
    assertThat(plan.wildcardsByLength().keySet()).containsExactly(2, 3, 4).inOrder();
    assertThat(codes(plan.wildcardsByLength().get(3))).containsExactly("Ax*", "Bx*", "A**").inOrder();
  }

  @Test
  void everyCodeOfAGroupFindsItsMostSpecificPatternFirst() throws CodeSyntaxException {
    List<ErrorEntry> entries = entries("E100..E199", "E150..E159", "E1x5", "E*55", "E1x*", "E155");
    MatchPlan plan = MatchPlan.of(entries);
    List<ErrorEntry> group = plan.rangeGroups().get(0).candidates();
    assertThat(codes(group)).containsExactly("E1x5", "E150..E159", "E*55", "E100..E199").inOrder();

    for (int value = 100; value <= 199; value++) {
      String code = "E" + value;
      ErrorEntry first = group.stream().filter(entry -> entry.code().get().contains(code)).findFirst().get();
      ErrorEntry narrowest = entries.stream()
          .filter(entry -> entry.code().get().isRange() && entry.code().get().contains(code))
          .min((a, b) -> a.code().get().size().compareTo(b.code().get().size()))
          .get();
      assertThat(first.code().get().size()).isEqualTo(narrowest.code().get().size());
    }
  }
}
