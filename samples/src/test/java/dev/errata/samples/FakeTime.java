package dev.errata.samples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time that passes only when a retrier waits, for the tests of the integration modules: a clock, and
 * {@link #sleep} (a method reference fits any module's sleeper), which records the wait and advances
 * the clock by it at once.
 */
public final class FakeTime extends Clock {

  private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

  private final AtomicLong nanos = new AtomicLong();
  private final List<Duration> waits = new ArrayList<>();

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("no other zone is needed");
  }

  @Override
  public Instant instant() {
    return START.plusNanos(nanos.get());
  }

  /** Records {@code delay} and lets it pass. */
  public void sleep(Duration delay) {
    synchronized (waits) {
      waits.add(delay);
    }
    nanos.addAndGet(delay.toNanos());
  }

  /** Every wait so far, in order. */
  public List<Duration> waits() {
    synchronized (waits) {
      return List.copyOf(waits);
    }
  }
}
