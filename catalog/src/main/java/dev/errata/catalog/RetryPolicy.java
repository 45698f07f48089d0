package dev.errata.catalog;

import java.io.IOException;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * When to send a failed request again, keeping the catalog's word: given the failure, the number of
 * the attempt that failed and the time since the first began, {@link #decide decide} says retry after
 * a delay, or give up. An adapter (a retry loop, a library's retryer) can take the decision as it is.
 *
 * <ul>
 *   <li>A catalog's "never" is never retried. Unknown codes and bodies that could not be read follow
 *       the advice of the catalog's {@code unknownType} (never, when it declares none).
 *   <li>A delay the failure advises (its catalog type's, or the response's {@code Retry-After}) is a
 *       floor: the decision waits exactly that long, never less. When that wait would end past {@link
 *       #maxTotalTime()}, the policy gives up at once, so the caller gets the typed exception rather
 *       than an early retry.
 *   <li>"Retry immediately" waits a random time between zero and an exponentially growing bound
 *       ({@link #initialBackoff()} doubled per attempt, at most {@link #maxBackoff()}): full jitter,
 *       so that many clients failing together do not retry together. It is cut to what is left of the
 *       total time.
 *   <li>Failures that are not a catalog's error (an {@code IOException}: connection refused or reset,
 *       a timeout) are retried as "immediately" when {@link Builder#retryOn} says so: by default, when
 *       an {@code IOException} is in the cause chain. Send only requests that are safe to repeat.
 *   <li>At most {@link #maxAttempts()} attempts in all, the first included.
 * </ul>
 *
 * <p>The {@link #defaults()} are safe for production: 3 attempts, 30 seconds in all, backoff from
 * 100 milliseconds up to 5 seconds. Immutable and thread-safe.
 */
public final class RetryPolicy {

  private static final RetryPolicy DEFAULTS = builder().build();

  /** The methods RFC 9110 (section 9.2.2) defines as idempotent. */
  private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE");

  private final RetryLimits limits;
  private final Predicate<? super Throwable> retryOn;

  private RetryPolicy(Builder builder) {
    this.limits = new RetryLimits(builder.maxAttempts, builder.maxTotalTime, builder.backoff, builder.random);
    this.retryOn = builder.retryOn;
  }

  /** 3 attempts, 30 seconds in all, backoff for "immediately" from 100 ms up to 5 s, {@code IOException}s retried. */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Whether an HTTP method is idempotent (RFC 9110, section 9.2.2): {@code GET}, {@code HEAD}, {@code
   * OPTIONS}, {@code TRACE}, {@code PUT} or {@code DELETE}, in that case (methods are case-sensitive).
   * What the integrations retry by default: a request that is not idempotent may have taken effect.
   */
  public static boolean isIdempotent(String method) {
    return method != null && IDEMPOTENT.contains(method);
  }

  /** A builder holding the {@link #defaults()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this policy's settings, to derive a changed copy. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.maxAttempts = limits.maxAttempts();
    builder.maxTotalTime = limits.maxTotalTime();
    builder.backoff = limits.backoff();
    builder.retryOn = retryOn;
    builder.random = limits.random();
    return builder;
  }

  /** The most attempts made in all, the first included. */
  public int maxAttempts() {
    return limits.maxAttempts();
  }

  /** The longest time from the start of the first attempt to the start of the last. */
  public Duration maxTotalTime() {
    return limits.maxTotalTime();
  }

  /** The bound of the first wait for "immediately". */
  public Duration initialBackoff() {
    return limits.backoff().initial();
  }

  /** The largest bound of a wait for "immediately". */
  public Duration maxBackoff() {
    return limits.backoff().max();
  }

  /**
   * What to do after {@code failure} ended attempt number {@code attempt} (1 for the first), {@code
   * elapsed} after the first attempt began: the advice of the first {@link CatalogException} in its
   * cause chain; else "immediately" for a failure {@link Builder#retryOn} accepts; else give up.
   *
   * @throws IllegalArgumentException if {@code attempt} is under 1 or {@code elapsed} is negative
   */
  public Decision decide(Throwable failure, int attempt, Duration elapsed) {
    Objects.requireNonNull(failure, "failure");
    CatalogException typed = CatalogException.find(failure).orElse(null);
    if (typed != null) {
      return decide(typed.retry(), attempt, elapsed);
    }
    if (!retryOn.test(failure)) {
      RetryLimits.check(attempt, elapsed);
      return new Decision.GiveUp(Decision.Reason.NOT_RETRYABLE,
          failure.getClass().getName() + " is no catalog's error, and the policy does not retry it");
    }
    return decide(RetryAdvice.immediately(), attempt, elapsed);
  }

  /**
   * What to do after a failure advised {@code advice} ended attempt number {@code attempt} (1 for the
   * first), {@code elapsed} after the first attempt began.
   *
   * @throws IllegalArgumentException if {@code attempt} is under 1 or {@code elapsed} is negative
   */
  public Decision decide(RetryAdvice advice, int attempt, Duration elapsed) {
    return limits.decide(advice, attempt, elapsed);
  }

  /**
   * The bound of the wait for "immediately" after attempt number {@code attempt}: {@link
   * #initialBackoff()} doubled {@code attempt - 1} times, at most {@link #maxBackoff()}.
   */
  public Duration backoffBound(int attempt) {
    return limits.backoff().bound(attempt);
  }

  /** Whether an {@code IOException} is in the cause chain of {@code failure}: the default of {@link Builder#retryOn}. */
  private static boolean hasIoCause(Throwable failure) {
    return CauseChain.first(failure, IOException.class).isPresent();
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + limits.maxAttempts() + ", maxTotalTime=" + limits.maxTotalTime()
        + ", backoff=" + limits.backoff().initial() + ".." + limits.backoff().max() + "}";
  }

  /**
   * What a {@link RetryPolicy} decided: {@link Retry} after a delay, or {@link GiveUp}. Sealed: a
   * {@code switch} over it needs no {@code default}. Serializable, so an exception can keep it.
   */
  public sealed interface Decision extends Serializable permits Decision.Retry, Decision.GiveUp {

    /** Whether this is a {@link Retry}. */
    default boolean isRetry() {
      return this instanceof Retry;
    }

    /**
     * Send the request again once {@code delay} has passed.
     *
     * @param delay how long to wait first; zero or more
     */
    record Retry(Duration delay) implements Decision {
      /** Checks the delay is not negative. */
      public Retry {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
          throw new IllegalArgumentException("a retry delay cannot be negative: " + delay);
        }
      }
    }

    /**
     * Do not send the request again: let the failure through.
     *
     * @param reason why, in a word
     * @param message why, in a sentence for a log
     */
    record GiveUp(Reason reason, String message) implements Decision {
      /** Checks both are given. */
      public GiveUp {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
      }
    }

    /** Why a policy gave up. */
    enum Reason {
      /** The advice is never to retry, or the failure is one the policy does not retry. */
      NOT_RETRYABLE,
      /** The attempts the policy allows are made. */
      ATTEMPTS_EXHAUSTED,
      /** The advised wait, or any wait, would end past the policy's total time. */
      OUT_OF_TIME
    }
  }

  /** Builds a {@link RetryPolicy}; starts from the {@link #defaults()}. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration maxTotalTime = Duration.ofSeconds(30);
    private Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5));
    private Predicate<? super Throwable> retryOn = RetryPolicy::hasIoCause;
    private RandomGenerator random;

    private Builder() {}

    /**
     * The most attempts in all, the first included: 1 never retries. Default 3.
     *
     * @throws IllegalArgumentException if under 1
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1) {
        throw new IllegalArgumentException("at least one attempt is made: " + maxAttempts);
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * The longest time from the start of the first attempt to the start of the last; a wait that
     * would end later is not begun. Default 30 seconds.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder maxTotalTime(Duration maxTotalTime) {
      this.maxTotalTime = RetryLimits.notNegative(maxTotalTime, "maxTotalTime");
      return this;
    }

    /**
     * The bounds of the wait for "immediately": the first retry waits up to {@code initial}, each
     * next one up to twice as long, never more than {@code max}. Default 100 ms and 5 s.
     *
     * @throws IllegalArgumentException if either is negative, or {@code initial} is over {@code max}
     */
    public Builder backoff(Duration initial, Duration max) {
      this.backoff = new Backoff(RetryLimits.notNegative(initial, "initial"), RetryLimits.notNegative(max, "max"));
      return this;
    }

    /**
     * Which failures that are not a catalog's error are retried, as "immediately": by default those
     * with an {@code IOException} in their cause chain. {@code failure -> false} retries only what a
     * catalog advises.
     */
    public Builder retryOn(Predicate<? super Throwable> retryOn) {
      this.retryOn = Objects.requireNonNull(retryOn, "retryOn");
      return this;
    }

    /**
     * The source of the jitter, such as a seeded {@code SplittableRandom} in a test; by default
     * {@link ThreadLocalRandom}. Only its {@code nextDouble()} is called; it must be thread-safe if
     * the policy is shared between threads.
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** The policy. */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
