package dev.errata.spring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that never jumps: the system time when it was made, advanced by {@link System#nanoTime()}.
 * Elapsed times measured with it do not change when the system clock is set.
 */
final class MonotonicClock extends Clock {

  private final Instant origin = Instant.now();
  private final long originNanos = System.nanoTime();

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    return origin.plusNanos(System.nanoTime() - originNanos);
  }
}
