package dev.errata.http;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.catalog.RetryPolicy;
import dev.errata.catalog.RetryPolicy.Decision;
import dev.errata.http.LoopbackServer.Reply;
import dev.errata.http.ledger.LedgerBatchClosedException;
import dev.errata.http.ledger.LedgerException;
import dev.errata.http.ledger.LedgerMatcher;
import dev.errata.http.ledger.LedgerUnavailableException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link ErrataHttpClient#sendAsync}: the same decisions as {@code send}, with no thread blocked. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AsyncClientTest extends LoopbackTest {

  /** A client whose sync waits fail the test: sendAsync must schedule, never sleep. */
  private ErrataHttpClient.Builder<LedgerException> client() {
    return ErrataHttpClient.builder(LedgerMatcher.catalog()).httpClient(HTTP)
        .clock(time).scheduler(time)
        .sleeper(delay -> {
          throw new AssertionError("sendAsync slept a thread for " + delay);
        });
  }

  @Test
  void sendAsyncReturnsAtOnceAndCompletesWhenTheServerAnswers() throws Exception {
    CountDownLatch answer = new CountDownLatch(1);
    server.script("/held", Reply.json(200, OK).holdBack(answer, Duration.ofSeconds(10)));
    CompletableFuture<HttpResponse<String>> future = client().build().sendAsync(get("/held"), BodyHandlers.ofString());
    // The server holds its answer: had sendAsync waited for it, the future would be done by now.
    assertThat(future.isDone()).isFalse();
    answer.countDown();
    assertThat(future.get(10, TimeUnit.SECONDS).body()).isEqualTo(OK);
  }

  @Test
  void retriesAreScheduledAfterTheAdvisedDelay() throws Exception {
    server.script("/async-retry",
        Reply.json(503, error("S503", "TRANSIENT", "busy")).header("Retry-After", "2"),
        Reply.json(429, error("R429", "SLOW_DOWN", "easy")),
        Reply.json(200, OK));
    HttpResponse<String> response = client().build().sendAsync(get("/async-retry"), BodyHandlers.ofString())
        .get(10, TimeUnit.SECONDS);
    assertThat(response.body()).isEqualTo(OK);
    assertThat(time.waits()).isEqualTo(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)));
    List<Instant> arrivals = server.arrivals("/async-retry");
    assertThat(Duration.between(arrivals.get(0), arrivals.get(1))).isEqualTo(Duration.ofSeconds(2));
    assertThat(Duration.between(arrivals.get(1), arrivals.get(2))).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aGiveUpCompletesTheFutureWithTheTypedExceptionAndItsAttempts() {
    server.script("/async-down", Reply.json(503, error("S503", "TRANSIENT", "down")));
    CompletableFuture<HttpResponse<String>> future = client()
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).build()).build()
        .sendAsync(get("/async-down"), BodyHandlers.ofString());
    ExecutionException thrown = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    LedgerUnavailableException typed = assertInstanceOf(LedgerUnavailableException.class, thrown.getCause());
    assertThat(server.requests("/async-down")).isEqualTo(3);
    List<Attempt> attempts = Attempt.of(typed);
    assertThat(attempts.size()).isEqualTo(3);
    assertThat(((Decision.GiveUp) attempts.get(2).decision()).reason()).isEqualTo(Decision.Reason.ATTEMPTS_EXHAUSTED);
    assertThat(time.waits().size()).isEqualTo(2);
  }

  @Test
  void aWaitPastThePolicyIsNeverScheduled() {
    server.script("/async-later", Reply.json(200, error("B120", "LATER", "batch closed")), Reply.json(200, OK));
    CompletableFuture<HttpResponse<String>> future = client().build().sendAsync(get("/async-later"), BodyHandlers.ofString());
    ExecutionException thrown = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    assertThat(thrown.getCause()).isInstanceOf(LedgerBatchClosedException.class);
    assertThat(time.waits()).isEqualTo(List.of());
    assertThat(server.requests("/async-later")).isEqualTo(1);
  }

  @Test
  void cancellingStopsTheRetries() throws Exception {
    server.script("/async-cancel", Reply.json(503, error("S503", "TRANSIENT", "down")), Reply.json(200, OK));
    List<Runnable> held = new ArrayList<>();
    CountDownLatch scheduled = new CountDownLatch(1);
    ErrataHttpClient<LedgerException> holding = ErrataHttpClient.builder(LedgerMatcher.catalog())
        .scheduler((delay, task) -> {
          synchronized (held) {
            held.add(task);
          }
          scheduled.countDown();
        }).build();
    CompletableFuture<HttpResponse<String>> future = holding.sendAsync(get("/async-cancel"), BodyHandlers.ofString());
    assertWithMessage("the retry was scheduled").that(scheduled.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(future.cancel(true)).isTrue();
    synchronized (held) {
      held.forEach(Runnable::run);
    }
    assertThrows(CancellationException.class, future::join);
    assertWithMessage("no attempt after the cancel").that(server.requests("/async-cancel")).isEqualTo(1);
  }

  @Test
  void aTransportFailureIsRetriedAsync() throws Exception {
    server.script("/async-cut", Reply.json(200, OK).cutAfter(5), Reply.json(200, OK));
    HttpResponse<String> response = client().build().sendAsync(get("/async-cut"), BodyHandlers.ofString())
        .get(10, TimeUnit.SECONDS);
    assertThat(response.body()).isEqualTo(OK);
    assertThat(server.requests("/async-cut")).isEqualTo(2);
  }

  @Test
  void anErrorBodyCutMidwayIsTypedAsyncByItsStatusAndKeepsWhatArrived() throws Exception {
    // The HTTP client may fail the exchange with the body's IOException before its reader hears of
    // it; the failure is typed either way, so the race is run many times.
    String body = error("S503", "TRANSIENT", "down");
    RetryPolicy once = RetryPolicy.builder().maxAttempts(1).build();
    ErrataHttpClient<LedgerException> client = client().retryPolicy(once).build();
    for (int i = 0; i < 50; i++) {
      server.script("/async-cut-503", Reply.json(503, body).cutAfter(20));
      ExecutionException thrown = assertThrows(ExecutionException.class,
          () -> client.sendAsync(get("/async-cut-503"), BodyHandlers.ofString()).get(10, TimeUnit.SECONDS));
      LedgerUnavailableException typed = assertInstanceOf(LedgerUnavailableException.class, thrown.getCause());
      assertThat(typed.httpStatus()).isEqualTo(503);
      assertThat(typed.report().body()).isEqualTo(java.util.Arrays.copyOf(LoopbackServer.utf8(body), 20));
      assertWithMessage("attempts, with a policy of one").that(server.requests("/async-cut-503")).isEqualTo(1);
    }
  }
}
