package dev.errata.okhttp;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.ErrorBodies;
import dev.errata.catalog.RetryPolicy;
import dev.errata.catalog.RetryPolicy.Decision;
import dev.errata.catalog.Sleeper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * An OkHttp application {@link Interceptor} that decodes every response with an error catalog, and
 * retries as a {@link RetryPolicy} decides, or throws the typed exception (as an {@link
 * ErrorResponseException}, the {@code IOException} OkHttp lets an interceptor throw):
 *
 * <pre>{@code
 * OkHttpClient client = new OkHttpClient.Builder()
 *     .addInterceptor(ErrataInterceptor.of(KhipuMatcher.catalog()))
 *     .build();
 * }</pre>
 *
 * <ul>
 *   <li><b>What fails.</b> A non-2xx status, and a 2xx whose body says so (Khipu's {@code "Status":
 *       "ERROR"} with HTTP 200). The body is peeked, up to the catalog's {@code maxBodyBytes}: the
 *       caller's body is never consumed, and a success reaches it whole. A 2xx body that cannot hold
 *       an envelope (not JSON, and typed) is not read; a warning (KeyBank's 299) goes to a callback,
 *       logged by default.
 *   <li><b>What is retried.</b> What the policy decides to retry (the catalog's advice, a {@code
 *       Retry-After} header; failed connections and timeouts as "immediately"), for requests that are
 *       safe to repeat: by default those with an idempotent method ({@link RetryPolicy#isIdempotent}).
 *       A "never" is not retried, an advised wait is waited in full, and a wait past the policy's
 *       total time is not begun. A cancelled call is not retried.
 *   <li><b>Waiting</b> blocks the call's thread (OkHttp's dispatcher thread, for {@code enqueue}).
 * </ul>
 *
 * <p>Add it as an application interceptor ({@code addInterceptor}), so that a retry is a whole new
 * exchange; the call's own {@code callTimeout} covers all attempts. Immutable and thread-safe.
 *
 * @param <E> the catalog's exception type
 */
public final class ErrataInterceptor<E extends CatalogException> implements Interceptor {

  private static final System.Logger LOGGER = System.getLogger(ErrataInterceptor.class.getName());

  private final Catalog<E> catalog;
  private final RetryPolicy policy;
  private final Predicate<? super Request> retryableRequests;
  private final Consumer<? super E> onWarning;
  private final Clock clock;
  private final Sleeper sleeper;

  private ErrataInterceptor(Builder<E> builder) {
    this.catalog = builder.catalog;
    this.policy = builder.policy;
    this.retryableRequests = builder.retryableRequests;
    this.onWarning = builder.onWarning;
    this.clock = builder.clock;
    this.sleeper = builder.sleeper;
  }

  /** An interceptor of {@code catalog} with every default, {@link RetryPolicy#defaults()} included. */
  public static <E extends CatalogException> ErrataInterceptor<E> of(Catalog<E> catalog) {
    return builder(catalog).build();
  }

  /** A builder of an interceptor of {@code catalog}, holding the defaults. */
  public static <E extends CatalogException> Builder<E> builder(Catalog<E> catalog) {
    return new Builder<>(catalog);
  }

  /** Whether the request's method is idempotent: what the interceptor retries by default. */
  public static boolean isIdempotent(Request request) {
    return RetryPolicy.isIdempotent(request.method());
  }

  /** The catalog responses are decoded with. */
  public Catalog<E> catalog() {
    return catalog;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Instant start = clock.instant();
    for (int attempt = 1; ; attempt++) {
      Throwable failure;
      try {
        Response response = chain.proceed(request);
        E error = failure(response);
        if (error == null) {
          return response;
        }
        response.close();
        failure = error;
      } catch (IOException e) {
        if (chain.call().isCanceled()) {
          throw e;
        }
        failure = e;
      }
      Decision decision = decide(request, failure, attempt, since(start));
      if (!(decision instanceof Decision.Retry retry)) {
        throw failure instanceof IOException io ? io : new ErrorResponseException((CatalogException) failure);
      }
      try {
        sleeper.sleep(retry.delay());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting to retry");
        interrupted.initCause(failure);
        throw interrupted;
      }
      if (chain.call().isCanceled()) {
        throw new IOException("Canceled", failure);
      }
    }
  }

  /** The failure {@code response} is, or {@code null} for a success (a warning handed on). */
  private E failure(Response response) throws IOException {
    int status = response.code();
    boolean success = response.isSuccessful();
    Decoded<E> decoded;
    if (!success || ErrorBodies.mayHoldError(response.header("Content-Type"))) {
      byte[] head = response.peekBody(catalog.limits().maxBodyBytes() + 1L).bytes();
      decoded = catalog.decode(status, head, response::header);
    } else {
      decoded = catalog.decode(status, new byte[0], response::header);
    }
    if (decoded instanceof Decoded.Failure<E> failure) {
      return failure.error();
    }
    if (!success) {
      // A status that says failure whose body says success still fails.
      return catalog.toException(decoded.report());
    }
    decoded.exception().ifPresent(onWarning);
    return null;
  }

  private Decision decide(Request request, Throwable failure, int attempt, Duration elapsed) {
    Decision decision = policy.decide(failure, attempt, elapsed);
    if (decision.isRetry() && !retryableRequests.test(request)) {
      return new Decision.GiveUp(Decision.Reason.NOT_RETRYABLE, request.method() + " " + request.url()
          + " is not sent again: only requests that are safe to repeat are retried (by default the"
          + " idempotent methods, RFC 9110 section 9.2.2)");
    }
    return decision;
  }

  private Duration since(Instant start) {
    Duration elapsed = Duration.between(start, clock.instant());
    return elapsed.isNegative() ? Duration.ZERO : elapsed;
  }

  private static void log(CatalogException warning) {
    LOGGER.log(System.Logger.Level.WARNING, () -> "a successful response carries a warning: " + warning.getMessage());
  }

  /** Builds an {@link ErrataInterceptor}; every setting has a default. */
  public static final class Builder<E extends CatalogException> {
    private final Catalog<E> catalog;
    private RetryPolicy policy = RetryPolicy.defaults();
    private Predicate<? super Request> retryableRequests = ErrataInterceptor::isIdempotent;
    private Consumer<? super E> onWarning = ErrataInterceptor::log;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder(Catalog<E> catalog) {
      this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** The retry policy; {@link RetryPolicy#defaults()} by default. {@code maxAttempts(1)} never retries. */
    public Builder<E> retryPolicy(RetryPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Which requests may be sent more than once; by default those with an idempotent method. A {@code
     * POST} with an idempotency key may be added: {@code r -> isIdempotent(r) ||
     * r.header("Idempotency-Key") != null}.
     */
    public Builder<E> retryableRequests(Predicate<? super Request> retryableRequests) {
      this.retryableRequests = Objects.requireNonNull(retryableRequests, "retryableRequests");
      return this;
    }

    /** Where the warnings of successful responses go; by default a {@code System.Logger} at {@code WARNING}. */
    public Builder<E> onWarning(Consumer<? super E> onWarning) {
      this.onWarning = Objects.requireNonNull(onWarning, "onWarning");
      return this;
    }

    /** The clock the time since the first attempt is read from; the system clock by default. */
    public Builder<E> clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How the interceptor waits between attempts; {@link Sleeper#system()} by default. */
    public Builder<E> sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** The interceptor. */
    public ErrataInterceptor<E> build() {
      return new ErrataInterceptor<>(this);
    }
  }
}
