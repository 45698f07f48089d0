package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryAdviceTest {

  @Test
  void neverIsNotRetryableAndHasNoDelay() {
    RetryAdvice never = RetryAdvice.never();
    assertThat(never.kind()).isEqualTo(RetryAdvice.Kind.NEVER);
    assertThat(never.isRetryable()).isFalse();
    assertThat(never.delay()).isEqualTo(Optional.empty());
    assertThat(never.toString()).isEqualTo("never");
  }

  @Test
  void immediatelyIsRetryableWithZeroDelay() {
    RetryAdvice immediately = RetryAdvice.immediately();
    assertThat(immediately.kind()).isEqualTo(RetryAdvice.Kind.IMMEDIATELY);
    assertThat(immediately.isRetryable()).isTrue();
    assertThat(immediately.delay()).isEqualTo(Optional.of(Duration.ZERO));
    assertThat(immediately.toString()).isEqualTo("immediately");
  }

  @Test
  void afterKeepsItsDelay() {
    RetryAdvice after = RetryAdvice.after(Duration.ofHours(4));
    assertThat(after.kind()).isEqualTo(RetryAdvice.Kind.AFTER);
    assertThat(after.isRetryable()).isTrue();
    assertThat(after.delay()).isEqualTo(Optional.of(Duration.ofHours(4)));
    assertThat(after.toString()).isEqualTo("after PT4H");
  }

  @Test
  void afterZeroIsImmediately() {
    assertThat(RetryAdvice.after(Duration.ZERO)).isSameInstanceAs(RetryAdvice.immediately());
    assertThat(RetryAdvice.after(Duration.ofSeconds(0))).isEqualTo(RetryAdvice.immediately());
  }

  @Test
  void afterTheSmallestPositiveDelayIsStillAfter() {
    RetryAdvice after = RetryAdvice.after(Duration.ofNanos(1));
    assertThat(after.kind()).isEqualTo(RetryAdvice.Kind.AFTER);
    assertThat(after.delay()).isEqualTo(Optional.of(Duration.ofNanos(1)));
  }

  @Test
  void negativeDelayThrows() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RetryAdvice.after(Duration.ofSeconds(-1)));
    assertThat(e.getMessage()).contains("negative");
    assertThat(e.getMessage()).contains("PT-1S");
  }

  @Test
  void nullDelayThrows() {
    NullPointerException e = assertThrows(NullPointerException.class, () -> RetryAdvice.after(null));
    assertThat(e.getMessage()).isEqualTo("delay");
  }

  @Test
  void equalsAndHashCode() {
    RetryAdvice a = RetryAdvice.after(Duration.ofMinutes(90));
    RetryAdvice b = RetryAdvice.after(Duration.ofSeconds(5400));
    assertThat(b).isEqualTo(a);
    assertThat(b.hashCode()).isEqualTo(a.hashCode());
    assertThat(a).isEqualTo(a);

    assertThat(RetryAdvice.after(Duration.ofMinutes(91))).isNotEqualTo(a);
    assertThat(RetryAdvice.immediately()).isNotEqualTo(a);
    assertThat(RetryAdvice.never()).isNotEqualTo(a);
    assertThat(RetryAdvice.immediately()).isNotEqualTo(RetryAdvice.never());
    assertThat(RetryAdvice.immediately().hashCode()).isNotEqualTo(RetryAdvice.never().hashCode());
    assertThat(a).isNotEqualTo(null);
    assertThat("after PT1H30M").isNotEqualTo(a);
  }

  @Test
  void toStringUsesIsoDuration() {
    assertThat(RetryAdvice.after(Duration.ofMinutes(90)).toString()).isEqualTo("after PT1H30M");
    assertThat(RetryAdvice.after(Duration.ofMillis(500)).toString()).isEqualTo("after PT0.5S");
  }
}
