package dev.errata.catalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The {@code Retry-After} header (RFC 9110, section 10.2.3): delay-seconds or an {@link HttpDates HTTP
 * date} as a delay from now when decoding, whole seconds when encoding.
 */
final class RetryAfter {

  /** The header's name. */
  static final String HEADER = "Retry-After";

  private RetryAfter() {}

  /**
   * The delay {@code value} advises from the clock's now (zero for a date past), {@code null} for no
   * header, or for one that is neither seconds nor an HTTP date (then said in {@code problems}).
   */
  static Duration parse(String value, Clock clock, List<String> problems) {
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    if (!trimmed.isEmpty() && trimmed.length() <= 10 && trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Duration.ofSeconds(Long.parseLong(trimmed));
    }
    Instant date = HttpDates.parse(trimmed, clock);
    if (date == null) {
      problems.add(HEADER + " \"" + EnvelopeCodec.abbreviate(trimmed) + "\" is neither seconds nor an HTTP date; ignored");
      return null;
    }
    Duration delay = Duration.between(clock.instant(), date);
    return delay.isNegative() ? Duration.ZERO : delay;
  }

  /** {@code delay} as the header's value: whole seconds, rounded up so that a retry is never early. */
  static String format(Duration delay) {
    long seconds = delay.getSeconds() + (delay.getNano() > 0 ? 1 : 0);
    return Long.toString(seconds);
  }
}
