package dev.errata.spring;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.HeaderLookup;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestClient;

/**
 * A status handler that decodes an error response with its catalog and throws the typed exception
 * itself (not wrapped), for a {@code RestClient} built without {@link CatalogClientInterceptor}:
 *
 * <pre>{@code
 * RestClient.builder().defaultStatusHandler(HttpStatusCode::isError, CatalogErrorHandler.of(KhipuMatcher.catalog()))
 * }</pre>
 *
 * <p>It sees only the responses whose status the predicate accepts, so it cannot catch an error
 * inside a 2xx body (Khipu's), nor retry: {@link CatalogClientInterceptor} does both. It is also
 * {@code RestTemplate}'s {@link ResponseErrorHandler} ({@code restTemplate.setErrorHandler(...)}),
 * the thin bridge for code that still uses it. The body is read up to the catalog's {@code
 * maxBodyBytes}. A response the {@link CatalogSelector} gives no catalog is handled as Spring's
 * {@link DefaultResponseErrorHandler} does. Immutable and thread-safe.
 */
public final class CatalogErrorHandler implements RestClient.ResponseSpec.ErrorHandler, ResponseErrorHandler {

  private final CatalogSelector selector;
  private final DecodingListener listener;
  private final DefaultResponseErrorHandler fallback = new DefaultResponseErrorHandler();

  private CatalogErrorHandler(CatalogSelector selector, DecodingListener listener) {
    this.selector = Objects.requireNonNull(selector, "selector");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** A handler that decodes with {@code catalog}. */
  public static CatalogErrorHandler of(Catalog<?> catalog) {
    return new CatalogErrorHandler(CatalogSelector.of(catalog), DecodingListener.none());
  }

  /** A handler that decodes with the catalog {@code selector} chooses, telling {@code listener} each failure. */
  public static CatalogErrorHandler of(CatalogSelector selector, DecodingListener listener) {
    return new CatalogErrorHandler(selector, listener);
  }

  @Override
  public void handle(HttpRequest request, ClientHttpResponse response) throws IOException {
    Catalog<?> catalog = selector.select(request.getURI(), request.getAttributes());
    if (catalog == null) {
      fallback.handleError(request.getURI(), request.getMethod(), response);
      return;
    }
    throw decode(catalog, response);
  }

  /** Whether the status is a 4xx or 5xx, as for Spring's own handler. */
  @Override
  public boolean hasError(ClientHttpResponse response) throws IOException {
    return response.getStatusCode().isError();
  }

  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
    Catalog<?> catalog = selector.select(url, Map.of());
    if (catalog == null) {
      fallback.handleError(url, method, response);
      return;
    }
    throw decode(catalog, response);
  }

  private <E extends CatalogException> E decode(Catalog<E> catalog, ClientHttpResponse response) throws IOException {
    int status = response.getStatusCode().value();
    HeaderLookup headers = response.getHeaders()::getFirst;
    E error;
    try {
      error = Bodies.failure(catalog, catalog.decode(status, response.getBody(), headers));
    } catch (IOException notOpened) {
      error = Bodies.failure(catalog, catalog.decode(status, new byte[0], headers));
    }
    listener.onFailure(error);
    return error;
  }
}
