package dev.errata.feign;

import dev.errata.catalog.CatalogException;
import dev.errata.catalog.RetryAdvice;
import dev.errata.catalog.RetryPolicy;
import dev.errata.catalog.RetryPolicy.Decision;
import dev.errata.catalog.Sleeper;
import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A Feign {@link Retryer} that retries as a {@link RetryPolicy} decides, which keeps the catalog's
 * word: a "never" is not retried, an advised wait (the catalog's, or a {@code Retry-After} header's)
 * is waited in full, and a wait that would end past the policy's total time is not begun: the retryer
 * gives up at once, where {@code Retryer.Default} would cut the wait to its {@code maxPeriod} and retry
 * early. "Immediately" waits the policy's jittered backoff.
 *
 * <ul>
 *   <li>A {@code RetryableException} whose cause is a catalog's exception (from {@link
 *       ErrataErrorDecoder} or {@link ErrataResponseInterceptor}) follows that exception's advice.
 *   <li>Any other (Feign's own, for a connection that failed) is retried when the policy's {@code
 *       retryOn} accepts it (by default, an {@code IOException} in its cause chain), after its {@code
 *       retryAfter} when it has one, else as "immediately".
 *   <li>Only requests that are safe to repeat are retried: by default those whose method is
 *       idempotent ({@link RetryPolicy#isIdempotent}); {@link Builder#retryableRequests} changes that.
 * </ul>
 *
 * <p>Giving up rethrows the exception; with {@code ExceptionPropagationPolicy.UNWRAP} Feign then
 * throws its cause, the typed exception. The no-argument constructor (the {@link
 * RetryPolicy#defaults()}) serves configuration that names the class, such as Spring Cloud
 * OpenFeign's {@code retryer} property. Feign clones the retryer for each call; a clone counts its
 * call's attempts and time.
 */
public final class ErrataRetryer implements Retryer {

  private final RetryPolicy policy;
  private final Predicate<? super Request> retryableRequests;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Instant start;
  private int attempts;

  /** A retryer with the {@link RetryPolicy#defaults()}. */
  public ErrataRetryer() {
    this(RetryPolicy.defaults());
  }

  /** A retryer that follows {@code policy}, sleeping the calling thread. */
  public ErrataRetryer(RetryPolicy policy) {
    this(builder().retryPolicy(policy));
  }

  private ErrataRetryer(Builder builder) {
    this(builder.policy, builder.retryableRequests, builder.clock, builder.sleeper);
  }

  private ErrataRetryer(RetryPolicy policy, Predicate<? super Request> retryableRequests, Clock clock,
      Sleeper sleeper) {
    this.policy = policy;
    this.retryableRequests = retryableRequests;
    this.clock = clock;
    this.sleeper = sleeper;
    this.start = clock.instant();
  }

  /** A builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The policy retries follow. */
  public RetryPolicy retryPolicy() {
    return policy;
  }

  /**
   * Returns after waiting as the policy decides, to let Feign send the request again; else rethrows
   * {@code e}. The thread's interrupt while waiting also rethrows it, the interrupt flag set again.
   */
  @Override
  public void continueOrPropagate(RetryableException e) {
    attempts++;
    Decision decision = decide(e, attempts, elapsed());
    if (!(decision instanceof Decision.Retry retry)) {
      throw e;
    }
    try {
      sleeper.sleep(retry.delay());
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw e;
    }
  }

  /** What the policy decides after {@code e} ended attempt number {@code attempt}. */
  Decision decide(RetryableException e, int attempt, Duration elapsed) {
    Decision decision = policy.decide(e, attempt, elapsed);
    if (decision.isRetry() && CatalogException.find(e).isEmpty() && e.retryAfter() != null) {
      // A retryable failure that is no catalog's, with a moment of its own: waited for in full.
      Duration wait = Duration.ofMillis(Math.max(0, e.retryAfter() - clock.millis()));
      decision = policy.decide(RetryAdvice.after(wait), attempt, elapsed);
    }
    if (decision.isRetry() && !isRetryable(e.request())) {
      return new Decision.GiveUp(Decision.Reason.NOT_RETRYABLE, e.method() + " " + url(e.request())
          + " is not sent again: only requests that are safe to repeat are retried (by default the"
          + " idempotent methods, RFC 9110 section 9.2.2)");
    }
    return decision;
  }

  private boolean isRetryable(Request request) {
    return request != null && retryableRequests.test(request);
  }

  private static String url(Request request) {
    return request == null ? "(no request)" : request.url();
  }

  private Duration elapsed() {
    Duration elapsed = Duration.between(start, clock.instant());
    return elapsed.isNegative() ? Duration.ZERO : elapsed;
  }

  /** A fresh retryer for one call: no attempts yet, its time counted from now. */
  @Override
  public Retryer clone() {
    return new ErrataRetryer(policy, retryableRequests, clock, sleeper);
  }

  /** Whether Feign's request has an idempotent method: what the retryer retries by default. */
  public static boolean isIdempotent(Request request) {
    return RetryPolicy.isIdempotent(request.httpMethod().name());
  }

  /** Builds an {@link ErrataRetryer}; every setting has a default. */
  public static final class Builder {
    private RetryPolicy policy = RetryPolicy.defaults();
    private Predicate<? super Request> retryableRequests = ErrataRetryer::isIdempotent;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder() {}

    /** The retry policy; {@link RetryPolicy#defaults()} by default. */
    public Builder retryPolicy(RetryPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Which requests may be sent more than once; by default those with an idempotent method. A
     * {@code POST} with an idempotency key may be added: {@code r -> isIdempotent(r) ||
     * r.headers().containsKey("Idempotency-Key")}.
     */
    public Builder retryableRequests(Predicate<? super Request> retryableRequests) {
      this.retryableRequests = Objects.requireNonNull(retryableRequests, "retryableRequests");
      return this;
    }

    /** The clock the time since a call began is read from; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** How the retryer waits; {@link Sleeper#system()} by default. */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /** The retryer. */
    public ErrataRetryer build() {
      return new ErrataRetryer(this);
    }
  }
}
