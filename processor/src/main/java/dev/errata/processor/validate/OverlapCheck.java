package dev.errata.processor.validate;

import dev.errata.processor.model.CodePattern;
import dev.errata.processor.model.CodeRange;
import dev.errata.processor.model.ExactCode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
      CodePattern pattern = entry.entry().pattern();
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
      if (entry.entry().pattern() instanceof CodeRange range) {
        rangesByPrefix.computeIfAbsent(range.prefix(), key -> new ArrayList<>()).add(entry);
      } else {
        others.add(entry);
      }
    }
    for (List<CatalogValidator.SourcedEntry> ranges : rangesByPrefix.values()) {
      ranges.sort(Comparator.comparingLong(entry -> ((CodeRange) entry.entry().pattern()).low()));
      // Sorted by start, equal-sized ranges overlap exactly when neighbours do.
      for (int i = 1; i < ranges.size(); i++) {
        compare(ranges.get(i - 1), ranges.get(i));
      }
    }
    for (int i = 0; i < others.size(); i++) {
      for (int j = i + 1; j < others.size(); j++) {
        compare(others.get(i), others.get(j));
      }
      for (List<CatalogValidator.SourcedEntry> ranges : rangesByPrefix.values()) {
        for (CatalogValidator.SourcedEntry range : ranges) {
          compare(others.get(i), range);
        }
      }
    }
  }

  private void compare(CatalogValidator.SourcedEntry first, CatalogValidator.SourcedEntry second) {
    CodePattern a = first.entry().pattern();
    CodePattern b = second.entry().pattern();
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
