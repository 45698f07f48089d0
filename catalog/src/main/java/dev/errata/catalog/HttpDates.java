package dev.errata.catalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * HTTP dates (RFC 9110, section 5.6.7), as a {@code Retry-After} header may carry them: the IMF-fixdate
 * servers send today, and the two obsolete forms every recipient must still accept.
 */
final class HttpDates {

  /** {@code Sun Nov  6 08:49:37 1994}: C's asctime(), always GMT. */
  private static final DateTimeFormatter ASCTIME =
      DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC);

  private HttpDates() {}

  /** The instant {@code text} names, or {@code null} when it is no HTTP date. */
  static Instant parse(String text, Clock clock) {
    try {
      return ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException notImfFixdate) {
      // Try the obsolete forms.
    }
    try {
      return ZonedDateTime.parse(text, rfc850(clock)).toInstant();
    } catch (DateTimeParseException notRfc850) {
      // Try the last one.
    }
    try {
      return ZonedDateTime.parse(text, ASCTIME).toInstant();
    } catch (DateTimeParseException notAsctime) {
      return null;
    }
  }

  /**
   * {@code Sunday, 06-Nov-94 08:49:37 GMT}. Its two-digit year is read, as RFC 9110 says, as the most
   * recent year with those digits that is not more than 50 years in the future.
   */
  private static DateTimeFormatter rfc850(Clock clock) {
    LocalDate fiftyYearsAhead = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusYears(50);
    return new DateTimeFormatterBuilder()
        .appendPattern("EEEE, dd-MMM-")
        .appendValueReduced(ChronoField.YEAR, 2, 2, fiftyYearsAhead.minusYears(99))
        .appendPattern(" HH:mm:ss zzz")
        .toFormatter(Locale.US);
  }
}
