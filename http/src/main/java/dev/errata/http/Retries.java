package dev.errata.http;

import dev.errata.catalog.RetryPolicy;
import dev.errata.catalog.RetryPolicy.Decision;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

/**
 * What an {@link ErrataHttpClient} does after a failed attempt: the policy's decision, given up when the
 * request is not safe to repeat; each attempt recorded as an {@link Attempt}. Immutable and
 * thread-safe.
 */
final class Retries {

  private final RetryPolicy policy;
  private final Predicate<? super HttpRequest> retryableRequests;
  private final Clock clock;

  Retries(RetryPolicy policy, Predicate<? super HttpRequest> retryableRequests, Clock clock) {
    this.policy = policy;
    this.retryableRequests = retryableRequests;
    this.clock = clock;
  }

  RetryPolicy policy() {
    return policy;
  }

  /** Now, by the clock the time since the first attempt is measured with. */
  Instant now() {
    return clock.instant();
  }

  /** The time since {@code start}, zero if the clock went back. */
  Duration since(Instant start) {
    Duration elapsed = Duration.between(start, clock.instant());
    return elapsed.isNegative() ? Duration.ZERO : elapsed;
  }

  /**
   * Decides what follows attempt {@code number} of {@code request}, which began {@code startedAfter}
   * the first (at {@code start}) and failed with {@code failure} ({@code status} 0 when no response
   * came), and adds the attempt to {@code attempts}.
   */
  Decision after(HttpRequest request, Instant start, int number, Duration startedAfter, int status,
      Throwable failure, List<Attempt> attempts) {
    Decision decision = policy.decide(failure, number, since(start));
    if (decision.isRetry() && !retryableRequests.test(request)) {
      decision = new Decision.GiveUp(Decision.Reason.NOT_RETRYABLE, request.method() + " " + request.uri()
          + " is not sent again: only requests that are safe to repeat are retried (by default the"
          + " idempotent methods, RFC 9110 section 9.2.2)");
    }
    attempts.add(new Attempt(number, startedAfter, status, failure, !decision.isRetry(), decision));
    return decision;
  }
}
