package dev.errata.http;

import dev.errata.catalog.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time that passes only when the client waits: a clock, the sleeper of {@code send} and the scheduler
 * of {@code sendAsync} (which runs the next attempt at once, on a thread of its own, as if the delay
 * had passed). Every wait is recorded.
 */
final class FakeTime extends Clock implements Sleeper, Scheduler, AutoCloseable {

  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  private final AtomicLong nanos = new AtomicLong();
  private final List<Duration> waits = new ArrayList<>();
  private final ExecutorService timer = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "fake-timer");
    thread.setDaemon(true);
    return thread;
  });

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the client needs no other zone");
  }

  @Override
  public Instant instant() {
    return START.plusNanos(nanos.get());
  }

  @Override
  public void sleep(Duration delay) {
    pass(delay);
  }

  @Override
  public void schedule(Duration delay, Runnable task) {
    pass(delay);
    timer.execute(task);
  }

  private void pass(Duration delay) {
    synchronized (waits) {
      waits.add(delay);
    }
    nanos.addAndGet(delay.toNanos());
  }

  /** Every wait so far, in order. */
  List<Duration> waits() {
    synchronized (waits) {
      return List.copyOf(waits);
    }
  }

  /** Time since the start. */
  Duration elapsed() {
    return Duration.ofNanos(nanos.get());
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
