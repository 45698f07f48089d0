package dev.errata.resilience4j;

import dev.errata.catalog.RetryPolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A Resilience4j {@code retryOnException} predicate from the catalog's advice: true for a failure
 * whose cause chain holds a catalog exception that may be retried, and whose advised wait (the
 * catalog's, or a {@code Retry-After} header's) fits in the policy's {@code maxTotalTime}; false for a
 * "never", and for a wait past it (Khipu's four hours against 30 seconds), which is not begun. A
 * failure that is no catalog's is retried when the policy's {@code retryOn} accepts it (by default,
 * an {@code IOException} in its cause chain).
 *
 * <p>The no-argument constructor (the {@link RetryPolicy#defaults()}) serves configuration that
 * names the class: {@code resilience4j.retry.instances.<name>.retry-exception-predicate}. Immutable
 * and thread-safe.
 */
public final class ErrataRetryPredicate implements Predicate<Throwable> {

  private final RetryPolicy policy;

  /** A predicate of the {@link RetryPolicy#defaults()}. */
  public ErrataRetryPredicate() {
    this(RetryPolicy.defaults());
  }

  /** A predicate of {@code policy}. */
  public ErrataRetryPredicate(RetryPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** Whether the policy would retry {@code failure} after a first attempt. */
  @Override
  public boolean test(Throwable failure) {
    return failure != null && policy.decide(failure, 1, Duration.ZERO).isRetry();
  }
}
