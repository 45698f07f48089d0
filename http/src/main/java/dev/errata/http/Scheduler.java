package dev.errata.http;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * How {@link ErrataHttpClient#sendAsync} waits between attempts without blocking a thread: it runs the
 * next attempt once the delay has passed. A test passes one that advances a clock instead.
 */
@FunctionalInterface
public interface Scheduler {

  /** Runs {@code task} once {@code delay} has passed; returns at once. */
  void schedule(Duration delay, Runnable task);

  /**
   * {@link CompletableFuture#delayedExecutor}: the JDK's one timer thread counts the delay, then
   * {@code executor} runs the task.
   */
  static Scheduler delayed(Executor executor) {
    return (delay, task) ->
        CompletableFuture.delayedExecutor(nanos(delay), TimeUnit.NANOSECONDS, executor).execute(task);
  }

  /**
   * {@link CompletableFuture#delayedExecutor}: the JDK's one timer thread counts the delay, then
   * {@code CompletableFuture}'s default executor runs the task.
   */
  static Scheduler delayed() {
    return (delay, task) -> CompletableFuture.delayedExecutor(nanos(delay), TimeUnit.NANOSECONDS).execute(task);
  }

  private static long nanos(Duration delay) {
    try {
      return delay.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE;
    }
  }
}
