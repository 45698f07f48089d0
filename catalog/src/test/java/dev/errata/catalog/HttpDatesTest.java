package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;


import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The three forms of an HTTP date RFC 9110 says a recipient must accept, in a Retry-After. */
class HttpDatesTest {

  private static final Clock NOW = Clock.fixed(Instant.parse("1994-11-06T08:00:00Z"), ZoneOffset.UTC);
  private static final Instant RFC_EXAMPLE = Instant.parse("1994-11-06T08:49:37Z");

  @ParameterizedTest
  @ValueSource(strings = {
    "Sun, 06 Nov 1994 08:49:37 GMT",   // IMF-fixdate
    "Sunday, 06-Nov-94 08:49:37 GMT",  // obsolete RFC 850
    "Sun Nov  6 08:49:37 1994",        // obsolete asctime()
  })
  void everyFormOfTheRfcExampleNamesTheSameInstant(String date) {
    assertThat(HttpDates.parse(date, NOW)).isEqualTo(RFC_EXAMPLE);
  }

  @Test
  void aTwoDigitYearIsNeverMoreThanFiftyYearsAhead() {
    Clock in2026 = Clock.fixed(Instant.parse("2026-11-21T00:00:00Z"), ZoneOffset.UTC);
    assertThat(HttpDates.parse("Wednesday, 01-Jan-76 00:00:00 GMT", in2026)).isEqualTo(Instant.parse("2076-01-01T00:00:00Z"));
    assertThat(HttpDates.parse("Saturday, 01-Jan-77 00:00:00 GMT", in2026)).isEqualTo(Instant.parse("1977-01-01T00:00:00Z"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"tomorrow", "06 Nov 1994", "Sun, 06 Nov 1994 25:49:37 GMT", "", "-5", "1e3"})
  void anythingElseIsNoDate(String text) {
    assertThat(HttpDates.parse(text, NOW)).isNull();
  }

  @Test
  void theCodecWaitsUntilAnObsoleteDate() {
    EnvelopeCodec codec = new EnvelopeCodec(TestCatalog.KHIPU, DecodeLimits.DEFAULT, NOW);
    ErrorReport report = codec.read(503, new byte[0], Map.of("Retry-After", List.of("Sun Nov  6 08:49:37 1994")));
    assertThat(report.retryAfter()).isEqualTo(Duration.ofMinutes(49).plusSeconds(37));
    assertThat(report.problem()).isNull();
  }
}
