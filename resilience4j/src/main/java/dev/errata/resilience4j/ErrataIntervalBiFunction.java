package dev.errata.resilience4j;

import dev.errata.catalog.CatalogException;
import dev.errata.catalog.RetryAdvice;
import dev.errata.catalog.RetryPolicy;
import dev.errata.catalog.RetryPolicy.Decision;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import java.time.Duration;
import java.util.Objects;

/**
 * A Resilience4j {@link IntervalBiFunction} from the catalog's advice: after a failure whose cause
 * chain holds a catalog exception, the wait it advises (the catalog's, or a {@code Retry-After}
 * header's), in full, never less; for "immediately", for a failure that is no catalog's, and for a
 * result the {@code Retry} retries, a fallback: by default the policy's exponential backoff with
 * full jitter ({@link RetryPolicy#backoffBound}), or the {@link IntervalFunction} given.
 *
 * <p>It answers {@code -1}, which ends the retries, for a "never", for an advised wait past the
 * policy's {@code maxTotalTime}, and once the policy's {@code maxAttempts} are made (the smaller of
 * it and the {@code Retry}'s own stops). Milliseconds are rounded up, so no wait is cut short.
 *
 * <p>The no-argument constructor (the {@link RetryPolicy#defaults()}) serves configuration that
 * names the class: {@code resilience4j.retry.instances.<name>.interval-bi-function}. Immutable and
 * thread-safe.
 *
 * @param <T> the result type of the calls retried
 */
public final class ErrataIntervalBiFunction<T> implements IntervalBiFunction<T> {

  private final RetryPolicy policy;
  private final IntervalFunction immediately;

  /** The intervals of the {@link RetryPolicy#defaults()}. */
  public ErrataIntervalBiFunction() {
    this(RetryPolicy.defaults());
  }

  /** The intervals of {@code policy}, its jittered backoff for "immediately". */
  public ErrataIntervalBiFunction(RetryPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.immediately = null;
  }

  /**
   * The intervals of {@code policy}, with {@code immediately} for "immediately", failures that are no
   * catalog's, and retried results (such as {@code IntervalFunction.ofExponentialRandomBackoff()}).
   */
  public ErrataIntervalBiFunction(RetryPolicy policy, IntervalFunction immediately) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.immediately = Objects.requireNonNull(immediately, "immediately");
  }

  /**
   * The wait in milliseconds after attempt number {@code attempt} (1 for the first) ended with {@code
   * outcome}, a failure (left) or a retried result (right); {@code -1} to stop.
   */
  @Override
  public Long apply(Integer attempt, Either<Throwable, T> outcome) {
    RetryAdvice advice = RetryAdvice.immediately();
    if (outcome != null && outcome.isLeft()) {
      CatalogException typed = CatalogException.find(outcome.getLeft()).orElse(null);
      if (typed != null) {
        advice = typed.retry();
      }
    }
    Decision decision = policy.decide(advice, attempt, Duration.ZERO);
    if (!(decision instanceof Decision.Retry retry)) {
      return -1L;
    }
    if (immediately != null && advice.kind() != RetryAdvice.Kind.AFTER) {
      return immediately.apply(attempt);
    }
    return ceilMillis(retry.delay());
  }

  private static long ceilMillis(Duration delay) {
    try {
      long nanos = delay.toNanos();
      return nanos / 1_000_000 + (nanos % 1_000_000 == 0 ? 0 : 1);
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }
}
