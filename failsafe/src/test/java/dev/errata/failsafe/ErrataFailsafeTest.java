package dev.errata.failsafe;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.catalog.CatalogException;
import dev.errata.catalog.RetryPolicy;
import dev.errata.samples.SampleEntries;
import dev.errata.samples.ScriptedServer;
import dev.errata.samples.ScriptedServer.Reply;
import dev.errata.samples.keybank.KeyBankMatcher;
import dev.errata.samples.khipu.KhipuDataProcessingException;
import dev.errata.samples.khipu.KhipuMatcher;
import dev.errata.samples.khipu.KhipuTargetUnavailableException;
import dev.failsafe.Failsafe;
import dev.failsafe.spi.Scheduler;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Failsafe around an application's own call (a {@code java.net.http} request decoded with the
 * catalog) against one loopback server: every Khipu and KeyBank failure is retried, or aborted, as the
 * policy decides, after the advised wait. Asynchronous executions run on a scheduler that runs each
 * task at once; the delays Failsafe scheduled are recorded by its own {@code onRetryScheduled}.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ErrataFailsafeTest {

  private static ScriptedServer server;
  private static ScheduledExecutorService executor;
  /** Failsafe's scheduler, with every delay let pass at once. */
  private static Scheduler atOnce;

  @BeforeAll
  static void start() {
    server = ScriptedServer.start();
    executor = new ScheduledThreadPoolExecutor(1);
    atOnce = (callable, delay, unit) -> executor.schedule(callable, 0, unit);
  }

  @AfterAll
  static void stop() {
    server.close();
    executor.shutdownNow();
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
    List<Duration> delays = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger aborts = new AtomicInteger();
    dev.failsafe.RetryPolicy<String> retry = ErrataFailsafe.<String>retryPolicy(policy)
        .onRetryScheduled(event -> delays.add(event.getDelay()))
        .onAbort(event -> aborts.incrementAndGet())
        .build();
    int retried = 0;
    for (SampleEntries.Case c : SampleEntries.failures()) {
      server.script(c.path(), c.response(), SampleEntries.success(c.catalog()));
      delays.clear();
      aborts.set(0);
      CompletableFuture<String> result = Failsafe.with(retry).with(atOnce)
          .getStageAsync(() -> server.callAsync(c.catalog(), c.path()));
      if (c.retriedBy(policy)) {
        retried++;
        assertWithMessage("%s", c).that(result.get(10, TimeUnit.SECONDS)).isEqualTo(SampleEntries.success(c.catalog()).text());
        assertWithMessage("%s", c).that(server.requests(c.path())).isEqualTo(2);
        SampleEntries.assertWaitedAsAdvised(c, policy, List.copyOf(delays));
      } else {
        ExecutionException failed = assertThrows(ExecutionException.class, () -> result.get(10, TimeUnit.SECONDS));
        SampleEntries.assertSameFailure(c, CatalogException.find(failed).orElseThrow());
        assertWithMessage("%s", c).that(server.requests(c.path())).isEqualTo(1);
        assertWithMessage("%s", c).that(delays).isEqualTo(List.of());
        assertWithMessage("%s", c + ": aborted, not merely unhandled").that(aborts.get()).isEqualTo(1);
      }
    }
    assertThat(retried > 0).isTrue();
  }

  /** Synchronously: the policy's three attempts for a failure that never ends, each wait the policy's backoff. */
  @Test
  void synchronousRetriesStopAfterThePolicysAttempts() {
    RetryPolicy policy = RetryPolicy.builder().backoff(Duration.ofMillis(1), Duration.ofMillis(1)).build();
    List<Duration> delays = new ArrayList<>();
    dev.failsafe.RetryPolicy<String> retry = ErrataFailsafe.<String>retryPolicy(policy)
        .onRetryScheduled(event -> delays.add(event.getDelay())).build();
    server.script("/Khipu/E201", Reply.json(200, "{\"Status\":\"ERROR\",\"Error\":{\"Code\":\"E201\"}}"));
    assertThrows(KhipuTargetUnavailableException.class,
        () -> Failsafe.with(retry).get(() -> server.call(KhipuMatcher.catalog(), "/Khipu/E201")));
    assertThat(server.requests("/Khipu/E201")).isEqualTo(3);
    assertThat(delays.size()).isEqualTo(2);
    assertWithMessage("%s", delays).that(delays.stream().allMatch(delay -> delay.compareTo(Duration.ofMillis(1)) <= 0)).isTrue();
  }

  /** Four hours are past the policy's 30 seconds: aborted after one request, the typed exception thrown. */
  @Test
  void aWaitPastThePolicyIsAbortedNotCut() {
    dev.failsafe.RetryPolicy<String> retry = ErrataFailsafe.<String>retryPolicy(RetryPolicy.defaults()).build();
    server.script("/Khipu/F000", Reply.json(200, "{\"Status\":\"ERROR\",\"Error\":{\"Code\":\"F000\"}}"),
        Reply.json(200, "{\"Status\":\"OK\"}"));
    KhipuDataProcessingException e = assertThrows(KhipuDataProcessingException.class,
        () -> Failsafe.with(retry).get(() -> server.call(KhipuMatcher.catalog(), "/Khipu/F000")));
    assertThat(e.retry().delay().orElseThrow()).isEqualTo(Duration.ofHours(4));
    assertThat(server.requests("/Khipu/F000")).isEqualTo(1);
  }

  /** KeyBank's 503 with "Retry-After: 0" is retried at once, though the catalog says a minute. */
  @Test
  void retryAfterWinsOverTheCatalog() throws Exception {
    RetryPolicy policy = RetryPolicy.builder().backoff(Duration.ofMillis(1), Duration.ofMillis(1)).build();
    dev.failsafe.RetryPolicy<String> retry = ErrataFailsafe.<String>retryPolicy(policy).build();
    server.script("/KeyBank/503", Reply.json(503, "{\"ErrorMessage\":\"Maintenance\"}").header("Retry-After", "0"),
        Reply.json(200, "{\"responseHeader\":{\"status\":\"S\"}}"));
    assertThat(Failsafe.with(retry).get(() -> server.call(KeyBankMatcher.catalog(), "/KeyBank/503"))).contains("\"S\"");
    assertThat(server.requests("/KeyBank/503")).isEqualTo(2);
  }

  /** Failures that are no catalog's: I/O is handled (as "immediately"), a bug is not. */
  @Test
  void whatIsHandled() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThat(ErrataFailsafe.handles(policy, new UncheckedIOException(new ConnectException("refused")))).isTrue();
    assertThat(ErrataFailsafe.handles(policy, new IllegalStateException("a bug"))).isFalse();
    assertThat(ErrataFailsafe.aborts(policy, new UncheckedIOException(new ConnectException("refused")))).isFalse();
    for (SampleEntries.Case c : SampleEntries.failures()) {
      assertWithMessage("%s", c).that(ErrataFailsafe.handles(policy, c.expectedError())).isTrue();
      assertWithMessage("%s", c).that(ErrataFailsafe.aborts(policy, new RuntimeException(c.expectedError()))).isEqualTo(!c.retriedBy(policy));
    }
  }
}
