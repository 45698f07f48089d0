package dev.errata.catalog;

import java.io.Serializable;
import java.util.Locale;

/**
 * One entry of an error catalog: an exact code, a range or a wildcard, an entry for responses that
 * carry only an HTTP status, or the catalog's entry for codes it does not declare ({@code UNKNOWN}, or
 * {@code UNRECOGNIZED} in a catalog with a code of its own named {@code UNKNOWN}); each generated
 * {@code <Name>ErrorCode} enum implements it.
 */
public interface ErrorCode extends Serializable {

  /** What {@link #httpStatus()} returns for an entry that declares no HTTP status: 0, never a status. */
  int NO_HTTP_STATUS = 0;

  /** The symbolic name of the entry, its enum constant. */
  String name();

  /**
   * The code as declared: {@code "A000"}, a range {@code "E100..E199"}, a wildcard {@code "E2xx"}; {@code
   * ""} for the entry of codes the catalog does not declare, and for an entry of HTTP statuses alone.
   */
  String code();

  /**
   * The declared type of the entry; never {@code null}: codes the catalog does not declare have its
   * {@code unknownType}, else a type of the catalog's own, {@code <Name>ErrorType.UNKNOWN} (a failure,
   * never retried).
   */
  ErrorKind type();

  /**
   * The HTTP status declared with the entry (the one a server sends for it), or {@link #NO_HTTP_STATUS}
   * when it declares none.
   */
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

  /**
   * Whether this is the catalog's entry for codes it does not declare: true for that built-in entry
   * alone, false for a code the catalog declares, even one named {@code UNKNOWN}.
   */
  boolean isUnknown();
}
