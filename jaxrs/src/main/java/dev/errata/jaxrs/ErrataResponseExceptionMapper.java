package dev.errata.jaxrs;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Objects;
import org.eclipse.microprofile.rest.client.ext.ResponseExceptionMapper;

/**
 * A MicroProfile Rest Client {@link ResponseExceptionMapper} that turns a response with an error
 * status (any outside 2xx) into the catalog's typed exception, which the client's methods then throw
 * as it is (it is unchecked). Its body is read up to the catalog's {@code maxBodyBytes}. For the errors
 * inside 2xx bodies, register {@link ErrataClientFilter#successes} as well:
 *
 * <pre>{@code
 * KhipuApi khipu = RestClientBuilder.newBuilder()
 *     .baseUri(URI.create("https://api.example.com"))
 *     .register(new ErrataResponseExceptionMapper<>(KhipuMatcher.catalog()))
 *     .register(ErrataClientFilter.successes(KhipuMatcher.catalog()))
 *     .build(KhipuApi.class);
 * }</pre>
 *
 * <p>Its priority is {@link ResponseExceptionMapper#DEFAULT_PRIORITY} unless given: lower runs first,
 * and the client's default mapper (a {@code WebApplicationException}) has the lowest. Needs the
 * MicroProfile Rest Client API on the class path, which this module does not bring. Thread-safe.
 *
 * @param <E> the catalog's exception type
 */
public final class ErrataResponseExceptionMapper<E extends CatalogException> implements ResponseExceptionMapper<E> {

  private final Catalog<E> catalog;
  private final int priority;

  /** A mapper of {@code catalog} at the default priority. */
  public ErrataResponseExceptionMapper(Catalog<E> catalog) {
    this(catalog, DEFAULT_PRIORITY);
  }

  /** A mapper of {@code catalog} at {@code priority} (lower runs first). */
  public ErrataResponseExceptionMapper(Catalog<E> catalog, int priority) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.priority = priority;
  }

  /** Every response with a status outside 2xx. */
  @Override
  public boolean handles(int status, MultivaluedMap<String, Object> headers) {
    return status < 200 || status > 299;
  }

  /** The catalog's typed exception for {@code response}; never {@code null}. */
  @Override
  public E toThrowable(Response response) {
    InputStream body = response.hasEntity() ? response.readEntity(InputStream.class) : null;
    return JaxRsBodies.error(catalog, response.getStatus(), body, response::getHeaderString);
  }

  @Override
  public int getPriority() {
    return priority;
  }
}
