package dev.errata.samples;

import static dev.errata.samples.DecodedAssertions.assertFailure;
import static dev.errata.samples.DecodedAssertions.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.RetryAdvice;
import dev.errata.samples.keybank.KeyBankException;
import dev.errata.samples.keybank.KeyBankMatcher;
import dev.errata.samples.khipu.KhipuException;
import dev.errata.samples.khipu.KhipuLogonException;
import dev.errata.samples.khipu.KhipuMatcher;
import dev.errata.samples.khipu.KhipuTargetUnavailableException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link RetryingClient} against a stub server on the loopback address, answering as the demo's stub
 * does: the client must send a request exactly as many times as the catalog's retry advice says.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class RetryingClientTest {

  private static final int MAX_ATTEMPTS = 5;

  /** A stub's answer. */
  private record Answer(int status, String body, Map<String, String> headers) {
    Answer(int status, String body) {
      this(status, body, Map.of());
    }
  }

  private HttpServer server;
  private final List<String> log = new CopyOnWriteArrayList<>();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  /** Serves {@code path} with the answer for each call (1, 2, ...); returns the call counter. */
  private AtomicInteger serve(String path, IntFunction<Answer> answers) {
    AtomicInteger calls = new AtomicInteger();
    server.createContext(path, exchange -> respond(exchange, answers.apply(calls.incrementAndGet())));
    return calls;
  }

  private static void respond(HttpExchange exchange, Answer answer) throws IOException {
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().put("Content-Type", List.of("application/json"));
    answer.headers().forEach((name, value) -> exchange.getResponseHeaders().put(name, List.of(value)));
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private URI uri(String path) {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + path);
  }

  private <E extends CatalogException> Decoded<E> get(String path, RetryingClient.Decoder<E> decoder,
      Duration maxWait) throws IOException, InterruptedException {
    return new RetryingClient(MAX_ATTEMPTS, maxWait).get(uri(path), decoder, (attempt, decoded) -> {
      String line = attempt + " " + decoded.exception().map(e -> e.code() + " " + e.retry()).orElse("success");
      log.add(line);
      return "  " + path + " attempt " + line;
    });
  }

  private static String khipuError(String code, String type) {
    return DemoResponses.khipuError(code, type, "stub " + code);
  }

  /** E201 is RETRY_IMMEDIATELY: twice, then OK, makes exactly three requests. */
  @Test
  void retriesImmediatelyUntilSuccess() throws Exception {
    AtomicInteger calls = serve("/accounts", call -> call <= 2
        ? new Answer(200, khipuError("E201", "RETRY_IMMEDIATELY"))
        : new Answer(200, DemoResponses.khipuOk()));

    long started = System.nanoTime();
    Decoded<KhipuException> last = get("/accounts", KhipuMatcher::decode, Duration.ofSeconds(10));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertEquals(3, calls.get());
    assertEquals("op-ok", assertSuccess(last).correlationId());
    assertEquals(List.of("1 E201 " + RetryAdvice.immediately(), "2 E201 " + RetryAdvice.immediately(), "3 success"),
        log);
    assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "no waiting for an immediate retry: " + took);
  }

  /** E105 is in E100..E199, DO_NOT_RETRY: one request, and the failure is handed back. */
  @Test
  void neverRetriesDoNotRetry() throws Exception {
    AtomicInteger calls = serve("/login", call -> new Answer(200, khipuError("E105", "DO_NOT_RETRY")));

    Decoded<KhipuException> last = get("/login", KhipuMatcher::decode, Duration.ofSeconds(10));

    assertEquals(1, calls.get());
    KhipuException e = assertFailure(last);
    assertInstanceOf(KhipuLogonException.class, e);
    assertEquals("E105", e.code());
    assertEquals("op-E105", e.correlationId());
  }

  /** A code whose own type says never, but whose response says retry: the response's type wins. */
  @Test
  void theResponsesTypeDecides() throws Exception {
    AtomicInteger calls = serve("/logon-hiccup", call -> call == 1
        ? new Answer(200, khipuError("E150", "RETRY_IMMEDIATELY"))
        : new Answer(200, DemoResponses.khipuOk()));

    assertSuccess(get("/logon-hiccup", KhipuMatcher::decode, Duration.ofSeconds(10)));
    assertEquals(2, calls.get());
  }

  /** A retryable failure that never ends: the client stops after its maximum number of attempts. */
  @Test
  void stopsAfterMaxAttempts() throws Exception {
    AtomicInteger calls = serve("/down", call -> new Answer(200, khipuError("E201", "RETRY_IMMEDIATELY")));

    Decoded<KhipuException> last = get("/down", KhipuMatcher::decode, Duration.ofSeconds(10));

    assertEquals(MAX_ATTEMPTS, calls.get());
    assertInstanceOf(KhipuTargetUnavailableException.class, assertFailure(last));
  }

  /** KeyBank 503 with Retry-After: 0, then 200: retried at once, two requests. */
  @Test
  void keyBankServiceUnavailableWithRetryAfterZero() throws Exception {
    AtomicInteger calls = serve("/keybank", call -> call == 1
        ? new Answer(503, "{\"ErrorMessage\":\"Maintenance\",\"X-CorrelationId\":\"corr-1\"}",
            Map.of("Retry-After", "0"))
        : new Answer(200, "{\"responseHeader\":{\"status\":\"S\"}}"));

    Decoded<KeyBankException> last = get("/keybank", KeyBankMatcher::decode, Duration.ofSeconds(10));

    assertEquals(2, calls.get());
    assertSuccess(last);
    assertEquals(List.of("1 503 " + RetryAdvice.after(Duration.ZERO), "2 success"), log);
  }

  /** KeyBank 503 without Retry-After: the catalog says 60 s; the client waits no longer than its maximum. */
  @Test
  void theWaitIsCappedByTheClient() throws Exception {
    AtomicInteger calls = serve("/keybank-slow", call -> call == 1
        ? new Answer(503, "{\"ErrorMessage\":\"Maintenance\"}")
        : new Answer(200, ""));

    long started = System.nanoTime();
    Decoded<KeyBankException> last = get("/keybank-slow", KeyBankMatcher::decode, Duration.ofMillis(50));
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    assertEquals(2, calls.get());
    assertSuccess(last);
    assertEquals("1 503 " + RetryAdvice.after(Duration.ofSeconds(60)), log.get(0));
    assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, took.toString());
  }

  /** KeyBank 4xx: never retried, whatever the body. */
  @Test
  void keyBankClientErrorsAreNotRetried() throws Exception {
    AtomicInteger calls = serve("/keybank-bad", call -> new Answer(400, "{\"ErrorMessage\":\"accountId is required\"}"));

    KeyBankException e = assertFailure(get("/keybank-bad", KeyBankMatcher::decode, Duration.ofSeconds(10)));

    assertEquals(1, calls.get());
    assertEquals("accountId is required", e.description());
  }
}
