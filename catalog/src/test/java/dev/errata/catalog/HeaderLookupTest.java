package dev.errata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
    assertEquals("120", headers.first("Retry-After"));
    assertEquals("120", headers.first("RETRY-AFTER"));
    assertEquals("x", headers.first("x-other"));
    assertNull(headers.first("Content-Type"));
  }

  @Test
  void feignsMapOfCollectionsFits() {
    // Feign: a case-insensitive TreeMap of Collection<String>.
    Map<String, Collection<String>> feign = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    feign.put("Retry-After", Set.of("30"));
    assertEquals("30", HeaderLookup.of(feign).first("retry-after"));
  }

  @Test
  void nullsAreAbsent() {
    Map<String, List<String>> headers = new HashMap<>();
    headers.put(null, List.of("HTTP/1.1 503"));                 // HttpURLConnection's status line
    headers.put("Retry-After", null);
    headers.put("retry-after", Arrays.asList(null, "9"));
    assertEquals("9", HeaderLookup.of(headers).first("Retry-After"));
    headers.put("retry-after", new ArrayList<>());
    assertNull(HeaderLookup.of(headers).first("Retry-After"));
    assertNull(HeaderLookup.of(null).first("Retry-After"));
    assertNull(HeaderLookup.none().first("Retry-After"));
  }

  @Test
  void theMapIsReadAtEachLookUp() {
    Map<String, List<String>> headers = new HashMap<>();
    HeaderLookup lookup = HeaderLookup.of(headers);
    assertNull(lookup.first("Retry-After"));
    headers.put("Retry-After", List.of("1"));
    assertEquals("1", lookup.first("Retry-After"));
  }

  @Test
  void aLambdaIsALookUp() {
    // The shape of Spring's HttpHeaders::getFirst, OkHttp's Response::header, JAX-RS's getHeaderString.
    Map<String, String> single = Map.of("Retry-After", "4");
    HeaderLookup lookup = name -> single.get(name);
    TestCatalog.TestException error =
        TestCatalog.KEYBANK_CATALOG.decode(429, new byte[0], lookup).exception().orElseThrow();
    assertEquals(RetryAdvice.after(Duration.ofSeconds(4)), error.retry());
  }

  @Test
  void notBeforeIsWhenARetryBecomesAllowed() {
    Instant received = Instant.parse("2026-03-01T10:00:00Z");
    assertEquals(Optional.empty(), RetryAdvice.never().notBefore(received));
    assertEquals(Optional.of(received), RetryAdvice.immediately().notBefore(received));
    assertEquals(Optional.of(Instant.parse("2026-03-01T14:00:00Z")),
        RetryAdvice.after(Duration.ofHours(4)).notBefore(received));
    // Feign's RetryableException takes an epoch millisecond.
    assertEquals(received.toEpochMilli() + 1_500,
        RetryAdvice.after(Duration.ofMillis(1_500)).notBefore(received).map(Instant::toEpochMilli).orElseThrow());
    assertEquals(Optional.of(Instant.MAX),
        RetryAdvice.after(Duration.ofSeconds(Long.MAX_VALUE)).notBefore(received));
  }
}
