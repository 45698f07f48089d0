package dev.errata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAdviceTest {

  @Test
  void neverIsNotRetryableAndHasNoDelay() {
    RetryAdvice never = RetryAdvice.never();
    assertEquals(RetryAdvice.Kind.NEVER, never.kind());
    assertFalse(never.isRetryable());
    assertEquals(Optional.empty(), never.delay());
    assertEquals("never", never.toString());
  }

  @Test
  void immediatelyIsRetryableWithZeroDelay() {
    RetryAdvice immediately = RetryAdvice.immediately();
    assertEquals(RetryAdvice.Kind.IMMEDIATELY, immediately.kind());
    assertTrue(immediately.isRetryable());
    assertEquals(Optional.of(Duration.ZERO), immediately.delay());
    assertEquals("immediately", immediately.toString());
  }

  @Test
  void afterKeepsItsDelay() {
    RetryAdvice after = RetryAdvice.after(Duration.ofHours(4));
    assertEquals(RetryAdvice.Kind.AFTER, after.kind());
    assertTrue(after.isRetryable());
    assertEquals(Optional.of(Duration.ofHours(4)), after.delay());
    assertEquals("after PT4H", after.toString());
  }

  @Test
  void afterZeroIsImmediately() {
    assertSame(RetryAdvice.immediately(), RetryAdvice.after(Duration.ZERO));
    assertEquals(RetryAdvice.immediately(), RetryAdvice.after(Duration.ofSeconds(0)));
  }

  @Test
  void afterTheSmallestPositiveDelayIsStillAfter() {
    RetryAdvice after = RetryAdvice.after(Duration.ofNanos(1));
    assertEquals(RetryAdvice.Kind.AFTER, after.kind());
    assertEquals(Optional.of(Duration.ofNanos(1)), after.delay());
  }

  @Test
  void negativeDelayThrows() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RetryAdvice.after(Duration.ofSeconds(-1)));
    assertTrue(e.getMessage().contains("negative"), e.getMessage());
    assertTrue(e.getMessage().contains("PT-1S"), e.getMessage());
  }

  @Test
  void nullDelayThrows() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> RetryAdvice.after(null));
    assertEquals("delay", e.getMessage());
  }

  @Test
  void equalsAndHashCode() {
    RetryAdvice a = RetryAdvice.after(Duration.ofMinutes(90));
    RetryAdvice b = RetryAdvice.after(Duration.ofSeconds(5400));
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a, a);

    assertNotEquals(a, RetryAdvice.after(Duration.ofMinutes(91)));
    assertNotEquals(a, RetryAdvice.immediately());
    assertNotEquals(a, RetryAdvice.never());
    assertNotEquals(RetryAdvice.never(), RetryAdvice.immediately());
    assertNotEquals(RetryAdvice.never().hashCode(), RetryAdvice.immediately().hashCode());
    assertNotEquals(a, null);
    assertNotEquals(a, "after PT1H30M");
  }

  @Test
  void toStringUsesIsoDuration() {
    assertEquals("after PT1H30M", RetryAdvice.after(Duration.ofMinutes(90)).toString());
    assertEquals("after PT0.5S", RetryAdvice.after(Duration.ofMillis(500)).toString());
  }
}
