package dev.errata.spring;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import java.util.Locale;
import java.util.Set;

/** What the clients share: which bodies are inspected, which requests are retried, what a failure throws. */
final class Bodies {

  /** The methods RFC 9110 (section 9.2.2) defines as idempotent. */
  static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE");

  private Bodies() {}

  /** Whether a 2xx body may hold an error: it is JSON, or its type is not given. */
  static boolean inspected(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    int semicolon = contentType.indexOf(';');
    String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim()
        .toLowerCase(Locale.ROOT);
    int slash = mediaType.indexOf('/');
    String subtype = slash < 0 ? mediaType : mediaType.substring(slash + 1);
    return subtype.equals("json") || subtype.endsWith("+json");
  }

  static boolean isSuccess(int status) {
    return status >= 200 && status <= 299;
  }

  /**
   * The exception of a response that failed by its status: a status that says failure whose body says
   * success (a body status "OK") still fails.
   */
  static <E extends CatalogException> E failure(Catalog<E> catalog, Decoded<E> decoded) {
    return decoded instanceof Decoded.Failure<E> failure ? failure.error() : catalog.toException(decoded.report());
  }
}
