package dev.errata.spring;

import dev.errata.catalog.CatalogException;
import dev.errata.catalog.EncodedError;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponse;

/**
 * A {@link CatalogException} as an RFC 9457 problem detail, for applications that answer errors as
 * {@code application/problem+json} whatever the catalog's own envelope:
 *
 * <ul>
 *   <li>{@code status}: the status the catalog's envelope would have;
 *   <li>{@code title}: the entry's description in the catalog's default locale, else the status's
 *       reason phrase; {@code detail}: the description the exception carried, if any;
 *   <li>{@code instance}: left to Spring, which sets the request's path;
 *   <li>properties: {@code code} (the code received or raised), {@code errorType} (the effective
 *       type's name), {@code correlationId}, and each envelope attribute under its own name (under
 *       {@code attributes} when its name is one of these or of RFC 9457's members).
 * </ul>
 *
 * <p>Only what the catalog and the exception's report hold goes in: never a Java message or stack
 * trace. A {@code Retry-After} header goes with it when the advice is to wait.
 */
public final class CatalogProblemDetails {

  private static final Set<String> RESERVED = Set.of(
      "type", "title", "status", "detail", "instance", "code", "errorType", "correlationId", "attributes");

  private CatalogProblemDetails() {}

  /** The problem detail of {@code exception}. */
  public static ProblemDetail of(CatalogException exception) {
    return of(exception, exception.catalog().encode(exception));
  }

  /** The problem detail of {@code exception} with its headers ({@code Retry-After}), as Spring's {@link ErrorResponse}. */
  public static ErrorResponse errorResponse(CatalogException exception) {
    EncodedError encoded = exception.catalog().encode(exception);
    ErrorResponse.Builder builder = ErrorResponse.builder(exception, of(exception, encoded));
    String retryAfter = encoded.headers().get(HttpHeaders.RETRY_AFTER);
    if (retryAfter != null) {
      builder.header(HttpHeaders.RETRY_AFTER, retryAfter);
    }
    return builder.build();
  }

  private static ProblemDetail of(CatalogException exception, EncodedError encoded) {
    ProblemDetail problem = ProblemDetail.forStatus(encoded.httpStatus());
    String description = exception.errorCode().description();
    if (!description.isEmpty()) {
      problem.setTitle(description);
    } else {
      HttpStatus status = HttpStatus.resolve(encoded.httpStatus());
      problem.setTitle(status != null ? status.getReasonPhrase() : null);
    }
    problem.setDetail(exception.report().description());
    problem.setProperty("code", exception.code());
    problem.setProperty("errorType", exception.type().name());
    if (exception.correlationId() != null) {
      problem.setProperty("correlationId", exception.correlationId());
    }
    Map<String, String> clashing = new LinkedHashMap<>();
    exception.attributes().forEach((name, value) -> {
      if (RESERVED.contains(name)) {
        clashing.put(name, value);
      } else {
        problem.setProperty(name, value);
      }
    });
    if (!clashing.isEmpty()) {
      problem.setProperty("attributes", clashing);
    }
    return problem;
  }
}
