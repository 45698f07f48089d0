package dev.errata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertEquals(3, defaults.maxAttempts());
    assertEquals(Duration.ofSeconds(30), defaults.maxTotalTime());
    assertEquals(Duration.ofMillis(100), defaults.initialBackoff());
    assertEquals(Duration.ofSeconds(5), defaults.maxBackoff());
    assertEquals("RetryPolicy{maxAttempts=3, maxTotalTime=PT30S, backoff=PT0.1S..PT5S}", defaults.toString());
  }

  @Test
  void neverIsNeverRetried() {
    Decision decision = RetryPolicy.defaults().decide(khipu("A000"), 1, NONE);
    GiveUp giveUp = assertInstanceOf(GiveUp.class, decision);
    assertEquals(Reason.NOT_RETRYABLE, giveUp.reason());
    assertFalse(decision.isRetry());
  }

  @Test
  void unknownCodesFollowTheCatalogsUnknownType() {
    // Khipu-like: UNKNOWN is DO_NOT_RETRY. KeyBank-like: UNKNOWN has no type, so never.
    assertEquals(Reason.NOT_RETRYABLE,
        ((GiveUp) RetryPolicy.defaults().decide(khipu("Z999"), 1, NONE)).reason());
    CatalogException keyBank = TestCatalog.keyBankException(ErrorReport.builder().httpStatus(418).code("418").build());
    assertEquals(Reason.NOT_RETRYABLE, ((GiveUp) RetryPolicy.defaults().decide(keyBank, 1, NONE)).reason());
    // A body that could not be read types the failure by its status, here the untyped UNKNOWN.
    CatalogException unreadable = TestCatalog.KHIPU_CATALOG.decode(502, "<html>".getBytes(java.nio.charset.StandardCharsets.UTF_8))
        .exception().orElseThrow();
    assertEquals(Reason.NOT_RETRYABLE, ((GiveUp) RetryPolicy.defaults().decide(unreadable, 1, NONE)).reason());
  }

  @Test
  void anAdvisedDelayIsWaitedExactly() {
    CatalogException tooMany = TestCatalog.keyBankException(ErrorReport.builder().code("429")
        .retryAfter(Duration.ofSeconds(2)).build());
    assertEquals(new Retry(Duration.ofSeconds(2)), RetryPolicy.defaults().decide(tooMany, 1, NONE));
    // Jitter never shortens it, whatever the generator says.
    assertEquals(new Retry(Duration.ofSeconds(2)), jitterAt(0).build().decide(tooMany, 2, Duration.ofSeconds(3)));
  }

  @Test
  void aWaitPastTheTotalTimeGivesUpInsteadOfRetryingEarly() {
    // Khipu's WAIT_4_HOURS_BEFORE_RETRY: the policy's 30 s cannot hold 4 hours.
    GiveUp giveUp = assertInstanceOf(GiveUp.class, RetryPolicy.defaults().decide(khipu("F000"), 1, NONE));
    assertEquals(Reason.OUT_OF_TIME, giveUp.reason());
    assertEquals("the advised wait of PT4H would end past the policy's PT30S in all (PT0S gone)", giveUp.message());
    // A wait that fits at first no longer fits once time has gone.
    RetryPolicy policy = RetryPolicy.builder().maxTotalTime(Duration.ofSeconds(10)).build();
    RetryAdvice eight = RetryAdvice.after(Duration.ofSeconds(8));
    assertEquals(new Retry(Duration.ofSeconds(8)), policy.decide(eight, 1, Duration.ofSeconds(2)));
    assertEquals(Reason.OUT_OF_TIME, ((GiveUp) policy.decide(eight, 1, Duration.ofMillis(2_001))).reason());
  }

  @Test
  void immediatelyBacksOffExponentiallyWithFullJitter() {
    RetryPolicy top = jitterAt(0.999_999).backoff(Duration.ofMillis(100), Duration.ofSeconds(1))
        .maxAttempts(10).build();
    assertEquals(Duration.ofMillis(100), top.backoffBound(1));
    assertEquals(Duration.ofMillis(200), top.backoffBound(2));
    assertEquals(Duration.ofMillis(800), top.backoffBound(4));
    assertEquals(Duration.ofSeconds(1), top.backoffBound(5));
    assertEquals(Duration.ofSeconds(1), top.backoffBound(Integer.MAX_VALUE));
    Duration third = ((Retry) top.decide(RetryAdvice.immediately(), 3, NONE)).delay();
    assertTrue(third.compareTo(Duration.ofMillis(399)) > 0 && third.compareTo(Duration.ofMillis(400)) <= 0, third::toString);
    RetryPolicy bottom = jitterAt(0).build();
    assertEquals(new Retry(Duration.ZERO), bottom.decide(RetryAdvice.immediately(), 1, NONE));
    RetryPolicy half = jitterAt(0.5).build();
    assertEquals(new Retry(Duration.ofMillis(100)), half.decide(khipu("E201"), 2, NONE));
  }

  @Test
  void aBackoffIsCutToTheTimeLeft() {
    RetryPolicy policy = jitterAt(0.999).maxTotalTime(Duration.ofSeconds(1)).backoff(Duration.ofSeconds(5),
        Duration.ofSeconds(5)).build();
    assertEquals(new Retry(Duration.ofMillis(300)), policy.decide(RetryAdvice.immediately(), 1, Duration.ofMillis(700)));
    assertEquals(new Retry(Duration.ZERO), policy.decide(RetryAdvice.immediately(), 1, Duration.ofSeconds(1)));
    assertEquals(Reason.OUT_OF_TIME,
        ((GiveUp) policy.decide(RetryAdvice.immediately(), 1, Duration.ofMillis(1_001))).reason());
  }

  @Test
  void attemptsRunOut() {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(2).build();
    assertTrue(policy.decide(RetryAdvice.immediately(), 1, NONE).isRetry());
    GiveUp giveUp = (GiveUp) policy.decide(RetryAdvice.immediately(), 2, NONE);
    assertEquals(Reason.ATTEMPTS_EXHAUSTED, giveUp.reason());
    assertEquals("2 attempts made, of the 2 the policy allows", giveUp.message());
    assertEquals(Reason.ATTEMPTS_EXHAUSTED,
        ((GiveUp) RetryPolicy.builder().maxAttempts(1).build().decide(RetryAdvice.immediately(), 1, NONE)).reason());
  }

  @Test
  void transportFailuresAreRetriedAsImmediatelyByDefault() {
    RetryPolicy policy = jitterAt(0.5).build();
    assertEquals(new Retry(Duration.ofMillis(50)), policy.decide(new ConnectException("refused"), 1, NONE));
    assertTrue(policy.decide(new UncheckedIOException(new IOException("reset")), 1, NONE).isRetry());
    GiveUp bug = (GiveUp) policy.decide(new IllegalStateException("a bug"), 1, NONE);
    assertEquals(Reason.NOT_RETRYABLE, bug.reason());
    assertTrue(bug.message().startsWith("java.lang.IllegalStateException is no catalog's error"), bug.message());
    RetryPolicy catalogOnly = RetryPolicy.builder().retryOn(failure -> false).build();
    assertFalse(catalogOnly.decide(new ConnectException("refused"), 1, NONE).isRetry());
  }

  @Test
  void aCatalogErrorInACauseChainIsWhatDecides() {
    RuntimeException wrapped = new CompletionException(khipu("A000"));
    assertEquals(Reason.NOT_RETRYABLE, ((GiveUp) RetryPolicy.defaults().decide(wrapped, 1, NONE)).reason());
    // Even when an IOException is further down: the catalog's word comes first.
    RuntimeException both = new CompletionException(new TestCatalog.TestException(TestCatalog.KhipuCode.AUTHENTICATION,
        ErrorReport.ofCode("A000")));
    both.getCause().initCause(new IOException("reset"));
    assertFalse(RetryPolicy.defaults().decide(both, 1, NONE).isRetry());
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
    assertTrue(broken.decide(RetryAdvice.immediately(), 1, NONE).isRetry());
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
      assertTrue(refused.getMessage().contains("outside [0, 1)"), refused.getMessage());
    }
  }

  @Test
  void enormousBoundsSaturateInsteadOfOverflowing() {
    Duration huge = Duration.ofSeconds(Long.MAX_VALUE / 2 + 1);
    RetryPolicy policy = jitterAt(0.5).maxAttempts(Integer.MAX_VALUE).maxTotalTime(Duration.ofSeconds(Long.MAX_VALUE))
        .backoff(huge, Duration.ofSeconds(Long.MAX_VALUE)).build();
    // Doubling the bound once more would pass what a Duration holds: it stays at the max.
    assertEquals(Duration.ofSeconds(Long.MAX_VALUE), policy.backoffBound(3));
    // A bound past what a long of nanoseconds holds jitters within Long.MAX_VALUE nanoseconds.
    // Half of Long.MAX_VALUE, as a double, is 2^62.
    assertEquals(new Retry(Duration.ofNanos(1L << 62)), policy.decide(RetryAdvice.immediately(), 1, NONE));
  }

  @Test
  void toBuilderKeepsEverySetting() {
    RetryPolicy policy = jitterAt(0.25).maxAttempts(7).maxTotalTime(Duration.ofMinutes(2))
        .backoff(Duration.ofSeconds(1), Duration.ofSeconds(8)).retryOn(failure -> false).build();
    RetryPolicy copy = policy.toBuilder().build();
    assertEquals(policy.toString(), copy.toString());
    assertEquals(new Retry(Duration.ofMillis(250)), copy.decide(RetryAdvice.immediately(), 1, NONE));
    assertFalse(copy.decide(new IOException(), 1, NONE).isRetry());
  }
}
