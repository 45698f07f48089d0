package dev.errata.jaxrs;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.HeaderLookup;
import java.io.InputStream;

/** What the filter and the mapper share: the typed exception of an error status. */
final class JaxRsBodies {

  private JaxRsBodies() {}

  /**
   * The typed exception of a response with an error status, its body read up to the catalog's limit;
   * a body that says success does not make it one.
   */
  static <E extends CatalogException> E error(Catalog<E> catalog, int status, InputStream body,
      HeaderLookup headers) {
    Decoded<E> decoded = catalog.decode(status, body, headers);
    return decoded instanceof Decoded.Failure<E> failure ? failure.error() : catalog.toException(decoded.report());
  }
}
