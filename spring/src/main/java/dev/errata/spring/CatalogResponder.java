package dev.errata.spring;

import dev.errata.catalog.CatalogException;
import dev.errata.catalog.EncodedError;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;

/**
 * How a server answers a {@link CatalogException}: with the catalog's own envelope ({@link
 * #envelope()}, the default), or as an RFC 9457 problem detail ({@link #problemDetail()}).
 * {@link CatalogExceptionHandler} calls it; a function of the exception alone, so the same one serves
 * MVC and WebFlux.
 */
@FunctionalInterface
public interface CatalogResponder {

  /** The response for {@code exception}: status, headers and body. */
  ResponseEntity<?> respond(CatalogException exception);

  /**
   * The catalog's envelope, as {@code exception.catalog().encode(exception)} writes it: its HTTP
   * status, {@code Content-Type} and {@code Retry-After} headers, and JSON body; what a client of the
   * catalog decodes back into an equal exception.
   */
  static CatalogResponder envelope() {
    return exception -> {
      EncodedError encoded = exception.catalog().encode(exception);
      return ResponseEntity.status(encoded.httpStatus())
          .headers(headers -> encoded.headers().forEach(headers::set))
          .body(encoded.body());
    };
  }

  /**
   * An RFC 9457 problem detail ({@code application/problem+json}), as {@link
   * CatalogProblemDetails#errorResponse(CatalogException)} makes it, for applications that answer
   * every error that way; written by the application's JSON converter.
   */
  static CatalogResponder problemDetail() {
    return exception -> {
      ErrorResponse response = CatalogProblemDetails.errorResponse(exception);
      return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders()).body(response.getBody());
    };
  }
}
