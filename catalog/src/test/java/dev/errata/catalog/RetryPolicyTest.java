package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.catalog.RetryPolicy.Decision;
import dev.errata.catalog.RetryPolicy.Decision.GiveUp;
import dev.errata.catalog.RetryPolicy.Decision.Reason;
import dev.errata.catalog.RetryPolicy.Decision.Retry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** {@link RetryPolicy} on the cases a catalog's advice and a transport give it. */
class RetryPolicyTest {

  private static final Duration NONE = Duration.ZERO;

  /** A policy whose jitter always picks the same fraction of the bound. */
  private static RetryPolicy.Builder jitterAt(double fraction) {
    long bits = (long) (fraction * (1L << 53)) << 11;
    return RetryPolicy.builder().random(() -> bits);
  }

  private static TestCatalog.TestException khipu(String code) {
    return TestCatalog.khipuException(ErrorReport.ofCode(code));
  }

  @Test
  void theDefaultsAreDocumented() {
    RetryPolicy defaults = RetryPolicy.defaults();
    assertThat(defaults.maxAttempts()).isEqualTo(3);
    assertThat(defaults.maxTotalTime()).isEqualTo(Duration.ofSeconds(30));
    assertThat(defaults.initialBackoff()).isEqualTo(Duration.ofMillis(100));
    assertThat(defaults.maxBackoff()).isEqualTo(Duration.ofSeconds(5));
    assertThat(defaults.toString()).isEqualTo("RetryPolicy{maxAttempts=3, maxTotalTime=PT30S, backoff=PT0.1S..PT5S}");
  }

  @Test
  void neverIsNeverRetried() {
    Decision decision = RetryPolicy.defaults().decide(khipu("A000"), 1, NONE);
    GiveUp giveUp = assertInstanceOf(GiveUp.class, decision);
    assertThat(giveUp.reason()).isEqualTo(Reason.NOT_RETRYABLE);
    assertThat(decision.isRetry()).isFalse();
  }

