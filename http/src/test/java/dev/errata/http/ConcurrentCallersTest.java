package dev.errata.http;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errata.http.LoopbackTest.error;

import dev.errata.catalog.RetryPolicy;
import dev.errata.http.LoopbackServer.Reply;
import dev.errata.http.ledger.LedgerException;
import dev.errata.http.ledger.LedgerMatcher;
import dev.errata.http.ledger.LedgerUnauthorizedException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One client, many callers at once: each gets its own answer, retried on its own. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ConcurrentCallersTest {

  private static final int CALLERS = 8;
  private static final int CALLS = 10;

  @Test
  void callersShareNothingButTheClient() throws Exception {
    try (LoopbackServer server = new LoopbackServer(); FakeTime time = new FakeTime()) {
      for (int caller = 0; caller < CALLERS; caller++) {
        for (int call = 0; call < CALLS; call++) {
          String path = "/c" + caller + "/" + call;
          String ok = "{\"status\":\"ok\",\"data\":\"" + path + "\"}";
          // Half the calls fail once with a retryable code, a quarter with a "never".
          if (call % 4 == 1) {
            server.script(path, Reply.json(401, error("A401", "FATAL", path)));
          } else if (call % 2 == 0) {
            server.script(path, Reply.json(503, error("S503", "TRANSIENT", path)), Reply.json(200, ok));
          } else {
            server.script(path, Reply.json(200, ok));
          }
        }
      }
      ErrataHttpClient<LedgerException> client = ErrataHttpClient.builder(LedgerMatcher.catalog())
          .retryPolicy(RetryPolicy.builder().backoff(Duration.ZERO, Duration.ZERO).build())
          .clock(time).sleeper(time).scheduler(time).build();
      ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
      try {
        List<Future<List<String>>> results = new ArrayList<>();
        for (int caller = 0; caller < CALLERS; caller++) {
          int me = caller;
          results.add(callers.submit(() -> calls(client, server, me)));
        }
        for (int caller = 0; caller < CALLERS; caller++) {
          List<String> seen = results.get(caller).get(30, TimeUnit.SECONDS);
          for (int call = 0; call < CALLS; call++) {
            String path = "/c" + caller + "/" + call;
            assertThat(seen.get(call)).isEqualTo(call % 4 == 1 ? "never " + path : path);
            assertWithMessage("%s", path).that(server.requests(path)).isEqualTo(call % 4 != 1 && call % 2 == 0 ? 2 : 1);
          }
        }
      } finally {
        callers.shutdownNow();
      }
    }
  }

  /** One caller's calls, half sync and half async; what each answered, or its typed error. */
  private static List<String> calls(ErrataHttpClient<LedgerException> client, LoopbackServer server, int caller)
      throws Exception {
    List<String> seen = new ArrayList<>();
    for (int call = 0; call < CALLS; call++) {
      String path = "/c" + caller + "/" + call;
      HttpRequest request = HttpRequest.newBuilder(server.uri(path)).build();
      try {
        String body = call % 3 == 0
            ? client.sendAsync(request, BodyHandlers.ofString()).thenApply(r -> r.body()).get(10, TimeUnit.SECONDS)
            : client.send(request, BodyHandlers.ofString()).body();
        seen.add(body.substring(body.indexOf("\"data\":\"") + 8, body.length() - 2));
      } catch (java.util.concurrent.ExecutionException e) {
        seen.add("never " + ((LedgerUnauthorizedException) e.getCause()).description());
      } catch (LedgerUnauthorizedException e) {
        seen.add("never " + e.description());
      }
    }
    return seen;
  }
}
