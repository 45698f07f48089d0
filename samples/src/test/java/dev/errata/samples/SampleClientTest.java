package dev.errata.samples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.errata.catalog.RetryPolicy;
import dev.errata.http.Attempt;
import dev.errata.http.ErrataHttpClient;
import dev.errata.samples.keybank.KeyBankException;
import dev.errata.samples.keybank.KeyBankMatcher;
import dev.errata.samples.keybank.KeyBankMissingInformationException;
import dev.errata.samples.keybank.KeyBankServiceUnavailableException;
import dev.errata.samples.khipu.KhipuDataProcessingException;
import dev.errata.samples.khipu.KhipuException;
import dev.errata.samples.khipu.KhipuLogonException;
import dev.errata.samples.khipu.KhipuMatcher;
import dev.errata.samples.khipu.KhipuTargetUnavailableException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The real Khipu and KeyBank catalogs through {@link ErrataHttpClient}, against a stub server on the
 * loopback address: each request is sent exactly as many times as the catalog's advice and the
 * default policy say, and waits are recorded, never slept.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class SampleClientTest {

  /** A stub's answer. */
  private record Answer(int status, String body, Map<String, String> headers) {
    Answer(int status, String body) {
      this(status, body, Map.of());
    }
  }

  private static HttpServer server;
  private final List<Duration> waits = new ArrayList<>();

  @BeforeAll
  static void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.start();
  }

  @AfterAll
  static void stopServer() {
    server.stop(0);
  }

  /** Serves {@code path} with the answer for each call (1, 2, ...); returns the call counter. */
  private static AtomicInteger serve(String path, IntFunction<Answer> answers) {
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

  private static HttpRequest get(String path) {
    InetSocketAddress address = server.getAddress();
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + address.getPort() + path)).build();
  }

  private ErrataHttpClient<KhipuException> khipu() {
    return ErrataHttpClient.builder(KhipuMatcher.catalog()).sleeper(waits::add).build();
  }

  private ErrataHttpClient<KeyBankException> keyBank() {
    return ErrataHttpClient.builder(KeyBankMatcher.catalog()).sleeper(waits::add).build();
  }

  private static String khipuError(String code, String type) {
    return DemoResponses.khipuError(code, type, "stub " + code);
  }

  /** E201 is RETRY_IMMEDIATELY: twice, then OK, is three requests, with backoff between them. */
  @Test
  void khipuRetriesImmediatelyUntilSuccess() throws Exception {
    AtomicInteger calls = serve("/accounts", call -> call <= 2
        ? new Answer(200, khipuError("E201", "RETRY_IMMEDIATELY"))
        : new Answer(200, DemoResponses.khipuOk()));
    assertThat(khipu().send(get("/accounts"), BodyHandlers.ofString()).body()).isEqualTo(DemoResponses.khipuOk());
    assertThat(calls.get()).isEqualTo(3);
    assertThat(waits.size()).isEqualTo(2);
    assertWithMessage("%s", waits).that(waits.get(1).compareTo(RetryPolicy.defaults().backoffBound(2)) <= 0).isTrue();
  }

  /** E105 is in E100..E199, DO_NOT_RETRY: one request, and the typed exception. */
  @Test
  void khipuNeverRetriesDoNotRetry() {
    AtomicInteger calls = serve("/login", call -> new Answer(200, khipuError("E105", "DO_NOT_RETRY")));
    KhipuLogonException e = assertThrows(KhipuLogonException.class, () -> khipu().send(get("/login"), BodyHandlers.ofString()));
    assertThat(calls.get()).isEqualTo(1);
    assertThat(e.code()).isEqualTo("E105");
    assertThat(e.correlationId()).isEqualTo("op-E105");
  }

  /** A code whose own type says never, but whose response says retry: the response's type wins. */
  @Test
  void theResponsesTypeDecides() throws Exception {
    AtomicInteger calls = serve("/logon-hiccup", call -> call == 1
        ? new Answer(200, khipuError("E150", "RETRY_IMMEDIATELY"))
        : new Answer(200, DemoResponses.khipuOk()));
    khipu().send(get("/logon-hiccup"), BodyHandlers.ofString());
    assertThat(calls.get()).isEqualTo(2);
  }

  /** A retryable failure that never ends: the default policy's three attempts, then the exception. */
  @Test
  void stopsAfterThePolicysAttempts() {
    AtomicInteger calls = serve("/down", call -> new Answer(200, khipuError("E201", "RETRY_IMMEDIATELY")));
    KhipuTargetUnavailableException e = assertThrows(KhipuTargetUnavailableException.class,
        () -> khipu().send(get("/down"), BodyHandlers.ofString()));
    assertThat(calls.get()).isEqualTo(3);
    assertThat(Attempt.of(e).size()).isEqualTo(3);
  }

  /** F000 waits 4 hours: past the policy's 30 seconds, so given up at once, never retried early. */
  @Test
  void khipusFourHoursAreNotCutShort() {
    AtomicInteger calls = serve("/statement", call -> new Answer(200, khipuError("F000", "WAIT_4_HOURS_BEFORE_RETRY")));
    assertThrows(KhipuDataProcessingException.class, () -> khipu().send(get("/statement"), BodyHandlers.ofString()));
    assertThat(calls.get()).isEqualTo(1);
    assertThat(waits).isEqualTo(List.of());
  }

  /** KeyBank 503 with Retry-After: 0, then 200: retried at once, two requests. */
  @Test
  void keyBankServiceUnavailableWithRetryAfterZero() throws Exception {
    AtomicInteger calls = serve("/keybank", call -> call == 1
        ? new Answer(503, "{\"ErrorMessage\":\"Maintenance\",\"X-CorrelationId\":\"corr-1\"}", Map.of("Retry-After", "0"))
        : new Answer(200, "{\"responseHeader\":{\"status\":\"S\"}}"));
    keyBank().send(get("/keybank"), BodyHandlers.ofString());
    assertThat(calls.get()).isEqualTo(2);
    assertThat(waits.size()).isEqualTo(1);
    // Retry-After: 0 is "immediately": a jittered backoff, never more than the first bound.
    assertWithMessage("%s", waits).that(waits.get(0).compareTo(RetryPolicy.defaults().initialBackoff()) <= 0).isTrue();
  }

  /** KeyBank 503 without Retry-After: the catalog says 60 s, past the policy's 30: given up, not retried early. */
  @Test
  void keyBanksMinuteIsNotCutShort() throws Exception {
    AtomicInteger calls = serve("/keybank-slow", call -> call == 1
        ? new Answer(503, "{\"ErrorMessage\":\"Maintenance\"}")
        : new Answer(200, ""));
    KeyBankServiceUnavailableException e = assertThrows(KeyBankServiceUnavailableException.class,
        () -> keyBank().send(get("/keybank-slow"), BodyHandlers.ofString()));
    assertThat(calls.get()).isEqualTo(1);
    assertThat(waits).isEqualTo(List.of());
    assertThat(e.retry().delay().orElseThrow()).isEqualTo(Duration.ofMinutes(1));
    // With a policy that allows a minute, the minute is waited, all of it.
    AtomicInteger again = serve("/keybank-minute", call -> call == 1
        ? new Answer(503, "{\"ErrorMessage\":\"Maintenance\"}")
        : new Answer(200, ""));
    ErrataHttpClient<KeyBankException> patient = ErrataHttpClient.builder(KeyBankMatcher.catalog())
        .retryPolicy(RetryPolicy.builder().maxTotalTime(Duration.ofMinutes(2)).build()).sleeper(waits::add).build();
    assertThat(patient.send(get("/keybank-minute"), BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    assertThat(again.get()).isEqualTo(2);
    assertThat(waits).isEqualTo(List.of(Duration.ofMinutes(1)));
  }

  /** KeyBank 4xx: never retried, whatever the body. */
  @Test
  void keyBankClientErrorsAreNotRetried() {
    AtomicInteger calls = serve("/keybank-bad", call -> new Answer(400, "{\"ErrorMessage\":\"accountId is required\"}"));
    KeyBankMissingInformationException e = assertThrows(KeyBankMissingInformationException.class,
        () -> keyBank().send(get("/keybank-bad"), BodyHandlers.ofString()));
    assertThat(calls.get()).isEqualTo(1);
    assertThat(e.description()).isEqualTo("accountId is required");
  }
}
