package dev.errata.feign;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import feign.Response;
import feign.Util;
import feign.codec.ErrorDecoder;
import java.time.Clock;
import java.util.Objects;

/**
 * A Feign {@link ErrorDecoder} that decodes every failed response (status outside 2xx) with an error
 * catalog: it returns the catalog's typed exception, or, when the catalog (or a {@code Retry-After}
 * header) allows a retry, a {@code RetryableException} whose cause is the typed exception, so that a
 * {@code Retryer} decides. With {@link ErrataRetryer} and {@code
 * ExceptionPropagationPolicy.UNWRAP}, callers catch the typed exception in both cases.
 *
 * <p>The body is read only up to the catalog's {@code maxBodyBytes}. Feign's {@code retryAfter} is the
 * moment a retry is allowed, in epoch milliseconds: the decoder sets it for an advised wait, and
 * leaves it {@code null} for "immediately". Immutable and thread-safe.
 *
 * @param <E> the catalog's exception type
 */
public final class ErrataErrorDecoder<E extends CatalogException> implements ErrorDecoder {

  private final Catalog<E> catalog;
  private final Clock clock;

  /** A decoder of {@code catalog}, with the system clock for {@code retryAfter}. */
  public ErrataErrorDecoder(Catalog<E> catalog) {
    this(catalog, Clock.systemUTC());
  }

  /** A decoder of {@code catalog} that reads the time for {@code retryAfter} from {@code clock}. */
  public ErrataErrorDecoder(Catalog<E> catalog, Clock clock) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The catalog responses are decoded with. */
  public Catalog<E> catalog() {
    return catalog;
  }

  /**
   * The catalog's typed exception for {@code response}, or a {@code RetryableException} around it when
   * a retry is allowed. Never throws; closes the body.
   */
  @Override
  public Exception decode(String methodKey, Response response) {
    try {
      E error = FeignFailures.error(catalog,
          catalog.decode(response.status(), FeignFailures.stream(response), FeignFailures.headers(response)));
      return FeignFailures.toFeign(error, response, clock);
    } finally {
      Util.ensureClosed(response.body());
    }
  }
}
