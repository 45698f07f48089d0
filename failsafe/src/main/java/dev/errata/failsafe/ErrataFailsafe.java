package dev.errata.failsafe;

import dev.errata.catalog.CatalogException;
import dev.errata.catalog.RetryAdvice;
import dev.errata.catalog.RetryPolicy;
import dev.errata.catalog.RetryPolicy.Decision;
import dev.failsafe.ExecutionContext;
import dev.failsafe.RetryPolicyBuilder;
import java.time.Duration;
import java.util.Objects;

/**
 * A Failsafe {@link dev.failsafe.RetryPolicy} preset that follows a {@link RetryPolicy}, so that
 * Failsafe retries as the catalog advises:
 *
 * <pre>{@code
 * dev.failsafe.RetryPolicy<Accounts> retry = ErrataFailsafe.<Accounts>retryPolicy(RetryPolicy.defaults()).build();
 * Accounts accounts = Failsafe.with(retry).get(() -> khipu.accounts());   // throws the typed exception
 * }</pre>
 *
 * <ul>
 *   <li><b>Handled</b>: every failure whose cause chain holds a catalog exception, and failures that
 *       are no catalog's when the policy's {@code retryOn} accepts them (by default, an {@code
 *       IOException} in the cause chain). Anything else completes the execution as it is.
 *   <li><b>Aborted</b>: a catalog exception whose advice is "never", or whose advised wait (the
 *       catalog's, or a {@code Retry-After} header's) is longer than the policy's {@code
 *       maxTotalTime}: given up at once, never retried early.
 *   <li><b>Delay</b>: the advised wait, in full; for "immediately" (and for failures that are no
 *       catalog's, and retried results) the policy's exponential backoff with full jitter, cut to
 *       what is left of {@code maxTotalTime}.
 *   <li><b>Attempts</b>: the policy's {@code maxAttempts}.
 * </ul>
 *
 * <p>Failsafe gives an abort predicate no elapsed time, and its {@code withMaxDuration} shortens the
 * last wait to fit, which would retry early: so the preset sets no maximum duration, and an advised
 * wait that is within {@code maxTotalTime} but would end past it (a second 20-second wait of 30) is
 * waited in full rather than cut. Its {@code withJitter} would shorten advised waits too: add neither
 * to the builder. Adding listeners, result handling ({@code handleResultIf}) and the like is fine.
 */
public final class ErrataFailsafe {

  private ErrataFailsafe() {}

  /** A builder of the Failsafe retry policy that follows {@code policy}, to add listeners to and build. */
  public static <R> RetryPolicyBuilder<R> retryPolicy(RetryPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return dev.failsafe.RetryPolicy.<R>builder()
        .handleIf((result, failure) -> failure != null && handles(policy, failure))
        .abortIf((result, failure) -> failure != null && aborts(policy, failure))
        .withMaxAttempts(policy.maxAttempts())
        .withDelayFn(context -> delay(policy, context));
  }

  /** A catalog's failure, or one the policy's {@code retryOn} accepts. */
  static boolean handles(RetryPolicy policy, Throwable failure) {
    return CatalogException.find(failure).isPresent() || policy.decide(failure, 1, Duration.ZERO).isRetry();
  }

  /** A catalog's failure the policy would not retry even after a first attempt. */
  static boolean aborts(RetryPolicy policy, Throwable failure) {
    return CatalogException.find(failure).map(typed -> !policy.decide(typed, 1, Duration.ZERO).isRetry())
        .orElse(false);
  }

  /** The wait after the attempts so far; never shorter than advised. */
  static Duration delay(RetryPolicy policy, ExecutionContext<?> context) {
    RetryAdvice advice = CatalogException.find(context.getLastException()).map(CatalogException::retry)
        .orElse(RetryAdvice.immediately());
    if (!advice.isRetryable()) {
      // Aborted; Failsafe asks for the delay first.
      return Duration.ZERO;
    }
    int attempt = Math.max(1, context.getAttemptCount());
    Decision decision = policy.decide(advice, attempt, context.getElapsedTime());
    if (decision instanceof Decision.Retry retry) {
      return retry.delay();
    }
    // Out of attempts (Failsafe stops too) or of time (which Failsafe cannot be told): a wait in full.
    return advice.delay().filter(delay -> !delay.isZero()).orElse(policy.backoffBound(attempt));
  }
}
