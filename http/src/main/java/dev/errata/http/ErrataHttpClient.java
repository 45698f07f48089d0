package dev.errata.http;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.RetryPolicy;
import dev.errata.catalog.Sleeper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * A {@link HttpClient} that knows an API's error catalog: it sends a request, decodes the response
 * with the {@link Catalog}, retries as the {@link RetryPolicy} decides, and returns the successful
 * response, or throws the catalog's typed exception.
 *
 * <pre>{@code
 * ErrataHttpClient<KhipuException> khipu = ErrataHttpClient.of(KhipuMatcher.catalog());
 * HttpResponse<String> response = khipu.send(request, BodyHandlers.ofString());  // or throws a KhipuException
 * }</pre>
 *
 * <ul>
 *   <li><b>What fails.</b> A non-2xx status, and a 2xx whose body says it failed (Khipu's {@code
 *       "Status": "ERROR"} with HTTP 200): the body of a 2xx that is JSON, or has no {@code
 *       Content-Type}, is read up to the catalog's {@code maxBodyBytes} and decoded before the
 *       caller's {@code BodyHandler} sees it. Other 2xx bodies (files, images, text) go straight to
 *       it. A failure's body is never given to the caller's handler, and is read only up to the limit.
 *   <li><b>Warnings</b> (a success that needs attention, such as KeyBank's HTTP 299) return the
 *       response and go to {@link Builder#onWarning}; by default they are logged.
 *   <li><b>What is retried.</b> What the policy decides to retry (the catalog's advice; connection
 *       failures and timeouts, as "immediately"), and only for requests that are safe to repeat: by
 *       default the idempotent methods of RFC 9110, section 9.2.2 ({@code GET}, {@code HEAD}, {@code
 *       OPTIONS}, {@code TRACE}, {@code PUT}, {@code DELETE}); {@link Builder#retryableRequests}
 *       changes that. A "never" is never retried, and a wait past the policy's time is not begun.
 *   <li><b>What it throws.</b> The typed exception of the last attempt (or its {@code IOException}),
 *       with every attempt recorded on it as a suppressed {@link Attempt} ({@link Attempt#of}).
 *   <li><b>Waiting.</b> {@link #send} sleeps the calling thread between attempts ({@link Sleeper});
 *       {@link #sendAsync} blocks no thread: the next attempt is scheduled ({@link Scheduler}).
 *   <li><b>Timeouts.</b> A request without a timeout of its own gets {@link Builder#requestTimeout}
 *       (10 seconds by default) for each attempt; a default client connects within 10 seconds.
 * </ul>
 *
 * <p>Immutable and thread-safe: one client serves any number of callers. A request's body publisher
 * is subscribed once per attempt ({@code BodyPublishers.ofString} and the like can be).
 *
 * @param <E> the catalog's exception type
 */
public final class ErrataHttpClient<E extends CatalogException> {

  private static final System.Logger LOGGER = System.getLogger(ErrataHttpClient.class.getName());

  private final Catalog<E> catalog;
  private final HttpClient http;
  private final Retries retries;
  private final Duration requestTimeout;
  private final Consumer<? super E> onWarning;
  private final Sleeper sleeper;
  private final Scheduler scheduler;

  private ErrataHttpClient(Builder<E> builder) {
    this.catalog = builder.catalog;
    this.http = builder.http != null
        ? builder.http
        : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    this.retries = new Retries(builder.policy, builder.retryableRequests, builder.clock);
    this.requestTimeout = builder.requestTimeout;
    this.onWarning = builder.onWarning != null ? builder.onWarning : ErrataHttpClient::log;
    this.sleeper = builder.sleeper;
    this.scheduler = builder.scheduler != null
        ? builder.scheduler
        : http.executor().map(Scheduler::delayed).orElseGet(Scheduler::delayed);
  }

  /** A client of {@code catalog} with every default: a new {@code HttpClient}, {@link RetryPolicy#defaults()}. */
  public static <E extends CatalogException> ErrataHttpClient<E> of(Catalog<E> catalog) {
    return builder(catalog).build();
  }

  /** A builder of a client of {@code catalog}, holding the defaults. */
  public static <E extends CatalogException> Builder<E> builder(Catalog<E> catalog) {
    return new Builder<>(catalog);
  }

  /**
   * Whether the request's method is idempotent (RFC 9110, section 9.2.2): {@code GET}, {@code HEAD},
   * {@code OPTIONS}, {@code TRACE}, {@code PUT} or {@code DELETE}, in that case (methods are
   * case-sensitive). What the client retries by default.
   */
  public static boolean isIdempotent(HttpRequest request) {
    return RetryPolicy.isIdempotent(request.method());
  }

  /** The catalog responses are decoded with. */
  public Catalog<E> catalog() {
    return catalog;
  }

  /** The {@code HttpClient} that sends the requests. */
  public HttpClient httpClient() {
    return http;
  }

  /** The policy retries follow. */
  public RetryPolicy retryPolicy() {
    return retries.policy();
  }

  /**
   * Sends {@code request} until it succeeds or the policy gives up, waiting on this thread between
   * attempts.
   *
   * @param handler reads the body of a successful response
   * @return the successful response (a warning included), its body as {@code handler} read it
   * @throws CatalogException the catalog's typed exception ({@code E}) of the last attempt, with the
   *     attempts recorded on it
   * @throws IOException if the last attempt failed to send or receive, with the attempts recorded on it
   * @throws InterruptedException if the thread is interrupted while it sends or waits
   */
  public <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> handler)
      throws IOException, InterruptedException {
    HttpRequest prepared = prepare(request);
    return BlockingSend.send(http, retries, sleeper, this::warn, prepared,
        new ResponseHandler<>(catalog, Objects.requireNonNull(handler, "handler")));
  }

  /**
   * Sends {@code request} until it succeeds or the policy gives up, blocking no thread: each retry is
   * scheduled once its delay has passed. Cancelling the future stops the retries and cancels the
   * attempt in flight.
   *
   * @param handler reads the body of a successful response
   * @return the successful response (a warning included); or completed exceptionally with the
   *     catalog's typed exception ({@code E}) or the {@code IOException} of the last attempt, with the
   *     attempts recorded on it
   */
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, BodyHandler<T> handler) {
    HttpRequest prepared = prepare(request);
    AsyncSend<T, E> call = new AsyncSend<>(http, retries, scheduler, this::warn, prepared,
        new ResponseHandler<>(catalog, Objects.requireNonNull(handler, "handler")));
    call.attempt(1);
    return call.result();
  }

  private HttpRequest prepare(HttpRequest request) {
    Objects.requireNonNull(request, "request");
    if (request.timeout().isPresent()) {
      return request;
    }
    return HttpRequest.newBuilder(request, (name, value) -> true).timeout(requestTimeout).build();
  }

  private void warn(E warning) {
    if (warning != null) {
      onWarning.accept(warning);
    }
  }

  private static void log(CatalogException warning) {
    LOGGER.log(System.Logger.Level.WARNING, () -> "a successful response carries a warning: " + warning.getMessage());
  }

  /** Builds an {@link ErrataHttpClient}; every setting has a default. */
  public static final class Builder<E extends CatalogException> {
    private final Catalog<E> catalog;
    private HttpClient http;
    private RetryPolicy policy = RetryPolicy.defaults();
    private Predicate<? super HttpRequest> retryableRequests = ErrataHttpClient::isIdempotent;
    private Duration requestTimeout = Duration.ofSeconds(10);
    private Consumer<? super E> onWarning;
    private Clock clock = new MonotonicClock();
    private Sleeper sleeper = Sleeper.system();
    private Scheduler scheduler;

    private Builder(Catalog<E> catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /**
     * The {@code HttpClient} to send with (its redirects, proxy, TLS, executor); by default a new one
     * that connects within 10 seconds.
     */
    public Builder<E> httpClient(HttpClient http) {
      this.http = Objects.requireNonNull(http, "http");
      return this;
    }

    /** The retry policy; {@link RetryPolicy#defaults()} by default. {@code maxAttempts(1)} never retries. */
    public Builder<E> retryPolicy(RetryPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Which requests may be sent more than once; by default {@link #isIdempotent}. A {@code POST} with
     * an idempotency key may be added: {@code r -> isIdempotent(r) ||
     * r.headers().firstValue("Idempotency-Key").isPresent()}.
     */
    public Builder<E> retryableRequests(Predicate<? super HttpRequest> retryableRequests) {
      this.retryableRequests = Objects.requireNonNull(retryableRequests, "retryableRequests");
      return this;
    }

    /**
     * The timeout of each attempt of a request that sets none; 10 seconds by default.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder<E> requestTimeout(Duration requestTimeout) {
      Objects.requireNonNull(requestTimeout, "requestTimeout");
      if (requestTimeout.isNegative() || requestTimeout.isZero()) {
        throw new IllegalArgumentException("a request timeout must be positive: " + requestTimeout);
      }
      this.requestTimeout = requestTimeout;
      return this;
    }

    /** Where the warnings of successful responses go; by default a {@code System.Logger} at {@code WARNING}. */
    public Builder<E> onWarning(Consumer<? super E> onWarning) {
      this.onWarning = Objects.requireNonNull(onWarning, "onWarning");
      return this;
    }

    /** The clock the time since the first attempt is measured with; by default a monotonic one. */
    public Builder<E> clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How {@link ErrataHttpClient#send} waits between attempts; {@link Sleeper#system()} by default. */
    public Builder<E> sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * How {@link ErrataHttpClient#sendAsync} schedules the next attempt; by default {@link
     * Scheduler#delayed} on the {@code HttpClient}'s executor, if it has one.
     */
    public Builder<E> scheduler(Scheduler scheduler) {
      this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
      return this;
    }

    /** The client. */
    public ErrataHttpClient<E> build() {
      return new ErrataHttpClient<>(this);
    }
  }
}
