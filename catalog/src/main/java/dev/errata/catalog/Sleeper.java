package dev.errata.catalog;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How a retrier waits the delay a {@link RetryPolicy} decided: {@link #system()} sleeps the calling
 * thread; a test passes one that records the wait, or advances a clock, instead.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits {@code delay}.
   *
   * @throws InterruptedException if the thread is interrupted while it waits
   */
  void sleep(Duration delay) throws InterruptedException;

  /** {@code Thread.sleep}, to the nanosecond the platform allows; a delay past what a {@code long} holds sleeps that long. */
  static Sleeper system() {
    return delay -> {
      long nanos;
      try {
        nanos = delay.toNanos();
      } catch (ArithmeticException tooLong) {
        nanos = Long.MAX_VALUE;
      }
      TimeUnit.NANOSECONDS.sleep(nanos);
    };
  }
}
