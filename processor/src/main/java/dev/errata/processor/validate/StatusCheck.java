package dev.errata.processor.validate;

import dev.errata.processor.model.CodePattern;
import dev.errata.processor.model.CodePatternParser;
import dev.errata.processor.model.CodeRange;
import dev.errata.processor.model.CodeSyntaxException;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.ExactCode;
import dev.errata.processor.model.Quoted;
import dev.errata.processor.model.StatusTable;
import dev.errata.processor.read.CodeDeclaration;
import dev.errata.processor.read.Located;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The HTTP statuses entries stand for: each {@code forHttpStatus} value and each {@code @HttpStatus}
 * entry's value is an exact status ({@code "404"}), a wildcard of statuses ({@code "5xx"}) or a range
 * ({@code "500..504"}); and no two entries claim one status equally.
 */
final class StatusCheck {

  private final ValidationReport report;

  StatusCheck(ValidationReport report) {
    this.report = report;
  }

  /**
   * The statuses {@code text} stands for, or empty after reporting it at {@code at}: {@code what}
   * says which value it is, such as {@code forHttpStatus} or {@code @HttpStatus}.
   */
  Optional<CodePattern> parse(CodeDeclaration code, String what, String text, Located<?> at) {
    Optional<CodePattern> status = statuses(text);
    if (status.isEmpty()) {
      report.report(Diagnostics.STATUS_SYNTAX, at, code.displayName(), what, Quoted.of(text));
    }
    return status;
  }

  /** An exact status or a range of three-digit statuses from 100 to 599, else empty. */
  static Optional<CodePattern> statuses(String text) {
    CodePattern pattern;
    try {
      pattern = CodePatternParser.parse(text);
    } catch (CodeSyntaxException e) {
      return Optional.empty();
    }
    if (pattern instanceof ExactCode exact) {
      return isStatus(exact.code()) ? Optional.of(pattern) : Optional.empty();
    }
    if (pattern instanceof CodeRange range && range.prefix().isEmpty() && range.digits() == 3
        && range.low() >= StatusTable.LOWEST && range.high() <= StatusTable.HIGHEST) {
      return Optional.of(pattern);
    }
    return Optional.empty();
  }

  private static boolean isStatus(String text) {
    if (text.length() != 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    return isHttpStatus(Integer.parseInt(text));
  }

  /** Whether {@code status} is an HTTP status, from {@link StatusTable#LOWEST} to {@link StatusTable#HIGHEST}. */
  static boolean isHttpStatus(int status) {
    return status >= StatusTable.LOWEST && status <= StatusTable.HIGHEST;
  }

  /** The status a server sends for an entry of statuses alone: its exact status, or its range's lowest. */
  static int sentStatus(CodePattern status) {
    return status instanceof CodeRange range ? (int) range.low() : Integer.parseInt(status.text());
  }

  /** Reports entries that claim one status equally, at the later one's claim. */
  void checkConflicts(List<CatalogValidator.SourcedEntry> entries) {
    Map<ErrorEntry, CodeDeclaration> declarations = new IdentityHashMap<>();
    for (CatalogValidator.SourcedEntry entry : entries) {
      declarations.put(entry.entry(), entry.declaration());
    }
    StatusTable table = StatusTable.of(entries.stream().map(CatalogValidator.SourcedEntry::entry).toList());
    for (StatusTable.Conflict conflict : table.conflicts()) {
      CodeDeclaration first = declarations.get(conflict.first());
      CodeDeclaration second = declarations.get(conflict.second());
      Located<?> at = second.statusOnly() ? second.at() : second.forHttpStatus();
      report.report(Diagnostics.STATUS_CLASH, at, first.displayName(), conflict.firstClaim(),
          second.displayName(), conflict.secondClaim(), conflict.status());
    }
  }
}
