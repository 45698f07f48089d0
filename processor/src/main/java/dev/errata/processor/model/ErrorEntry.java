package dev.errata.processor.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One code, range or wildcard of the catalog, or one entry for responses that carry only an HTTP
 * status, with the defaults of its groups applied.
 *
 * @param name the constant's name, also the generated enum constant
 * @param code what the constant's value stands for; empty for an entry of HTTP statuses alone
 * @param type the name of its error type, one the catalog declares
 * @param httpStatus its HTTP status, the one a server sends for it, or 0 for none
 * @param groupPath the path of its innermost group, or {@code ""} for a code directly in the catalog
 * @param descriptions text per locale tag, in the catalog's locale order; empty or one per locale
 * @param forHttpStatus the HTTP statuses it says it stands for (each an exact status or a range of
 *     them), as declared; an entry of statuses alone declares its own here
 * @param order its place in declaration order, which decides between entries of one HTTP status
 */
public record ErrorEntry(
    String name,
    Optional<CodePattern> code,
    String type,
    int httpStatus,
    String groupPath,
    Map<String, String> descriptions,
    List<CodePattern> forHttpStatus,
    int order) {

  /** Copies the descriptions and statuses. */
  public ErrorEntry {
    if (code.isEmpty() && forHttpStatus.isEmpty()) {
      throw new IllegalArgumentException(name + " has neither a code nor an HTTP status");
    }
    descriptions = Catalog.orderedCopy(descriptions);
    forHttpStatus = List.copyOf(forHttpStatus);
  }

  /** An entry with a code, standing for no status but its own. */
  public ErrorEntry(
      String name, CodePattern code, String type, int httpStatus, String groupPath,
      Map<String, String> descriptions) {
    this(name, Optional.of(code), type, httpStatus, groupPath, descriptions, List.of(), 0);
  }

  /** The code as written, such as {@code "E2xx"}; {@code ""} for an entry of HTTP statuses alone. */
  public String codeText() {
    return code.map(CodePattern::text).orElse("");
  }

  /** Whether the entry covers more than one code (a range or a wildcard). */
  public boolean isRange() {
    return code.isPresent() && code.get().isRange();
  }

  /** Whether the entry has no code: it stands for HTTP statuses alone ({@code @HttpStatus}). */
  public boolean isStatusOnly() {
    return code.isEmpty();
  }

  /**
   * The order of a catalog's entries, whatever order they were declared in: codes by their first code,
   * then by their text; then entries of statuses alone, by status.
   */
  public static final Comparator<ErrorEntry> CATALOG_ORDER = Comparator
      .comparing(ErrorEntry::sortKey)
      .thenComparing(ErrorEntry::sortText)
      .thenComparing(ErrorEntry::name);

  private String sortKey() {
    return code.map(pattern -> "0" + pattern.first())
        .orElseGet(() -> "1" + forHttpStatus.get(0).first());
  }

  private String sortText() {
    return code.map(CodePattern::text).orElseGet(() -> forHttpStatus.get(0).text());
  }
}