  @Test
  void unknownCodesFollowTheCatalogsUnknownType() {
    // Khipu-like: UNKNOWN is DO_NOT_RETRY. KeyBank-like: UNKNOWN has no type, so never.
    assertThat(((GiveUp) RetryPolicy.defaults().decide(khipu("Z999"), 1, NONE)).reason()).isEqualTo(Reason.NOT_RETRYABLE);
    CatalogException keyBank = TestCatalog.keyBankException(ErrorReport.builder().httpStatus(418).code("418").build());
    assertThat(((GiveUp) RetryPolicy.defaults().decide(keyBank, 1, NONE)).reason()).isEqualTo(Reason.NOT_RETRYABLE);
    // A body that could not be read types the failure by its status, here the untyped UNKNOWN.
    CatalogException unreadable = TestCatalog.KHIPU_CATALOG.decode(502, "<html>".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .exception().orElseThrow();
    assertThat(((GiveUp) RetryPolicy.defaults().decide(unreadable, 1, NONE)).reason()).isEqualTo(Reason.NOT_RETRYABLE);
  }

  @Test
  void anAdvisedDelayIsWaitedExactly() {
    CatalogException tooMany = TestCatalog.keyBankException(ErrorReport.builder().code("429")
        .retryAfter(Duration.ofSeconds(2)).build());
    assertThat(RetryPolicy.defaults().decide(tooMany, 1, NONE)).isEqualTo(new Retry(Duration.ofSeconds(2)));
    // Jitter never shortens it, whatever the generator says.
    assertThat(jitterAt(0).build().decide(tooMany, 2, Duration.ofSeconds(3))).isEqualTo(new Retry(Duration.ofSeconds(2)));
  }

  @Test
  void aWaitPastTheTotalTimeGivesUpInsteadOfRetryingEarly() {
    // Khipu's WAIT_4_HOURS_BEFORE_RETRY: the policy's 30 s cannot hold 4 hours.
    GiveUp giveUp = assertInstanceOf(GiveUp.class, RetryPolicy.defaults().decide(khipu("F000"), 1, NONE));
    assertThat(giveUp.reason()).isEqualTo(Reason.OUT_OF_TIME);
    assertThat(giveUp.message()).isEqualTo("the advised wait of PT4H would end past the policy's PT30S in all (PT0S gone)");
    // A wait that fits at first no longer fits once time has gone.
    RetryPolicy policy = RetryPolicy.builder().maxTotalTime(Duration.ofSeconds(10)).build();
    RetryAdvice eight = RetryAdvice.after(Duration.ofSeconds(8));
    assertThat(policy.decide(eight, 1, Duration.ofSeconds(2))).isEqualTo(new Retry(Duration.ofSeconds(8)));
    assertThat(((GiveUp) policy.decide(eight, 1, Duration.ofMillis(2_001))).reason()).isEqualTo(Reason.OUT_OF_TIME);
  }

  @Test
  void immediatelyBacksOffExponentiallyWithFullJitter() {
    RetryPolicy top = jitterAt(0.999_999).backoff(Duration.ofMillis(100), Duration.ofSeconds(1))
        .maxAttempts(10).build();
    assertThat(top.backoffBound(1)).isEqualTo(Duration.ofMillis(100));
    assertThat(top.backoffBound(2)).isEqualTo(Duration.ofMillis(200));
    assertThat(top.backoffBound(4)).isEqualTo(Duration.ofMillis(800));
    assertThat(top.backoffBound(5)).isEqualTo(Duration.ofSeconds(1));
    assertThat(top.backoffBound(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(1));
    Duration third = ((Retry) top.decide(RetryAdvice.immediately(), 3, NONE)).delay();
    assertWithMessage("%s", third).that(third.compareTo(Duration.ofMillis(399)) > 0 && third.compareTo(Duration.ofMillis(400)) <= 0).isTrue();
    RetryPolicy bottom = jitterAt(0).build();
    assertThat(bottom.decide(RetryAdvice.immediately(), 1, NONE)).isEqualTo(new Retry(Duration.ZERO));
    RetryPolicy half = jitterAt(0.5).build();
    assertThat(half.decide(khipu("E201"), 2, NONE)).isEqualTo(new Retry(Duration.ofMillis(100)));
  }

  @Test
  void aBackoffIsCutToTheTimeLeft() {
    RetryPolicy policy = jitterAt(0.999).maxTotalTime(Duration.ofSeconds(1)).backoff(Duration.ofSeconds(5),
        Duration.ofSeconds(5)).build();
    assertThat(policy.decide(RetryAdvice.immediately(), 1, Duration.ofMillis(700))).isEqualTo(new Retry(Duration.ofMillis(300)));
    assertThat(policy.decide(RetryAdvice.immediately(), 1, Duration.ofSeconds(1))).isEqualTo(new Retry(Duration.ZERO));
    assertThat(((GiveUp) policy.decide(RetryAdvice.immediately(), 1, Duration.ofMillis(1_001))).reason()).isEqualTo(Reason.OUT_OF_TIME);
  }

  @Test
  void attemptsRunOut() {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(2).build();
    assertThat(policy.decide(RetryAdvice.immediately(), 1, NONE).isRetry()).isTrue();
    GiveUp giveUp = (GiveUp) policy.decide(RetryAdvice.immediately(), 2, NONE);
    assertThat(giveUp.reason()).isEqualTo(Reason.ATTEMPTS_EXHAUSTED);
    assertThat(giveUp.message()).isEqualTo("2 attempts made, of the 2 the policy allows");
    assertThat(((GiveUp) RetryPolicy.builder().maxAttempts(1).build().decide(RetryAdvice.immediately(), 1, NONE)).reason()).isEqualTo(Reason.ATTEMPTS_EXHAUSTED);
  }

  @Test
  void transportFailuresAreRetriedAsImmediatelyByDefault() {
    RetryPolicy policy = jitterAt(0.5).build();
    assertThat(policy.decide(new ConnectException("refused"), 1, NONE)).isEqualTo(new Retry(Duration.ofMillis(50)));
    assertThat(policy.decide(new UncheckedIOException(new IOException("reset")), 1, NONE).isRetry()).isTrue();
    GiveUp bug = (GiveUp) policy.decide(new IllegalStateException("a bug"), 1, NONE);
    assertThat(bug.reason()).isEqualTo(Reason.NOT_RETRYABLE);
    assertThat(bug.message()).startsWith("java.lang.IllegalStateException is no catalog's error");
    RetryPolicy catalogOnly = RetryPolicy.builder().retryOn(failure -> false).build();
    assertThat(catalogOnly.decide(new ConnectException("refused"), 1, NONE).isRetry()).isFalse();
  }

  @Test
  void aCatalogErrorInACauseChainIsWhatDecides() {
    RuntimeException wrapped = new CompletionException(khipu("A000"));
    assertThat(((GiveUp) RetryPolicy.defaults().decide(wrapped, 1, NONE)).reason()).isEqualTo(Reason.NOT_RETRYABLE);
    // Even when an IOException is further down: the catalog's word comes first.
    RuntimeException both = new CompletionException(new TestCatalog.TestException(TestCatalog.KhipuCode.AUTHENTICATION,
        ErrorReport.ofCode("A000")));
    both.getCause().initCause(new IOException("reset"));
    assertThat(RetryPolicy.defaults().decide(both, 1, NONE).isRetry()).isFalse();
  }

  @Test
  void badArgumentsAreRefused() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThrows(IllegalArgumentException.class, () -> policy.decide(RetryAdvice.never(), 0, NONE));
    assertThrows(IllegalArgumentException.class, () -> policy.decide(new IOException(), 1, Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> policy.backoffBound(0));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxAttempts(0));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxTotalTime(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.builder().backoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> new Retry(Duration.ofMillis(-1)));
    RetryPolicy broken = RetryPolicy.builder().random(() -> -1L).build();
    // nextDouble() of a generator whose nextLong() is all ones is just under 1: still in bounds.
    assertThat(broken.decide(RetryAdvice.immediately(), 1, NONE).isRetry()).isTrue();
  }

  @Test
  void aNonRetryableFailureStillChecksItsArguments() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThrows(IllegalArgumentException.class, () -> policy.decide(new IllegalStateException(), 0, NONE));
    assertThrows(IllegalArgumentException.class,
        () -> policy.decide(new IllegalStateException(), 1, Duration.ofMillis(-1)));
  }

