package dev.errata.jaxrs;

import dev.errata.catalog.CatalogException;
import dev.errata.catalog.EncodedError;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A server {@link ExceptionMapper} that answers any catalog's exception with its catalog's envelope:
 * the HTTP status, headers ({@code Content-Type}, a {@code Retry-After} for a wait) and JSON body that
 * {@code exception.catalog().encode(exception)} gives, which a client decodes back into an equal
 * exception. One mapper serves every catalog; annotated {@link Provider}, so scanning finds it, or
 * register it: {@code resourceConfig.register(ErrataExceptionMapper.class)}. Thread-safe.
 */
@Provider
public final class ErrataExceptionMapper implements ExceptionMapper<CatalogException> {

  /** The mapper; it needs no catalog, as each exception knows its own. */
  public ErrataExceptionMapper() {}

  @Override
  public Response toResponse(CatalogException exception) {
    EncodedError encoded = exception.catalog().encode(exception);
    Response.ResponseBuilder response = Response.status(encoded.httpStatus()).entity(encoded.body());
    encoded.headers().forEach(response::header);
    return response.build();
  }
}
