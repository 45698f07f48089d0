package dev.errata.http;

import dev.errata.catalog.CatalogException;

/** What one attempt's response turned out to be, once its body was read as far as needed. */
sealed interface Outcome<T, E extends CatalogException> {

  /** A success (or a warning, then not {@code null}): the body as the caller's handler read it. */
  record Passed<T, E extends CatalogException>(T body, E warning) implements Outcome<T, E> {}

  /** A failure, typed by the catalog; the caller's handler never saw the body. */
  record Failed<T, E extends CatalogException>(E error) implements Outcome<T, E> {}
}
