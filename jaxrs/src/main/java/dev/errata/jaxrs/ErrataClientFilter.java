package dev.errata.jaxrs;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.ErrorBodies;
import dev.errata.catalog.HeaderLookup;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A JAX-RS {@link ClientResponseFilter} that decodes responses with an error catalog and throws its
 * typed exception for a failure: one inside a 2xx body (Khipu's {@code "Status": "ERROR"} with HTTP
 * 200), and, unless it is made for {@link #successes}, one with an error status too. A 2xx body that
 * may hold an envelope (JSON, or no {@code Content-Type}) is read up to the catalog's {@code
 * maxBodyBytes} before the entity is; a success is then read from what was read and the rest of the
 * stream, as it was received. A warning (KeyBank's 299) goes to a callback, logged by default.
 *
 * <p>JAX-RS wraps what a filter throws: the caller catches a {@code ProcessingException} whose cause
 * is the typed exception ({@code CatalogException.find(e, KhipuException.class)}). A MicroProfile Rest
 * Client throws the typed exception itself for an error status through {@link
 * ErrataResponseExceptionMapper}; register this filter there {@link #successes} only, for the errors in
 * 2xx bodies. Thread-safe.
 *
 * @param <E> the catalog's exception type
 */
public final class ErrataClientFilter<E extends CatalogException> implements ClientResponseFilter {

  private static final System.Logger LOGGER = System.getLogger(ErrataClientFilter.class.getName());

  private final Catalog<E> catalog;
  private final boolean errorStatuses;
  private final Consumer<? super E> onWarning;

  private ErrataClientFilter(Catalog<E> catalog, boolean errorStatuses, Consumer<? super E> onWarning) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.errorStatuses = errorStatuses;
    this.onWarning = Objects.requireNonNull(onWarning, "onWarning");
  }

  /** A filter that throws the typed exception of every failure: error statuses and errors in 2xx bodies. */
  public static <E extends CatalogException> ErrataClientFilter<E> of(Catalog<E> catalog) {
    return new ErrataClientFilter<>(catalog, true, ErrataClientFilter::log);
  }

  /**
   * A filter that reads only 2xx responses, for the errors inside their bodies, and leaves error
   * statuses to a {@code ResponseExceptionMapper}.
   */
  public static <E extends CatalogException> ErrataClientFilter<E> successes(Catalog<E> catalog) {
    return new ErrataClientFilter<>(catalog, false, ErrataClientFilter::log);
  }

  /** The same filter, handing warnings to {@code onWarning} instead of the log. */
  public ErrataClientFilter<E> onWarning(Consumer<? super E> onWarning) {
    return new ErrataClientFilter<>(catalog, errorStatuses, onWarning);
  }

  @Override
  public void filter(ClientRequestContext request, ClientResponseContext response) throws IOException {
    int status = response.getStatus();
    HeaderLookup headers = response::getHeaderString;
    boolean success = status >= 200 && status <= 299;
    if (!success) {
      if (errorStatuses) {
        throw JaxRsBodies.error(catalog, status, response.hasEntity() ? response.getEntityStream() : null, headers);
      }
      return;
    }
    Decoded<E> decoded;
    if (!response.hasEntity() || !ErrorBodies.mayHoldError(response.getHeaderString("Content-Type"))) {
      decoded = catalog.decode(status, new byte[0], headers);
    } else {
      InputStream stream = response.getEntityStream();
      byte[] head = stream.readNBytes(catalog.limits().maxBodyBytes() + 1);
      decoded = catalog.decode(status, head, headers);
      response.setEntityStream(new SequenceInputStream(new ByteArrayInputStream(head), stream));
    }
    if (decoded instanceof Decoded.Failure<E> failure) {
      throw failure.error();
    }
    decoded.exception().ifPresent(onWarning);
  }

  private static void log(CatalogException warning) {
    LOGGER.log(System.Logger.Level.WARNING, () -> "a successful response carries a warning: " + warning.getMessage());
  }
}
