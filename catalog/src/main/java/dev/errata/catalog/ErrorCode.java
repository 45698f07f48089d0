package dev.errata.catalog;

import java.io.Serializable;
import java.util.Locale;

/**
 * One entry of an error catalog: an exact code, a range or a wildcard, or the catalog's {@code
 * UNKNOWN}; each generated {@code <Name>ErrorCode} enum implements it.
 */
public interface ErrorCode extends Serializable {

  /** The symbolic name of the entry, its enum constant. */
  String name();

  /** The code as declared: {@code "A000"}, a range {@code "E100..E199"}, a wildcard {@code "E2xx"}, or {@code ""} for unknown. */
  String code();

  /** The declared type of the entry, or {@code null} for an unknown code when the catalog gives unknown codes no type. */
  ErrorKind type();

  /** The HTTP status declared with the entry, or 0 when none is. */
  int httpStatus();

  /**
   * The description in the given locale, falling back to the catalog's default locale; {@code ""} when
   * the catalog gives none.
   */
  String description(Locale locale);

  /** The description in the catalog's default locale; {@code ""} when the catalog gives none. */
  String description();

  /** Whether the entry stands for many codes (a range or a wildcard). */
  boolean isRange();

  /** Whether this is the catalog's entry for codes it does not declare. */
  boolean isUnknown();
}
