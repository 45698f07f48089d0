package dev.errata.processor.validate;

import dev.errata.processor.model.CodePattern;
import dev.errata.processor.model.CodeRange;
import dev.errata.processor.model.CodeWildcard;
import dev.errata.processor.model.ExactCode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Finds codes declared twice and ranges or wildcards that overlap with the same width, where "most
 * specific wins" cannot decide. Near-linear: only patterns of the same length and size can clash, and
 * ranges of one prefix are compared with their neighbours once sorted.
 */
final class OverlapCheck {

  private final ValidationReport report;

  OverlapCheck(ValidationReport report) {
    this.report = report;
  }

  void check(List<CatalogValidator.SourcedEntry> entries) {
    Map<String, CatalogValidator.SourcedEntry> exact = new HashMap<>();
    Map<String, List<CatalogValidator.SourcedEntry>> sameShape = new TreeMap<>();
    for (CatalogValidator.SourcedEntry entry : entries) {
      CodePattern pattern = entry.pattern();
      if (pattern instanceof ExactCode code) {
        CatalogValidator.SourcedEntry first = exact.putIfAbsent(code.code(), entry);
        if (first != null) {
          reportDuplicate(code.code(), first, entry);
        }
      } else {
        String shape = pattern.length() + "/" + pattern.size();
        sameShape.computeIfAbsent(shape, key -> new ArrayList<>()).add(entry);
      }
    }
    for (List<CatalogValidator.SourcedEntry> group : sameShape.values()) {
      checkSameShape(group);
    }
  }

  private void checkSameShape(List<CatalogValidator.SourcedEntry> group) {
    Map<String, List<CatalogValidator.SourcedEntry>> rangesByPrefix = new TreeMap<>();
    List<CatalogValidator.SourcedEntry> others = new ArrayList<>();
    for (CatalogValidator.SourcedEntry entry : group) {
      if (entry.pattern() instanceof CodeRange range) {
        rangesByPrefix.computeIfAbsent(range.prefix(), key -> new ArrayList<>()).add(entry);
      } else {
        others.add(entry);
      }
    }
    for (List<CatalogValidator.SourcedEntry> ranges : rangesByPrefix.values()) {
      ranges.sort(Comparator.comparingLong(entry -> ((CodeRange) entry.pattern()).low()));
      // Sorted by start, equal-sized ranges overlap exactly when neighbours do.
      for (int i = 1; i < ranges.size(); i++) {
        compare(ranges.get(i - 1), ranges.get(i));
      }
    }
    // Two wildcards both fixed at a position overlap only if they agree there: compare within the
    // buckets of the position that splits them most, and those not fixed there with all.
    int position = splittingPosition(others);
    Map<Character, List<CatalogValidator.SourcedEntry>> byCharacter = new TreeMap<>();
    List<CatalogValidator.SourcedEntry> unfixed = new ArrayList<>();
    for (CatalogValidator.SourcedEntry entry : others) {
      char c = entry.pattern().text().charAt(position);
      if (isWildcard(c)) {
        unfixed.add(entry);
      } else {
        byCharacter.computeIfAbsent(c, key -> new ArrayList<>()).add(entry);
      }
    }
    for (List<CatalogValidator.SourcedEntry> bucket : byCharacter.values()) {
      comparePairs(bucket);
    }
    Map<CatalogValidator.SourcedEntry, Integer> order = new IdentityHashMap<>();
    for (int i = 0; i < others.size(); i++) {
      order.put(others.get(i), i);
    }
    for (int i = 0; i < unfixed.size(); i++) {
      CatalogValidator.SourcedEntry loose = unfixed.get(i);
      List<CatalogValidator.SourcedEntry> partners = new ArrayList<>(unfixed.subList(i + 1, unfixed.size()));
      byCharacter.values().forEach(partners::addAll);
      for (CatalogValidator.SourcedEntry partner : partners) {
        // In declaration order, as between any two wildcards: the later one is reported.
        if (order.get(loose) < order.get(partner)) {
          compare(loose, partner);
        } else {
          compare(partner, loose);
        }
      }
    }
    for (CatalogValidator.SourcedEntry other : others) {
      String text = other.pattern().text();
      for (List<CatalogValidator.SourcedEntry> ranges : rangesByPrefix.values()) {
        // A wildcard that does not admit a prefix overlaps none of its ranges.
        String prefix = ((CodeRange) ranges.get(0).pattern()).prefix();
        if (admitsPrefix(text, prefix)) {
          for (CatalogValidator.SourcedEntry range : ranges) {
            compare(other, range);
          }
        }
      }
    }
  }

  private void comparePairs(List<CatalogValidator.SourcedEntry> entries) {
    for (int i = 0; i < entries.size(); i++) {
      for (int j = i + 1; j < entries.size(); j++) {
        compare(entries.get(i), entries.get(j));
      }
    }
  }

  /** The position at which the most distinct fixed characters split the wildcards (all one length). */
  private static int splittingPosition(List<CatalogValidator.SourcedEntry> wildcards) {
    if (wildcards.isEmpty()) {
      return 0;
    }
    int length = wildcards.get(0).pattern().text().length();
    int best = 0;
    int bestCount = -1;
    for (int position = 0; position < length; position++) {
      Set<Character> distinct = new HashSet<>();
      for (CatalogValidator.SourcedEntry entry : wildcards) {
        char c = entry.pattern().text().charAt(position);
        if (!isWildcard(c)) {
          distinct.add(c);
        }
      }
      if (distinct.size() > bestCount) {
        best = position;
        bestCount = distinct.size();
      }
    }
    return best;
  }

  private static boolean isWildcard(char c) {
    return c == CodeWildcard.DIGIT || c == CodeWildcard.LETTER_OR_DIGIT;
  }

  /** Whether the wildcard's first characters admit {@code prefix}. */
  private static boolean admitsPrefix(String wildcard, String prefix) {
    return new CodeWildcard(wildcard.substring(0, prefix.length())).contains(prefix);
  }

  private void compare(CatalogValidator.SourcedEntry first, CatalogValidator.SourcedEntry second) {
    CodePattern a = first.pattern();
    CodePattern b = second.pattern();
    if (a.text().equals(b.text())) {
      reportDuplicate(a.text(), first, second);
      return;
    }
    Optional<String> common = a.commonCode(b);
    if (common.isPresent() && a.size().equals(b.size()) && !a.size().equals(BigInteger.ONE)) {
      report.report(
          Diagnostics.OVERLAP,
          second.declaration().at(),
          second.declaration().displayName(),
          b.text(),
          first.declaration().displayName(),
          a.text(),
          common.get());
    }
  }

  private void reportDuplicate(
      String code, CatalogValidator.SourcedEntry first, CatalogValidator.SourcedEntry second) {
    report.report(
        Diagnostics.DUPLICATE_CODE,
        second.declaration().at(),
        code,
        first.declaration().displayName(),
        second.declaration().displayName());
  }
}
