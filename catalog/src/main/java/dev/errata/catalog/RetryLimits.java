package dev.errata.catalog;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * The limits a {@link RetryPolicy} keeps, and what they decide for a piece of advice: give up when the
 * advice is never, the attempts are made or the time is over; else retry after the advised delay (a
 * floor) or after a jittered backoff cut to the time left.
 *
 * @param maxAttempts the most attempts in all, the first included; at least 1
 * @param maxTotalTime the longest time from the start of the first attempt to the start of the last
 * @param backoff the wait for "immediately"
 * @param random the source of the jitter; {@code null} for {@code ThreadLocalRandom}
 */
record RetryLimits(int maxAttempts, Duration maxTotalTime, Backoff backoff, RandomGenerator random) {

  /** What to do after a failure advised {@code advice} ended attempt {@code attempt}, {@code elapsed} after the first began. */
  RetryPolicy.Decision decide(RetryAdvice advice, int attempt, Duration elapsed) {
    Objects.requireNonNull(advice, "advice");
    check(attempt, elapsed);
    if (!advice.isRetryable()) {
      return new RetryPolicy.Decision.GiveUp(RetryPolicy.Decision.Reason.NOT_RETRYABLE,
          "the advice is never to retry");
    }
    if (attempt >= maxAttempts) {
      return new RetryPolicy.Decision.GiveUp(RetryPolicy.Decision.Reason.ATTEMPTS_EXHAUSTED,
          attempt + " attempts made, of the " + maxAttempts + " the policy allows");
    }
    Duration left = maxTotalTime.minus(elapsed);
    if (advice.kind() == RetryAdvice.Kind.AFTER) {
      Duration advised = advice.delay().orElseThrow();
      if (advised.compareTo(left) > 0) {
        return new RetryPolicy.Decision.GiveUp(RetryPolicy.Decision.Reason.OUT_OF_TIME, "the advised wait of "
            + advised + " would end past the policy's " + maxTotalTime + " in all (" + elapsed + " gone)");
      }
      return new RetryPolicy.Decision.Retry(advised);
    }
    if (left.isNegative()) {
      return new RetryPolicy.Decision.GiveUp(RetryPolicy.Decision.Reason.OUT_OF_TIME,
          "the policy's " + maxTotalTime + " in all are over (" + elapsed + " gone)");
    }
    Duration jittered = backoff.wait(attempt, random);
    return new RetryPolicy.Decision.Retry(jittered.compareTo(left) > 0 ? left : jittered);
  }

  /**
   * Checks the arguments of a decision.
   *
   * @throws IllegalArgumentException if {@code attempt} is under 1 or {@code elapsed} is negative
   */
  static void check(int attempt, Duration elapsed) {
    Objects.requireNonNull(elapsed, "elapsed");
    if (attempt < 1) {
      throw new IllegalArgumentException("attempts are numbered from 1: " + attempt);
    }
    if (elapsed.isNegative()) {
      throw new IllegalArgumentException("elapsed time cannot be negative: " + elapsed);
    }
  }

  /**
   * {@code duration}, checked for a setting called {@code name}.
   *
   * @throws IllegalArgumentException if negative
   */
  static Duration notNegative(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative()) {
      throw new IllegalArgumentException(name + " cannot be negative: " + duration);
    }
    return duration;
  }
}
