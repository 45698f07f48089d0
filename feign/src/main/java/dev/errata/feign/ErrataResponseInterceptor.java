package dev.errata.feign;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.ErrorBodies;
import dev.errata.catalog.HeaderLookup;
import feign.FeignException;
import feign.InvocationContext;
import feign.Response;
import feign.ResponseInterceptor;
import feign.TypedResponse;
import feign.Types;
import feign.Util;
import feign.codec.DecodeException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.reflect.Type;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A Feign {@link ResponseInterceptor} that finds the errors an API sends inside 2xx responses (Khipu's
 * {@code "Status": "ERROR"} with HTTP 200): it reads a 2xx body that may hold one (JSON, or no {@code
 * Content-Type}), up to the catalog's {@code maxBodyBytes}, before Feign's decoder sees it, and throws
 * what {@link ErrataErrorDecoder} would return for it: the typed exception, or a {@code
 * RetryableException} around it when a retry is allowed. A success goes on to the decoder with its
 * body as it was received; a warning (KeyBank's 299) goes to a callback, logged by default.
 *
 * <p>Where the body can be read twice (Feign buffered it, or its stream can be rewound), the rest of
 * the chain runs as usual. Otherwise the interceptor decodes the success itself, with the client's
 * {@code Decoder}, from the part it read and the rest of the stream, as Feign's own {@code proceed}
 * would (a {@code Response} or {@code TypedResponse} return type included): register it last, since
 * interceptors after it are then skipped. Other bodies (files, images, text) are not read. Immutable
 * and thread-safe.
 *
 * @param <E> the catalog's exception type
 */
public final class ErrataResponseInterceptor<E extends CatalogException> implements ResponseInterceptor {

  private static final System.Logger LOGGER = System.getLogger(ErrataResponseInterceptor.class.getName());

  private final Catalog<E> catalog;
  private final Consumer<? super E> onWarning;
  private final Clock clock;

  /** An interceptor of {@code catalog} that logs warnings at {@code WARNING}. */
  public ErrataResponseInterceptor(Catalog<E> catalog) {
    this(catalog, ErrataResponseInterceptor::log, Clock.systemUTC());
  }

  /**
   * An interceptor of {@code catalog}.
   *
   * @param onWarning where the warnings of successful responses go
   * @param clock the clock for a {@code RetryableException}'s {@code retryAfter}
   */
  public ErrataResponseInterceptor(Catalog<E> catalog, Consumer<? super E> onWarning, Clock clock) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.onWarning = Objects.requireNonNull(onWarning, "onWarning");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Object intercept(InvocationContext context, Chain chain) throws Exception {
    Response response = context.response();
    int status = response.status();
    if (status < 200 || status > 299) {
      return chain.next(context);
    }
    HeaderLookup headers = FeignFailures.headers(response);
    Response.Body body = response.body();
    if (body == null || !ErrorBodies.mayHoldError(headers.first("Content-Type"))) {
      // Not read; the status alone may still say failure or warning.
      check(catalog.decode(status, new byte[0], headers), response);
      return chain.next(context);
    }
    int limit = catalog.limits().maxBodyBytes();
    InputStream stream = body.asInputStream();
    boolean again = body.isRepeatable() || stream.markSupported();
    if (!body.isRepeatable() && again) {
      stream.mark(limit + 1);
    }
    byte[] head = stream.readNBytes(limit + 1);
    check(catalog.decode(status, head, headers), response);
    if (body.isRepeatable()) {
      stream.close();
      return chain.next(context);
    }
    if (again) {
      stream.reset();
      return chain.next(context);
    }
    Response passed;
    if (head.length <= limit) {
      // All of it: the stream is at its end, and closed now.
      stream.close();
      passed = response.toBuilder().body(head).build();
    } else {
      passed = response.toBuilder().body(new SequenceInputStream(new ByteArrayInputStream(head), stream),
          body.length()).build();
    }
    return proceed(context, passed);
  }

  /** Throws the failure a decoded 2xx is; hands a warning to the callback. */
  private void check(Decoded<E> decoded, Response response) throws Exception {
    if (decoded instanceof Decoded.Failure<E> failure) {
      Util.ensureClosed(response.body());
      throw FeignFailures.toFeign(failure.error(), response, clock);
    }
    if (decoded instanceof Decoded.Warning<E> warning) {
      onWarning.accept(warning.warning());
    }
  }

  /** What Feign's {@code InvocationContext.proceed} does with a 2xx, for a response read here. */
  private static Object proceed(InvocationContext context, Response response) {
    Type type = context.returnType();
    if (type == Response.class) {
      return response;
    }
    try {
      if (type == void.class || type == Void.class) {
        return null;
      }
      if (TypedResponse.class.isAssignableFrom(Types.getRawType(type))) {
        Type bodyType = Types.resolveLastTypeParameter(type, TypedResponse.class);
        return TypedResponse.builder(response).body(context.decoder().decode(response, bodyType)).build();
      }
      return context.decoder().decode(response, type);
    } catch (FeignException e) {
      throw e;
    } catch (RuntimeException | IOException e) {
      throw new DecodeException(response.status(), e.getMessage(), response.request(), e);
    } finally {
      Util.ensureClosed(response.body());
    }
  }

  private static void log(CatalogException warning) {
    LOGGER.log(System.Logger.Level.WARNING, () -> "a successful response carries a warning: " + warning.getMessage());
  }
}
