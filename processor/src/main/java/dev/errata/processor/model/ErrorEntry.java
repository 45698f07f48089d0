package dev.errata.processor.model;

import java.util.Map;

/**
 * One code, range or wildcard of the catalog, with the defaults of its groups applied.
 *
 * @param name the constant's name, also the generated enum constant
 * @param pattern what the constant's value stands for
 * @param type the name of its error type, one the catalog declares
 * @param httpStatus its HTTP status, or 0 for none
 * @param groupPath the path of its innermost group, or {@code ""} for a code directly in the catalog
 * @param descriptions text per locale tag, in the catalog's locale order; empty or one per locale
 */
public record ErrorEntry(
    String name,
    CodePattern pattern,
    String type,
    int httpStatus,
    String groupPath,
    Map<String, String> descriptions) {

  /** Copies the descriptions. */
  public ErrorEntry {
    descriptions = Catalog.orderedCopy(descriptions);
  }
}
