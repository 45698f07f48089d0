package dev.errata.feign;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.HeaderLookup;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** What the decoder and the interceptor share: reading a Feign response, and the exception Feign gets. */
final class FeignFailures {

  private FeignFailures() {}

  /** The response's headers, which Feign keeps in a map that ignores case. */
  static HeaderLookup headers(Response response) {
    return HeaderLookup.of(response.headers());
  }

  /** The body as a stream; one that fails as the body did when it cannot even be opened. */
  static InputStream stream(Response response) {
    Response.Body body = response.body();
    if (body == null) {
      return InputStream.nullInputStream();
    }
    try {
      return body.asInputStream();
    } catch (IOException e) {
      return new InputStream() {
        @Override
        public int read() throws IOException {
          throw e;
        }
      };
    }
  }

  /** The typed exception of a failed response: a body that says success does not make it one. */
  static <E extends CatalogException> E error(Catalog<E> catalog, Decoded<E> decoded) {
    return decoded instanceof Decoded.Failure<E> failure ? failure.error() : catalog.toException(decoded.report());
  }

  /**
   * What Feign gets for {@code error}: the typed exception itself when its catalog says never, else a
   * {@link RetryableException} whose cause it is, for a {@code Retryer} to decide on. Feign's {@code
   * retryAfter} is the moment a retry is allowed, in epoch milliseconds: given for a wait the
   * catalog or a {@code Retry-After} header advises, left {@code null} for "immediately" (a retryer's
   * own backoff then applies).
   */
  static Exception toFeign(CatalogException error, Response response, Clock clock) {
    if (!error.retry().isRetryable()) {
      return error;
    }
    Long retryAfter = null;
    if (error.retry().kind() == dev.errata.catalog.RetryAdvice.Kind.AFTER) {
      Optional<Instant> notBefore = error.retry().notBefore(clock.instant());
      retryAfter = notBefore.map(FeignFailures::epochMilli).orElse(null);
    }
    Request request = response.request();
    return new RetryableException(response.status(), error.getMessage(),
        request != null ? request.httpMethod() : null, error, retryAfter, request);
  }

  private static long epochMilli(Instant instant) {
    try {
      return instant.toEpochMilli();
    } catch (ArithmeticException pastLong) {
      return Long.MAX_VALUE;
    }
  }
}
