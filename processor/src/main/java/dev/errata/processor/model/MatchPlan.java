package dev.errata.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the generated matcher tries, and in which order, for "most specific wins": the exact codes
 * first; then the one group of ranges a code's prefix and length pick, each group's candidates most
 * specific first, with the wildcards more specific than some of its ranges that could contain such a
 * code; then the wildcards, most specific first. How a code finds its group or its wildcards (a
 * {@code switch}, a hash) is the writer's; this is only what is tried, in order.
 *
 * @param exactCodes the entries of exact codes, in catalog order
 * @param rangeGroups the groups of ranges, by prefix, then by length as text
 * @param wildcards the entries of wildcards, most specific first
 */
public record MatchPlan(List<ErrorEntry> exactCodes, List<RangeGroup> rangeGroups, List<ErrorEntry> wildcards) {

  /**
   * The order of ranges and wildcards, most specific first: fewer codes, then the lower first code,
   * then the text.
   */
  private static final Comparator<ErrorEntry> MOST_SPECIFIC_FIRST =
      Comparator.comparing((ErrorEntry entry) -> code(entry).size())
          .thenComparing(entry -> code(entry).first())
          .thenComparing(entry -> code(entry).text());

  /** Copies the lists. */
  public MatchPlan {
    exactCodes = List.copyOf(exactCodes);
    rangeGroups = List.copyOf(rangeGroups);
    wildcards = List.copyOf(wildcards);
  }

  /**
   * The ranges a code of one length and prefix can fall in, with the wildcards to try among them.
   *
   * @param prefix what precedes the codes' trailing digits, such as {@code "E"}; may be empty
   * @param length the length of every code of the group
   * @param candidates the ranges of that prefix and length, and the wildcards more specific than the
   *     least specific of them that admit such a code, most specific first
   */
  public record RangeGroup(String prefix, int length, List<ErrorEntry> candidates) {

    /** Copies the candidates. */
    public RangeGroup {
      candidates = List.copyOf(candidates);
    }
  }

  /** The plan of {@code entries}; entries of HTTP statuses alone have no code and are left out. */
  public static MatchPlan of(List<ErrorEntry> entries) {
    List<ErrorEntry> exact = new ArrayList<>();
    List<ErrorEntry> patterns = new ArrayList<>();
    for (ErrorEntry entry : entries) {
      if (entry.code().isPresent()) {
        (entry.code().get() instanceof ExactCode ? exact : patterns).add(entry);
      }
    }
    patterns.sort(MOST_SPECIFIC_FIRST);
    List<ErrorEntry> ranges = new ArrayList<>();
    List<ErrorEntry> wildcards = new ArrayList<>();
    for (ErrorEntry entry : patterns) {
      (code(entry) instanceof CodeRange ? ranges : wildcards).add(entry);
    }
    return new MatchPlan(exact, rangeGroups(patterns, ranges, wildcards), wildcards);
  }

  /** The wildcards by the length of their codes, shortest first, each list most specific first. */
  public Map<Integer, List<ErrorEntry>> wildcardsByLength() {
    Map<Integer, List<ErrorEntry>> byLength = new TreeMap<>();
    for (ErrorEntry entry : wildcards) {
      byLength.computeIfAbsent(code(entry).length(), key -> new ArrayList<>()).add(entry);
    }
    return byLength;
  }

  private static List<RangeGroup> rangeGroups(
      List<ErrorEntry> ordered, List<ErrorEntry> ranges, List<ErrorEntry> wildcards) {
    Map<ErrorEntry, Integer> rank = new IdentityHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      rank.put(ordered.get(i), i);
    }
    Map<String, List<ErrorEntry>> byShape = new TreeMap<>();
    for (ErrorEntry entry : ranges) {
      CodeRange range = (CodeRange) code(entry);
      byShape.computeIfAbsent(range.prefix() + "\u0000" + range.length(), key -> new ArrayList<>())
          .add(entry);
    }
    List<RangeGroup> groups = new ArrayList<>();
    for (List<ErrorEntry> shape : byShape.values()) {
      CodeRange first = (CodeRange) code(shape.get(0));
      int leastSpecific = rank.get(shape.get(shape.size() - 1));
      List<ErrorEntry> candidates = new ArrayList<>(shape);
      for (ErrorEntry wildcard : wildcards) {
        if (rank.get(wildcard) < leastSpecific && ((CodeWildcard) code(wildcard)).admitsCodesOf(first)) {
          candidates.add(wildcard);
        }
      }
      candidates.sort(Comparator.comparing(rank::get));
      groups.add(new RangeGroup(first.prefix(), first.length(), candidates));
    }
    return groups;
  }

  /** The code of an entry that has one: every entry the matcher matches by code. */
  private static CodePattern code(ErrorEntry entry) {
    return entry.code().orElseThrow();
  }
}
