package dev.errata.samples;

import static org.junit.jupiter.api.Assertions.fail;

import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.ErrorReport;

/** Asserts which kind of {@link Decoded} a response gave, keeping the catalog's exception type. */
public final class DecodedAssertions {

  private DecodedAssertions() {}

  /** The exception of a failure; fails the test for a success or warning. */
  public static <E extends CatalogException> E assertFailure(Decoded<E> decoded) {
    if (decoded instanceof Decoded.Failure<E> failure) {
      return failure.error();
    }
    return fail("expected a failure, got " + describe(decoded));
  }

  /** The exception of a warning; fails the test for a success or failure. */
  public static <E extends CatalogException> E assertWarning(Decoded<E> decoded) {
    if (decoded instanceof Decoded.Warning<E> warning) {
      return warning.warning();
    }
    return fail("expected a warning, got " + describe(decoded));
  }

  /** The report of a success; fails the test for a warning or failure. */
  public static <E extends CatalogException> ErrorReport assertSuccess(Decoded<E> decoded) {
    if (decoded instanceof Decoded.Success<E> success) {
      return success.report();
    }
    return fail("expected a success, got " + describe(decoded));
  }

  private static String describe(Decoded<?> decoded) {
    return decoded.getClass().getSimpleName() + " "
        + decoded.exception().map(e -> e.getClass().getSimpleName() + ": " + e.getMessage()).orElse("")
        + " " + decoded.report();
  }
}
