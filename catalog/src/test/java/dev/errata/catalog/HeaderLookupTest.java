package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;


import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** {@link HeaderLookup} over the shapes headers come in, and {@link RetryAdvice#notBefore}. */
class HeaderLookupTest {

  @Test
  void aMapOfListsIsReadInAnyCase() {
    HeaderLookup headers = HeaderLookup.of(Map.of("retry-after", List.of("120", "5"), "X-Other", List.of("x")));
    assertThat(headers.first("Retry-After")).isEqualTo("120");
    assertThat(headers.first("RETRY-AFTER")).isEqualTo("120");
    assertThat(headers.first("x-other")).isEqualTo("x");
    assertThat(headers.first("Content-Type")).isNull();
  }

  @Test
  void feignsMapOfCollectionsFits() {
    // Feign: a case-insensitive TreeMap of Collection<String>.
    Map<String, Collection<String>> feign = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    feign.put("Retry-After", Set.of("30"));
    assertThat(HeaderLookup.of(feign).first("retry-after")).isEqualTo("30");
  }

  @Test
  void nullsAreAbsent() {
    Map<String, List<String>> headers = new HashMap<>();
    headers.put(null, List.of("HTTP/1.1 503"));                 // HttpURLConnection's status line
    headers.put("Retry-After", null);
    headers.put("retry-after", Arrays.asList(null, "9"));
    assertThat(HeaderLookup.of(headers).first("Retry-After")).isEqualTo("9");
    headers.put("retry-after", new ArrayList<>());
    assertThat(HeaderLookup.of(headers).first("Retry-After")).isNull();
    assertThat(HeaderLookup.of(null).first("Retry-After")).isNull();
    assertThat(HeaderLookup.none().first("Retry-After")).isNull();
  }

  @Test
  void theMapIsReadAtEachLookUp() {
    Map<String, List<String>> headers = new HashMap<>();
    HeaderLookup lookup = HeaderLookup.of(headers);
    assertThat(lookup.first("Retry-After")).isNull();
    headers.put("Retry-After", List.of("1"));
    assertThat(lookup.first("Retry-After")).isEqualTo("1");
  }

  @Test
  void aLambdaIsALookUp() {
    // The shape of Spring's HttpHeaders::getFirst, OkHttp's Response::header, JAX-RS's getHeaderString.
    Map<String, String> single = Map.of("Retry-After", "4");
    HeaderLookup lookup = name -> single.get(name);
    TestCatalog.TestException error =
        TestCatalog.KEYBANK_CATALOG.decode(429, new byte[0], lookup).exception().orElseThrow();
    assertThat(error.retry()).isEqualTo(RetryAdvice.after(Duration.ofSeconds(4)));
  }

  @Test
  void notBeforeIsWhenARetryBecomesAllowed() {
    Instant received = Instant.parse("2026-03-01T10:00:00Z");
    assertThat(RetryAdvice.never().notBefore(received)).isEqualTo(Optional.empty());
    assertThat(RetryAdvice.immediately().notBefore(received)).isEqualTo(Optional.of(received));
    assertThat(RetryAdvice.after(Duration.ofHours(4)).notBefore(received)).isEqualTo(Optional.of(Instant.parse("2026-03-01T14:00:00Z")));
    // Feign's RetryableException takes an epoch millisecond.
    assertThat(RetryAdvice.after(Duration.ofMillis(1_500)).notBefore(received).map(Instant::toEpochMilli).orElseThrow()).isEqualTo(received.toEpochMilli() + 1_500);
    assertThat(RetryAdvice.after(Duration.ofSeconds(Long.MAX_VALUE)).notBefore(received)).isEqualTo(Optional.of(Instant.MAX));
  }
}
