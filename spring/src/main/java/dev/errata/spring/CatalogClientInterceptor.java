package dev.errata.spring;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.HeaderLookup;
import dev.errata.catalog.RetryPolicy;
import dev.errata.catalog.RetryPolicy.Decision;
import dev.errata.catalog.Sleeper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A {@code RestClient} (or {@code RestTemplate}) interceptor that decodes every response with the
 * request's catalog and throws its typed exception itself, then retries as the {@link RetryPolicy}
 * decides:
 *
 * <pre>{@code
 * RestClient khipu = RestClient.builder()
 *     .baseUrl("https://payment-api.khipu.com")
 *     .requestInterceptor(CatalogClientInterceptor.of(KhipuMatcher.catalog()))
 *     .build();
 * Payment payment = khipu.get().uri("/payments/{id}", id).retrieve().body(Payment.class);  // or a KhipuException
 * }</pre>
 *
 * <ul>
 *   <li><b>What fails.</b> A non-2xx status (its body read up to the catalog's {@code maxBodyBytes}),
 *       and a 2xx whose body says so (Khipu's {@code "Status": "ERROR"} with HTTP 200): a 2xx body
 *       that is JSON, or has no {@code Content-Type}, is read up to the limit and decoded first, then
 *       handed on as it was received, so the application's converter reads it as usual (a body
 *       longer than the limit streams on after the part read). Other 2xx bodies are not read.
 *   <li><b>What it throws.</b> The catalog's exception, not wrapped (an {@code IOException} of the
 *       last attempt reaches {@code RestClient}, which wraps it in a {@code ResourceAccessException});
 *       the failures of earlier attempts are suppressed exceptions of the one thrown.
 *   <li><b>Warnings</b> (KeyBank's HTTP 299) do not throw: they go to the {@link DecodingListener}.
 *   <li><b>Retries</b> follow the policy ({@link RetryPolicy#defaults()} unless set), for requests
 *       that are safe to repeat: the idempotent methods of RFC 9110, section 9.2.2, by default. An
 *       advised delay is waited in full; a wait past the policy's time is not begun.
 *   <li>A request the {@link CatalogSelector} gives no catalog goes through untouched.
 * </ul>
 *
 * <p>On Spring 7 interceptors after this one run again on each retry; on Spring 6.2 a retry skips
 * them, so add this interceptor last there. Immutable and thread-safe.
 */
public final class CatalogClientInterceptor implements ClientHttpRequestInterceptor {

  private final CatalogSelector selector;
  private final RetryPolicy policy;
  private final Predicate<? super HttpRequest> retryableRequests;
  private final DecodingListener listener;
  private final boolean inspectSuccessBodies;
  private final Clock clock;
  private final Sleeper sleeper;

  private CatalogClientInterceptor(Builder builder) {
    this.selector = builder.selector;
    this.policy = builder.policy;
    this.retryableRequests = builder.retryableRequests;
    this.listener = builder.listener;
    this.inspectSuccessBodies = builder.inspectSuccessBodies;
    this.clock = builder.clock;
    this.sleeper = builder.sleeper;
  }

  /** An interceptor that decodes every response with {@code catalog}, with the defaults. */
  public static CatalogClientInterceptor of(Catalog<?> catalog) {
    return builder(catalog).build();
  }

  /** A builder of an interceptor that decodes every response with {@code catalog}. */
  public static Builder builder(Catalog<?> catalog) {
    return new Builder(CatalogSelector.of(catalog));
  }

  /** A builder of an interceptor that decodes each response with the catalog {@code selector} chooses. */
  public static Builder builder(CatalogSelector selector) {
    return new Builder(selector);
  }

  /**
   * Whether the request's method is idempotent (RFC 9110, section 9.2.2): {@code GET}, {@code HEAD},
   * {@code OPTIONS}, {@code TRACE}, {@code PUT} or {@code DELETE}. What is retried by default.
   */
  public static boolean isIdempotent(HttpRequest request) {
    return Bodies.IDEMPOTENT.contains(request.getMethod().name());
  }

  @Override
  public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
      throws IOException {
    Catalog<?> catalog = selector.select(request.getURI(), request.getAttributes());
    if (catalog == null) {
      return execution.execute(request, body);
    }
    Instant start = clock.instant();
    List<Throwable> earlier = new ArrayList<>();
    for (int attempt = 1; ; attempt++) {
      Exception failure;
      try {
        return check(catalog, execution.execute(request, body));
      } catch (CatalogException | IOException e) {
        failure = e;
      }
      Decision decision = policy.decide(failure, attempt, since(start));
      if (!(decision instanceof Decision.Retry retry) || !retryableRequests.test(request)) {
        earlier.forEach(failure::addSuppressed);
        throw sneaky(failure);
      }
      earlier.add(failure);
      try {
        sleeper.sleep(retry.delay());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        earlier.forEach(failure::addSuppressed);
        failure.addSuppressed(e);
        throw sneaky(failure);
      }
    }
  }

  /** The response to hand on, or the typed exception of a failure (the response closed). */
  private ClientHttpResponse check(Catalog<?> catalog, ClientHttpResponse response) throws IOException {
    return check(catalog, response, listener, inspectSuccessBodies);
  }

  static <E extends CatalogException> ClientHttpResponse check(Catalog<E> catalog, ClientHttpResponse response,
      DecodingListener listener, boolean inspectSuccessBodies) throws IOException {
    int status = response.getStatusCode().value();
    HttpHeaders headers = response.getHeaders();
    HeaderLookup lookup = headers::getFirst;
    if (!Bodies.isSuccess(status)) {
      E error;
      try (response) {
        error = Bodies.failure(catalog, catalog.decode(status, response.getBody(), lookup));
      } catch (IOException | RuntimeException notOpened) {
        // No body to read at all: the status and headers still say what failed.
        error = Bodies.failure(catalog, catalog.decode(status, new byte[0], lookup));
      }
      listener.onFailure(error);
      throw error;
    }
    if (!inspectSuccessBodies || !Bodies.inspected(headers.getFirst(HttpHeaders.CONTENT_TYPE))) {
      Decoded<E> byStatus = catalog.decode(status, new byte[0], lookup);
      return passed(catalog, response, byStatus, listener, null, null);
    }
    InputStream stream;
    byte[] head;
    try {
      stream = response.getBody();
      head = stream.readNBytes(catalog.limits().maxBodyBytes() + 1);
    } catch (IOException | RuntimeException e) {
      response.close();
      throw e;
    }
    Decoded<E> decoded = catalog.decode(status, new ByteArrayInputStream(head), lookup);
    return passed(catalog, response, decoded, listener, head, stream);
  }

  private static <E extends CatalogException> ClientHttpResponse passed(Catalog<E> catalog,
      ClientHttpResponse response, Decoded<E> decoded, DecodingListener listener, byte[] head, InputStream rest) {
    if (decoded instanceof Decoded.Failure<E> failure) {
      response.close();
      listener.onFailure(failure.error());
      throw failure.error();
    }
    decoded.exception().ifPresent(listener::onWarning);
    return head == null ? response : new Replayed(response, head, rest);
  }

  private Duration since(Instant start) {
    Duration elapsed = Duration.between(start, clock.instant());
    return elapsed.isNegative() ? Duration.ZERO : elapsed;
  }

  /** Throws a checked exception the caller declares, or an unchecked one, as it is. */
  @SuppressWarnings("unchecked")
  private static <T extends Exception> T sneaky(Exception failure) throws T {
    throw (T) failure;
  }

  /** A response whose body is the part read, then the rest of the stream. */
  private static final class Replayed implements ClientHttpResponse {
    private final ClientHttpResponse response;
    private final InputStream body;

    Replayed(ClientHttpResponse response, byte[] head, InputStream rest) {
      this.response = response;
      this.body = new SequenceInputStream(new ByteArrayInputStream(head), rest);
    }

    @Override
    public HttpStatusCode getStatusCode() throws IOException {
      return response.getStatusCode();
    }

    @Override
    public String getStatusText() throws IOException {
      return response.getStatusText();
    }

    @Override
    public HttpHeaders getHeaders() {
      return response.getHeaders();
    }

    @Override
    public InputStream getBody() {
      return body;
    }

    @Override
    public void close() {
      response.close();
    }
  }

  /** Builds a {@link CatalogClientInterceptor}; every setting has a default. */
  public static final class Builder {
    private final CatalogSelector selector;
    private RetryPolicy policy = RetryPolicy.defaults();
    private Predicate<? super HttpRequest> retryableRequests = CatalogClientInterceptor::isIdempotent;
    private DecodingListener listener = DecodingListener.logging();
    private boolean inspectSuccessBodies = true;
    private Clock clock = new MonotonicClock();
    private Sleeper sleeper = Sleeper.system();

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
     * r.getHeaders().containsHeader("Idempotency-Key")}.
     */
    public Builder retryableRequests(Predicate<? super HttpRequest> retryableRequests) {
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

    /** How to wait between attempts; {@code Thread.sleep} by default. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** The interceptor. */
    public CatalogClientInterceptor build() {
      return new CatalogClientInterceptor(this);
    }
  }
}
