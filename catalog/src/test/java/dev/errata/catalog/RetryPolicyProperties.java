package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


import dev.errata.catalog.RetryPolicy.Decision;
import dev.errata.catalog.RetryPolicy.Decision.GiveUp;
import dev.errata.catalog.RetryPolicy.Decision.Reason;
import dev.errata.catalog.RetryPolicy.Decision.Retry;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * What {@link RetryPolicy} keeps for every policy, advice, attempt and elapsed time: it never waits
 * less than advised, never retries past its attempts or its total time, and its jitter stays in bounds.
 */
class RetryPolicyProperties {

  @Property
  void neverWaitsLessThanAdvised(
      @ForAll("policies") RetryPolicy policy,
      @ForAll("advice") RetryAdvice advice,
      @ForAll @IntRange(min = 1, max = 20) int attempt,
      @ForAll("elapsed") Duration elapsed) {
    Decision decision = policy.decide(advice, attempt, elapsed);
    if (decision instanceof Retry retry) {
      assertWithMessage("%s", retry + " for " + advice).that(retry.delay().compareTo(advice.delay().orElseThrow()) >= 0).isTrue();
      if (advice.kind() == RetryAdvice.Kind.AFTER) {
        assertWithMessage("an advised delay is waited exactly").that(retry.delay()).isEqualTo(advice.delay().orElseThrow());
      }
    }
  }

  @Property
  void neverRetriesNever(
      @ForAll("policies") RetryPolicy policy,
      @ForAll @IntRange(min = 1, max = 20) int attempt,
      @ForAll("elapsed") Duration elapsed) {
    GiveUp giveUp = (GiveUp) policy.decide(RetryAdvice.never(), attempt, elapsed);
    assertThat(giveUp.reason()).isEqualTo(Reason.NOT_RETRYABLE);
  }

  @Property
  void neverExceedsMaxAttemptsOrMaxTime(
      @ForAll("policies") RetryPolicy policy,
      @ForAll("advice") RetryAdvice advice,
      @ForAll @IntRange(min = 1, max = 20) int attempt,
      @ForAll("elapsed") Duration elapsed) {
    Decision decision = policy.decide(advice, attempt, elapsed);
    if (decision instanceof Retry retry) {
      assertWithMessage("%s", "attempt " + attempt + " of " + policy).that(attempt < policy.maxAttempts()).isTrue();
      assertWithMessage("%s", elapsed + " + " + retry.delay() + " past " + policy).that(elapsed.plus(retry.delay()).compareTo(policy.maxTotalTime()) > 0).isFalse();
    } else {
      GiveUp giveUp = (GiveUp) decision;
      // It gives up only for a reason that holds.
      switch (giveUp.reason()) {
        case NOT_RETRYABLE -> assertThat(advice.isRetryable()).isFalse();
        case ATTEMPTS_EXHAUSTED -> assertThat(attempt >= policy.maxAttempts()).isTrue();
        case OUT_OF_TIME -> assertThat(elapsed.plus(advice.delay().orElseThrow()).compareTo(policy.maxTotalTime()) > 0).isTrue();
      }
    }
  }

  @Property
  void jitterStaysWithinItsBounds(
      @ForAll("policies") RetryPolicy policy,
      @ForAll @IntRange(min = 1, max = 40) int attempt,
      @ForAll("elapsed") Duration elapsed) {
    Decision decision = policy.decide(RetryAdvice.immediately(), attempt, elapsed);
    if (decision instanceof Retry retry) {
      Duration bound = policy.backoffBound(attempt);
      assertThat(retry.delay().isNegative()).isFalse();
      assertWithMessage("%s", retry + " over " + bound).that(retry.delay().compareTo(bound) > 0).isFalse();
      assertThat(bound.compareTo(policy.maxBackoff()) > 0).isFalse();
    }
  }

  @Property
  void aRetryLoopKeepsThePolicyWhateverTheServerAdvises(
      @ForAll("policies") RetryPolicy policy,
      @ForAll @Size(min = 1, max = 30) List<@net.jqwik.api.From("advice") RetryAdvice> answers,
      @ForAll @LongRange(min = 0, max = 5_000) long millisPerAttempt) {
    // A loop as a client runs it, on a clock of its own: each answer advises something, each attempt
    // takes its time.
    Duration elapsed = Duration.ZERO;
    int attempt = 0;
    for (RetryAdvice advice : answers) {
      attempt++;
      elapsed = elapsed.plusMillis(millisPerAttempt);
      Decision decision = policy.decide(advice, attempt, elapsed);
      if (!(decision instanceof Retry retry)) {
        break;
      }
      assertThat(retry.delay().compareTo(advice.delay().orElseThrow()) >= 0).isTrue();
      elapsed = elapsed.plus(retry.delay());
      assertWithMessage("a retry starts within the total time").that(elapsed.compareTo(policy.maxTotalTime()) > 0).isFalse();
    }
    int attempts = attempt;
    assertWithMessage("%s", attempts + " attempts under " + policy).that(attempts <= policy.maxAttempts()).isTrue();
  }

  @Provide
  Arbitrary<RetryPolicy> policies() {
    Arbitrary<Integer> attempts = Arbitraries.integers().between(1, 10);
    Arbitrary<Duration> total = Arbitraries.longs().between(0, 3_600_000).map(Duration::ofMillis);
    Arbitrary<Long> initial = Arbitraries.longs().between(0, 10_000);
    Arbitrary<Long> extra = Arbitraries.longs().between(0, 60_000);
    Arbitrary<Long> seed = Arbitraries.longs();
    return Combinators.combine(attempts, total, initial, extra, seed).as((max, time, first, more, s) ->
        RetryPolicy.builder()
            .maxAttempts(max)
            .maxTotalTime(time)
            .backoff(Duration.ofMillis(first), Duration.ofMillis(first + more))
            .random(new SplittableRandom(s))
            .build());
  }

  @Provide
  Arbitrary<RetryAdvice> advice() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(RetryAdvice.never())),
        net.jqwik.api.Tuple.of(2, Arbitraries.just(RetryAdvice.immediately())),
        net.jqwik.api.Tuple.of(3, Arbitraries.longs().between(1, 7_200_000).map(Duration::ofMillis)
            .map(RetryAdvice::after)),
        net.jqwik.api.Tuple.of(1, Arbitraries.longs().between(1, 1_000_000_000).map(Duration::ofNanos)
            .map(RetryAdvice::after)));
  }

  @Provide
  Arbitrary<Duration> elapsed() {
    return Arbitraries.longs().between(0, 4_000_000).map(Duration::ofMillis);
  }
}
