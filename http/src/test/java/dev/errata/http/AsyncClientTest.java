package dev.errata.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertFalse(future.isDone());
    answer.countDown();
    assertEquals(OK, future.get(10, TimeUnit.SECONDS).body());
  }

  @Test
  void retriesAreScheduledAfterTheAdvisedDelay() throws Exception {
    server.script("/async-retry",
        Reply.json(503, error("S503", "TRANSIENT", "busy")).header("Retry-After", "2"),
        Reply.json(429, error("R429", "SLOW_DOWN", "easy")),
        Reply.json(200, OK));
    HttpResponse<String> response = client().build().sendAsync(get("/async-retry"), BodyHandlers.ofString())
        .get(10, TimeUnit.SECONDS);
    assertEquals(OK, response.body());
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), time.waits());
    List<Instant> arrivals = server.arrivals("/async-retry");
    assertEquals(Duration.ofSeconds(2), Duration.between(arrivals.get(0), arrivals.get(1)));
    assertEquals(Duration.ofSeconds(2), Duration.between(arrivals.get(1), arrivals.get(2)));
  }

  @Test
  void aGiveUpCompletesTheFutureWithTheTypedExceptionAndItsAttempts() {
    server.script("/async-down", Reply.json(503, error("S503", "TRANSIENT", "down")));
    CompletableFuture<HttpResponse<String>> future = client()
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).build()).build()
        .sendAsync(get("/async-down"), BodyHandlers.ofString());
    ExecutionException thrown = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    LedgerUnavailableException typed = assertInstanceOf(LedgerUnavailableException.class, thrown.getCause());
    assertEquals(3, server.requests("/async-down"));
    List<Attempt> attempts = Attempt.of(typed);
    assertEquals(3, attempts.size());
    assertEquals(Decision.Reason.ATTEMPTS_EXHAUSTED, ((Decision.GiveUp) attempts.get(2).decision()).reason());
    assertEquals(2, time.waits().size());
  }

  @Test
  void aWaitPastThePolicyIsNeverScheduled() {
    server.script("/async-later", Reply.json(200, error("B120", "LATER", "batch closed")), Reply.json(200, OK));
    CompletableFuture<HttpResponse<String>> future = client().build().sendAsync(get("/async-later"), BodyHandlers.ofString());
    ExecutionException thrown = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    assertInstanceOf(LedgerBatchClosedException.class, thrown.getCause());
    assertEquals(List.of(), time.waits());
    assertEquals(1, server.requests("/async-later"));
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
    assertTrue(scheduled.await(10, TimeUnit.SECONDS), "the retry was scheduled");
    assertTrue(future.cancel(true));
    synchronized (held) {
      held.forEach(Runnable::run);
    }
    assertThrows(CancellationException.class, future::join);
    assertEquals(1, server.requests("/async-cancel"), "no attempt after the cancel");
  }

  @Test
  void aTransportFailureIsRetriedAsync() throws Exception {
    server.script("/async-cut", Reply.json(200, OK).cutAfter(5), Reply.json(200, OK));
    HttpResponse<String> response = client().build().sendAsync(get("/async-cut"), BodyHandlers.ofString())
        .get(10, TimeUnit.SECONDS);
    assertEquals(OK, response.body());
    assertEquals(2, server.requests("/async-cut"));
  }
}
