package dev.errata.resilience4j;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.catalog.CatalogException;
import dev.errata.catalog.RetryPolicy;
import dev.errata.samples.SampleEntries;
import dev.errata.samples.ScriptedServer;
import dev.errata.samples.ScriptedServer.Reply;
import dev.errata.samples.keybank.KeyBankMatcher;
import dev.errata.samples.keybank.KeyBankServiceUnavailableException;
import dev.errata.samples.khipu.KhipuDataProcessingException;
import dev.errata.samples.khipu.KhipuMatcher;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Resilience4j {@code Retry} around an application's own call (a {@code java.net.http} request
 * decoded with the catalog) against one loopback server: every Khipu and KeyBank failure is retried,
 * or not, as the policy decides, after the advised wait. Asynchronous retries go through a scheduler
 * that records each delay and runs at once; synchronous ones wait a millisecond at most.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ErrataResilience4jTest {

  private static ScriptedServer server;
  private static RecordingScheduler scheduler;

  /** A scheduler that records the delays Resilience4j asks for and runs each task at once. */
  static final class RecordingScheduler extends ScheduledThreadPoolExecutor {
    private final List<Long> delays = new ArrayList<>();

    RecordingScheduler() {
      super(1);
    }

    @Override
    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
      synchronized (delays) {
        delays.add(unit.toMillis(delay));
      }
      return super.schedule(command, 0, unit);
    }

    List<Long> takeDelays() {
      synchronized (delays) {
        List<Long> taken = List.copyOf(delays);
        delays.clear();
        return taken;
      }
    }
  }

  @BeforeAll
  static void start() {
    server = ScriptedServer.start();
    scheduler = new RecordingScheduler();
  }

  @AfterAll
  static void stop() {
    server.close();
    scheduler.shutdownNow();
  }

  @Test
  void everyFailureIsRetriedAsTheDefaultPolicyDecides() throws Exception {
    retriedAsDecided(RetryPolicy.defaults());
  }

  @Test
  void advisedWaitsWithinThePolicyAreWaitedInFull() throws Exception {
    retriedAsDecided(RetryPolicy.builder().maxTotalTime(Duration.ofHours(5)).build());
  }

  private static void retriedAsDecided(RetryPolicy policy) throws Exception {
    Retry retry = Retry.of("sample", ErrataRetryConfig.of(policy));
    int retried = 0;
    for (SampleEntries.Case c : SampleEntries.failures()) {
      server.script(c.path(), c.response(), SampleEntries.success(c.catalog()));
      CompletableFuture<String> result =
          retry.executeCompletionStage(scheduler, () -> server.callAsync(c.catalog(), c.path())).toCompletableFuture();
      if (c.retriedBy(policy)) {
        retried++;
        assertWithMessage("%s", c).that(result.get(10, TimeUnit.SECONDS)).isEqualTo(SampleEntries.success(c.catalog()).text());
        assertWithMessage("%s", c).that(server.requests(c.path())).isEqualTo(2);
        SampleEntries.assertWaitedAsAdvised(c, policy,
            scheduler.takeDelays().stream().map(Duration::ofMillis).toList());
      } else {
        ExecutionException failed = assertThrows(ExecutionException.class, () -> result.get(10, TimeUnit.SECONDS));
        SampleEntries.assertSameFailure(c, CatalogException.find(failed).orElseThrow());
        assertWithMessage("%s", c).that(server.requests(c.path())).isEqualTo(1);
        assertWithMessage("%s", c).that(scheduler.takeDelays()).isEqualTo(List.of());
      }
    }
    assertThat(retried > 0).isTrue();
  }

  /** Synchronously too: the policy's three attempts for a failure that never ends, each wait the policy's backoff. */
  @Test
  void synchronousRetriesStopAfterThePolicysAttempts() {
    RetryPolicy policy = RetryPolicy.builder().backoff(Duration.ofMillis(1), Duration.ofMillis(1)).build();
    Retry retry = Retry.of("khipu", ErrataRetryConfig.of(policy));
    List<Long> waits = new ArrayList<>();
    retry.getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval().toMillis()));
    server.script("/Khipu/E201", Reply.json(200, "{\"Status\":\"ERROR\",\"Error\":{\"Code\":\"E201\"}}"));
    assertThrows(CatalogException.class, () -> retry.executeSupplier(() -> server.call(KhipuMatcher.catalog(), "/Khipu/E201")));
    assertThat(server.requests("/Khipu/E201")).isEqualTo(3);
    assertThat(waits.size()).isEqualTo(2);
    assertWithMessage("%s", waits).that(waits.stream().allMatch(wait -> wait <= 1)).isTrue();
  }

  /** KeyBank's 503 with "Retry-After: 0" is retried at once; without it, its minute is past 30 s: not retried. */
  @Test
  void retryAfterWinsOverTheCatalog() {
    RetryPolicy policy = RetryPolicy.builder().backoff(Duration.ofMillis(1), Duration.ofMillis(1)).build();
    Retry retry = Retry.of("keybank", ErrataRetryConfig.of(policy));
    server.script("/KeyBank/503-now", Reply.json(503, "{\"ErrorMessage\":\"Maintenance\"}").header("Retry-After", "0"),
        Reply.json(200, "{\"responseHeader\":{\"status\":\"S\"}}"));
    assertThat(retry.executeSupplier(() -> server.call(KeyBankMatcher.catalog(), "/KeyBank/503-now"))).contains("\"S\"");
    assertThat(server.requests("/KeyBank/503-now")).isEqualTo(2);

    server.script("/KeyBank/503", Reply.json(503, "{\"ErrorMessage\":\"Maintenance\"}"),
        Reply.json(200, "{\"responseHeader\":{\"status\":\"S\"}}"));
    KeyBankServiceUnavailableException e = assertThrows(KeyBankServiceUnavailableException.class,
        () -> retry.executeSupplier(() -> server.call(KeyBankMatcher.catalog(), "/KeyBank/503")));
    assertThat(e.retry().delay().orElseThrow()).isEqualTo(Duration.ofMinutes(1));
    assertThat(server.requests("/KeyBank/503")).isEqualTo(1);
  }

  /** What the predicate accepts: retryable advice within the policy, I/O failures; never a "never" or four hours. */
  @Test
  void thePredicate() {
    Predicate<Throwable> predicate = new ErrataRetryPredicate();
    for (SampleEntries.Case c : SampleEntries.failures()) {
      assertWithMessage("%s", c).that(predicate.test(c.expectedError())).isEqualTo(c.retriedBy(RetryPolicy.defaults()));
      assertWithMessage("%s", c).that(predicate.test(new RuntimeException(c.expectedError()))).isEqualTo(c.retriedBy(RetryPolicy.defaults()));
    }
    assertThat(predicate.test(new UncheckedIOException(new ConnectException("refused")))).isTrue();
    assertThat(predicate.test(new IllegalStateException("a bug"))).isFalse();
    assertThat(predicate.test(null)).isFalse();
  }

  /** The interval: the advised wait, the fallback for "immediately", -1 for never and past the policy's attempts. */
  @Test
  void theInterval() {
    SampleEntries.Case unavailable = SampleEntries.failures().stream()
        .filter(c -> c.catalog().name().equals("KeyBank") && c.code().equals("503")).findFirst().orElseThrow();
    SampleEntries.Case logon = SampleEntries.failures().stream()
        .filter(c -> c.code().equals("E100")).findFirst().orElseThrow();
    SampleEntries.Case timeout = SampleEntries.failures().stream()
        .filter(c -> c.code().equals("T000")).findFirst().orElseThrow();
    RetryPolicy patient = RetryPolicy.builder().maxTotalTime(Duration.ofMinutes(5)).build();
    IntervalBiFunction<Object> interval = new ErrataIntervalBiFunction<>(patient, IntervalFunction.of(Duration.ofMillis(7)));
    assertThat(interval.apply(1, Either.left(unavailable.expectedError()))).isEqualTo(60_000L);
    assertThat(interval.apply(1, Either.left(logon.expectedError()))).isEqualTo(-1L);
    assertThat(interval.apply(1, Either.left(timeout.expectedError()))).isEqualTo(7L);
    assertThat(interval.apply(2, Either.right("a result the Retry retries"))).isEqualTo(7L);
    assertWithMessage("the policy's three attempts are made").that(interval.apply(3, Either.left(timeout.expectedError()))).isEqualTo(-1L);
    assertWithMessage("a minute is past the default 30 seconds").that(new ErrataIntervalBiFunction<>().apply(1, Either.left(unavailable.expectedError()))).isEqualTo(-1L);
  }

  /**
   * Resilience4j's Spring Boot properties name the classes; they are instantiated with no arguments,
   * as here, and follow the default policy.
   */
  @Test
  @SuppressWarnings("unchecked")
  void theClassesNamedInPropertiesWorkWithNoArguments() throws Exception {
    Predicate<Throwable> predicate = ErrataRetryPredicate.class.getConstructor().newInstance();
    IntervalBiFunction<Object> interval = ErrataIntervalBiFunction.class.getConstructor().newInstance();
    Retry retry = Retry.of("named", RetryConfig.custom().retryOnException(predicate).intervalBiFunction(interval).build());
    List<Long> waits = new ArrayList<>();
    retry.getEventPublisher().onRetry(event -> waits.add(event.getWaitInterval().toMillis()));
    server.script("/Khipu/F000", Reply.json(200, "{\"Status\":\"ERROR\",\"Error\":{\"Code\":\"F000\"}}"));
    assertThrows(KhipuDataProcessingException.class,
        () -> retry.executeSupplier(() -> server.call(KhipuMatcher.catalog(), "/Khipu/F000")));
    assertWithMessage("four hours are past 30 seconds").that(server.requests("/Khipu/F000")).isEqualTo(1);
    server.script("/Khipu/T000", Reply.json(200, "{\"Status\":\"ERROR\",\"Error\":{\"Code\":\"T000\"}}"),
        Reply.json(200, "{\"Status\":\"OK\"}"));
    assertThat(retry.executeSupplier(() -> server.call(KhipuMatcher.catalog(), "/Khipu/T000"))).isEqualTo("{\"Status\":\"OK\"}");
    assertThat(waits.size()).isEqualTo(1);
    assertWithMessage("%s", waits).that(waits.get(0) <= RetryPolicy.defaults().initialBackoff().toMillis()).isTrue();
  }
}
