package dev.errata.http;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * How {@link ErrataHttpClient#send} waits between attempts: {@link #system()} sleeps the calling
 * thread; a test passes one that advances a clock instead.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits {@code delay}.
   *
   * @throws InterruptedException if the thread is interrupted while it waits
   */
  void sleep(Duration delay) throws InterruptedException;

  /** {@code Thread.sleep}, to the nanosecond the platform allows. */
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
