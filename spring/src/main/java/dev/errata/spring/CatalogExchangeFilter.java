package dev.errata.spring;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.HeaderLookup;
import dev.errata.catalog.RetryPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * A {@code WebClient} filter that decodes every response with the request's catalog and fails with
 * its typed exception, then retries as the {@link RetryPolicy} decides; it blocks no thread:
 *
 * <pre>{@code
 * WebClient khipu = WebClient.builder()
 *     .baseUrl("https://payment-api.khipu.com")
 *     .filter(CatalogExchangeFilter.of(KhipuMatcher.catalog()))
 *     .build();
 * Mono<Payment> payment = khipu.get().uri("/payments/{id}", id).retrieve().bodyToMono(Payment.class);
 * }</pre>
 *
 * <p>As {@link CatalogClientInterceptor} does for {@code RestClient}: a non-2xx status fails (its
 * body read up to the catalog's {@code maxBodyBytes}, the rest cancelled); a 2xx body that is JSON,
 * or has no {@code Content-Type}, is read up to the limit and decoded before the response is
 * emitted, then handed on whole (the part read, then the rest as it comes), so the application's
 * {@code bodyToMono} reads it as usual; warnings go to the {@link DecodingListener}; the exception is
 * the catalog's, not wrapped. Retries ({@link CatalogRetry}) resend idempotent requests only, by
 * default; a request the {@link CatalogSelector} gives no catalog goes through untouched.
 * Immutable and thread-safe.
 */
public final class CatalogExchangeFilter implements ExchangeFilterFunction {

  private final CatalogSelector selector;
  private final CatalogRetry retry;
  private final Predicate<? super ClientRequest> retryableRequests;
  private final DecodingListener listener;
  private final boolean inspectSuccessBodies;

  private CatalogExchangeFilter(Builder builder) {
    this.selector = builder.selector;
    this.retry = CatalogRetry.of(builder.policy).withClock(builder.clock).withScheduler(builder.scheduler);
    this.retryableRequests = builder.retryableRequests;
    this.listener = builder.listener;
    this.inspectSuccessBodies = builder.inspectSuccessBodies;
  }

  /** A filter that decodes every response with {@code catalog}, with the defaults. */
  public static CatalogExchangeFilter of(Catalog<?> catalog) {
    return builder(catalog).build();
  }

  /** A builder of a filter that decodes every response with {@code catalog}. */
  public static Builder builder(Catalog<?> catalog) {
    return new Builder(CatalogSelector.of(catalog));
  }

  /** A builder of a filter that decodes each response with the catalog {@code selector} chooses. */
  public static Builder builder(CatalogSelector selector) {
    return new Builder(selector);
  }

  /**
   * Whether the request's method is idempotent (RFC 9110, section 9.2.2): {@code GET}, {@code HEAD},
   * {@code OPTIONS}, {@code TRACE}, {@code PUT} or {@code DELETE}. What is retried by default.
   */
  public static boolean isIdempotent(ClientRequest request) {
    return Bodies.IDEMPOTENT.contains(request.method().name());
  }

  /**
   * A status handler for {@code WebClient.Builder.defaultStatusHandler(HttpStatusCode::isError,
   * ...)} (or {@code retrieve().onStatus}) that gives the typed exception of an error response,
   * decoded with {@code catalog}. It sees only the statuses it is given: the filter also catches
   * errors inside 2xx bodies, and retries.
   */
  public static Function<ClientResponse, Mono<? extends Throwable>> statusHandler(Catalog<?> catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return response -> failure(catalog, response);
  }

  @Override
  public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
    Catalog<?> catalog = selector.select(request.url(), request.attributes());
    if (catalog == null) {
      return next.exchange(request);
    }
    Mono<ClientResponse> attempt = Mono.defer(() -> next.exchange(request))
        .flatMap(response -> check(catalog, response));
    return retryableRequests.test(request) ? attempt.retryWhen(retry) : attempt;
  }

  private <E extends CatalogException> Mono<ClientResponse> check(Catalog<E> catalog, ClientResponse response) {
    int status = response.statusCode().value();
    HttpHeaders headers = response.headers().asHttpHeaders();
    HeaderLookup lookup = headers::getFirst;
    if (!Bodies.isSuccess(status)) {
      return failure(catalog, response).doOnNext(listener::onFailure).flatMap(error -> Mono.<ClientResponse>error(error));
    }
    if (!inspectSuccessBodies || !Bodies.inspected(headers.getFirst(HttpHeaders.CONTENT_TYPE))) {
      Decoded<E> byStatus = catalog.decode(status, new byte[0], lookup);
      if (byStatus instanceof Decoded.Failure<E> failure) {
        listener.onFailure(failure.error());
        return response.releaseBody().then(Mono.<ClientResponse>error(failure.error()));
      }
      byStatus.exception().ifPresent(listener::onWarning);
      return Mono.just(response);
    }
    int limit = catalog.limits().maxBodyBytes();
    AtomicLong size = new AtomicLong();
    // The first list holds the whole body, or the buffers up to the one that passed the limit;
    // every buffer after that comes as a list of its own.
    Flux<List<DataBuffer>> chunks = response.body(BodyExtractors.toDataBuffers())
        .bufferUntil(buffer -> size.addAndGet(buffer.readableByteCount()) > limit);
    return chunks.switchOnFirst((first, all) -> {
      if (first.isOnError()) {
        // A 2xx body that broke off says neither success nor failure: the attempt failed.
        return Mono.<ClientResponse>error(Objects.requireNonNull(first.getThrowable()));
      }
      List<DataBuffer> head = first.isOnNext() ? Objects.requireNonNull(first.get()) : List.of();
      Decoded<E> decoded = catalog.decode(status, new ByteArrayInputStream(bytes(head, limit + 1)), lookup);
      if (decoded instanceof Decoded.Failure<E> failure) {
        head.forEach(DataBufferUtils::release);
        listener.onFailure(failure.error());
        return Mono.<ClientResponse>error(failure.error());
      }
      decoded.exception().ifPresent(listener::onWarning);
      // The source stays open (false below) for the body the application reads later: the part
      // read, then the rest.
      Flux<DataBuffer> body = all.concatMapIterable(buffers -> buffers);
      return Mono.just(response.mutate().body(original -> body).build());
    }, false).single();
  }

  /** The typed exception of a response that failed by its status, its body read up to the limit. */
  private static <E extends CatalogException> Mono<E> failure(Catalog<E> catalog, ClientResponse response) {
    int status = response.statusCode().value();
    HeaderLookup lookup = response.headers().asHttpHeaders()::getFirst;
    int limit = catalog.limits().maxBodyBytes();
    return Mono.defer(() -> {
      ByteArrayOutputStream read = new ByteArrayOutputStream();
      return DataBufferUtils.takeUntilByteCount(response.body(BodyExtractors.toDataBuffers()), limit + 1L)
          .doOnNext(buffer -> {
            try {
              read.write(bytes(List.of(buffer), buffer.readableByteCount()));
            } catch (IOException cannotHappen) {
              throw new IllegalStateException(cannotHappen);
            } finally {
              DataBufferUtils.release(buffer);
            }
          })
          .then(Mono.fromSupplier(() -> (InputStream) new ByteArrayInputStream(read.toByteArray())))
          .onErrorResume(broken -> Mono.just(
              new SequenceInputStream(new ByteArrayInputStream(read.toByteArray()), new Broken(broken))))
          .map(body -> Bodies.failure(catalog, catalog.decode(status, body, lookup)));
    });
  }

  /** The first {@code length} bytes of {@code buffers} (fewer if they hold fewer), not consuming them. */
  private static byte[] bytes(List<DataBuffer> buffers, int length) {
    long size = 0;
    for (DataBuffer buffer : buffers) {
      size += buffer.readableByteCount();
    }
    byte[] bytes = new byte[(int) Math.min(size, length)];
    ByteBuffer target = ByteBuffer.wrap(bytes);
    int at = 0;
    for (DataBuffer buffer : buffers) {
      int n = Math.min(buffer.readableByteCount(), bytes.length - at);
      buffer.toByteBuffer(buffer.readPosition(), target, at, n);
      at += n;
      if (at == bytes.length) {
        break;
      }
    }
    return bytes;
  }

  /** A stream that fails as the response's body did. */
  private static final class Broken extends InputStream {
    private final Throwable failure;

    Broken(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public int read() throws IOException {
      throw failure instanceof IOException io ? io : new IOException(failure);
    }
  }

  /** Builds a {@link CatalogExchangeFilter}; every setting has a default. */
  public static final class Builder {
    private final CatalogSelector selector;
    private RetryPolicy policy = RetryPolicy.defaults();
    private Predicate<? super ClientRequest> retryableRequests = CatalogExchangeFilter::isIdempotent;
    private DecodingListener listener = DecodingListener.logging();
    private boolean inspectSuccessBodies = true;
    private Clock clock = new MonotonicClock();
    private Scheduler scheduler = Schedulers.parallel();

    private Builder(CatalogSelector selector) {
      this.selector = Objects.requireNonNull(selector, "selector");
    }

    /** The retry policy; {@link RetryPolicy#defaults()} by default. {@code maxAttempts(1)} never retries. */
    public Builder retryPolicy(RetryPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Which requests may be sent more than once; by default {@link #isIdempotent}. A {@code POST} with
     * an idempotency key may be added: {@code r -> isIdempotent(r) ||
     * r.headers().containsHeader("Idempotency-Key")}.
     */
    public Builder retryableRequests(Predicate<? super ClientRequest> retryableRequests) {
      this.retryableRequests = Objects.requireNonNull(retryableRequests, "retryableRequests");
      return this;
    }

    /** Hears each failure and warning decoded; by default {@link DecodingListener#logging()}. */
    public Builder listener(DecodingListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Whether 2xx bodies that are JSON (or untyped) are read and decoded for an error inside them
     * (Khipu's): {@code true} by default; {@code false} decodes 2xx responses by their status alone.
     */
    public Builder inspectSuccessBodies(boolean inspectSuccessBodies) {
      this.inspectSuccessBodies = inspectSuccessBodies;
      return this;
    }

    /** The clock the time since the first attempt is measured with; by default a monotonic one. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Where the waits between attempts are scheduled; Reactor's parallel scheduler by default. */
    public Builder scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /** The filter. */
    public CatalogExchangeFilter build() {
      return new CatalogExchangeFilter(this);
    }
  }
}