  @Test
  void aGeneratorOutsideTheUnitIntervalIsRefused() {
    for (double wrong : new double[] {1.0, -0.25, Double.NaN}) {
      RetryPolicy policy = RetryPolicy.builder().random(new java.util.random.RandomGenerator() {
        @Override
        public long nextLong() {
          return 0;
        }

        @Override
        public double nextDouble() {
          return wrong;
        }
      }).build();
      IllegalStateException refused =
          assertThrows(IllegalStateException.class, () -> policy.decide(RetryAdvice.immediately(), 1, NONE));
      assertThat(refused.getMessage()).contains("outside [0, 1)");
    }
  }

  @Test
  void enormousBoundsSaturateInsteadOfOverflowing() {
    Duration huge = Duration.ofSeconds(Long.MAX_VALUE / 2 + 1);
    RetryPolicy policy = jitterAt(0.5).maxAttempts(Integer.MAX_VALUE).maxTotalTime(Duration.ofSeconds(Long.MAX_VALUE))
        .backoff(huge, Duration.ofSeconds(Long.MAX_VALUE)).build();
    // Doubling the bound once more would pass what a Duration holds: it stays at the max.
    assertThat(policy.backoffBound(3)).isEqualTo(Duration.ofSeconds(Long.MAX_VALUE));
    // A bound past what a long of nanoseconds holds jitters within Long.MAX_VALUE nanoseconds.
    // Half of Long.MAX_VALUE, as a double, is 2^62.
    assertThat(policy.decide(RetryAdvice.immediately(), 1, NONE)).isEqualTo(new Retry(Duration.ofNanos(1L << 62)));
  }

  @Test
  void toBuilderKeepsEverySetting() {
    RetryPolicy policy = jitterAt(0.25).maxAttempts(7).maxTotalTime(Duration.ofMinutes(2))
        .backoff(Duration.ofSeconds(1), Duration.ofSeconds(8)).retryOn(failure -> false).build();
    RetryPolicy copy = policy.toBuilder().build();
    assertThat(copy.toString()).isEqualTo(policy.toString());
    assertThat(copy.decide(RetryAdvice.immediately(), 1, NONE)).isEqualTo(new Retry(Duration.ofMillis(250)));
    assertThat(copy.decide(new IOException(), 1, NONE).isRetry()).isFalse();
  }

  @Test
  void theIdempotentMethodsOfRfc9110() {
    for (String method : new String[] {"GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE"}) {
      assertWithMessage("%s", method).that(RetryPolicy.isIdempotent(method)).isTrue();
    }
    for (String method : new String[] {"POST", "PATCH", "CONNECT", "get", "Put", "", null}) {
      assertWithMessage("%s", String.valueOf(method)).that(RetryPolicy.isIdempotent(method)).isFalse();
    }
  }

  @Test
  void anAdvisedWaitThatEndsExactlyAtTheTotalTimeIsBegun() {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).maxTotalTime(Duration.ofSeconds(10)).build();
    Decision atTheEnd = policy.decide(RetryAdvice.after(Duration.ofSeconds(6)), 1, Duration.ofSeconds(4));
    assertThat(atTheEnd).isEqualTo(new Retry(Duration.ofSeconds(6)));
    Decision pastIt = policy.decide(RetryAdvice.after(Duration.ofSeconds(6)), 1, Duration.ofMillis(4001));
    assertThat(assertInstanceOf(GiveUp.class, pastIt).reason()).isEqualTo(Reason.OUT_OF_TIME);
  }
}
