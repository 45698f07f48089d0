package dev.errata.spring;

import dev.errata.catalog.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import reactor.core.Disposable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Time that passes only when a client waits: a clock, the interceptor's sleeper, and a Reactor
 * scheduler that runs a delayed task at once (on Reactor's parallel scheduler), as if the delay had
 * passed. Every wait is recorded.
 */
final class FakeTime extends Clock implements Sleeper, Scheduler {

  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  private final AtomicLong nanos = new AtomicLong();
  private final List<Duration> waits = new ArrayList<>();

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the clients need no other zone");
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
  public Disposable schedule(Runnable task) {
    return Schedulers.parallel().schedule(task);
  }

  @Override
  public Disposable schedule(Runnable task, long delay, TimeUnit unit) {
    pass(Duration.ofNanos(unit.toNanos(delay)));
    return Schedulers.parallel().schedule(task);
  }

  @Override
  public Worker createWorker() {
    return Schedulers.parallel().createWorker();
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
}
