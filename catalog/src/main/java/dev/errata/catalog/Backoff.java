package dev.errata.catalog;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.random.RandomGenerator;

/**
 * The wait before a "retry immediately": exponential backoff with full jitter. The bound of the wait
 * after attempt {@code n} is {@code initial} doubled {@code n - 1} times, at most {@code max}; the wait
 * is a uniformly random time from zero to that bound, so that many clients failing together do not
 * retry together.
 *
 * @param initial the bound of the first wait; not negative
 * @param max the largest bound; not under {@code initial}
 */
record Backoff(Duration initial, Duration max) {

  /** Checks {@code initial} is not over {@code max}. */
  Backoff {
    if (initial.compareTo(max) > 0) {
      throw new IllegalArgumentException("the initial backoff " + initial + " is over the max " + max);
    }
  }

  /**
   * The bound of the wait after attempt number {@code attempt}.
   *
   * @throws IllegalArgumentException if {@code attempt} is under 1
   */
  Duration bound(int attempt) {
    if (attempt < 1) {
      throw new IllegalArgumentException("attempts are numbered from 1: " + attempt);
    }
    Duration bound = initial;
    for (int i = 1; i < attempt && bound.compareTo(max) < 0; i++) {
      try {
        bound = bound.multipliedBy(2);
      } catch (ArithmeticException pastDuration) {
        return max;
      }
    }
    return bound.compareTo(max) > 0 ? max : bound;
  }

  /**
   * A uniformly random wait from zero to the {@link #bound} after attempt number {@code attempt}, drawn
   * from {@code random} ({@link ThreadLocalRandom} when {@code null}).
   */
  Duration wait(int attempt, RandomGenerator random) {
    RandomGenerator generator = random != null ? random : ThreadLocalRandom.current();
    double fraction = generator.nextDouble();
    if (!(fraction >= 0 && fraction < 1)) {
      throw new IllegalStateException("the random generator's nextDouble() gave " + fraction
          + ", outside [0, 1)");
    }
    long nanos = saturatedNanos(bound(attempt));
    return Duration.ofNanos((long) (nanos * fraction));
  }

  private static long saturatedNanos(Duration duration) {
    try {
      return duration.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }
}
