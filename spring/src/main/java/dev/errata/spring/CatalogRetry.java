package dev.errata.spring;

import dev.errata.catalog.RetryPolicy;
import dev.errata.catalog.RetryPolicy.Decision;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * A Reactor {@link Retry} that waits as the catalog advises, by a {@link RetryPolicy}'s decision:
 * {@code mono.retryWhen(CatalogRetry.of(policy))}. An advised delay (the catalog type's, or a {@code
 * Retry-After}) is waited in full; a "never", or a wait past the policy's total time, lets the
 * failure through as it is (not wrapped in Reactor's {@code RetryExhaustedException}), with the
 * failures of earlier attempts as its suppressed exceptions. Reactor's own {@code Retry.backoff}
 * cannot see a failure's advised delay. Retries the whole of what it is applied to: apply it to
 * requests that are safe to repeat. Immutable and thread-safe.
 */
public final class CatalogRetry extends Retry {

  private final RetryPolicy policy;
  private final Clock clock;
  private final Scheduler scheduler;

  private CatalogRetry(RetryPolicy policy, Clock clock, Scheduler scheduler) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
  }

  /** Retries as {@code policy} decides, waiting on Reactor's parallel scheduler. */
  public static CatalogRetry of(RetryPolicy policy) {
    return new CatalogRetry(policy, new MonotonicClock(), Schedulers.parallel());
  }

  /** The same, measuring the time since the first attempt with {@code clock}. */
  public CatalogRetry withClock(Clock clock) {
    return new CatalogRetry(policy, clock, scheduler);
  }

  /** The same, waiting on {@code scheduler}. */
  public CatalogRetry withScheduler(Scheduler scheduler) {
    return new CatalogRetry(policy, clock, scheduler);
  }

  /** The policy retries follow. */
  public RetryPolicy policy() {
    return policy;
  }

  @Override
  public Publisher<?> generateCompanion(Flux<RetrySignal> retrySignals) {
    // Called once per subscription, as the first attempt begins.
    Instant start = clock.instant();
    List<Throwable> earlier = new ArrayList<>();
    return retrySignals.concatMap(signal -> {
      Throwable failure = signal.failure();
      int attempt = (int) Math.min(Integer.MAX_VALUE - 1, signal.totalRetries()) + 1;
      Duration elapsed = Duration.between(start, clock.instant());
      Decision decision = policy.decide(failure, attempt, elapsed.isNegative() ? Duration.ZERO : elapsed);
      if (decision instanceof Decision.Retry retry) {
        synchronized (earlier) {
          earlier.add(failure);
        }
        return Mono.delay(retry.delay(), scheduler);
      }
      synchronized (earlier) {
        earlier.stream().filter(before -> before != failure).forEach(failure::addSuppressed);
      }
      return Mono.error(failure);
    });
  }

  @Override
  public String toString() {
    return "CatalogRetry{" + policy + "}";
  }
}
