package dev.errata.http;

import static dev.errata.http.LoopbackServer.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.catalog.DecodeLimits;
import dev.errata.catalog.RetryAdvice;
import dev.errata.catalog.RetryPolicy;
import dev.errata.catalog.RetryPolicy.Decision;
import dev.errata.http.LoopbackServer.Reply;
import dev.errata.http.ledger.LedgerBatchClosedException;
import dev.errata.http.ledger.LedgerDeprecatedException;
import dev.errata.http.ledger.LedgerErrorCode;
import dev.errata.http.ledger.LedgerException;
import dev.errata.http.ledger.LedgerMatcher;
import dev.errata.http.ledger.LedgerRateLimitedException;
import dev.errata.http.ledger.LedgerUnauthorizedException;
import dev.errata.http.ledger.LedgerUnavailableException;
import dev.errata.http.ledger.LedgerUnknownException;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodyHandlers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link ErrataHttpClient#send} against a loopback server that misbehaves on purpose. Waits go through
 * {@link FakeTime}: the tests never sleep, and the server records when each request arrived by the
 * same clock, so "not retried early" is a fact about arrival times.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ErrataHttpClientTest extends LoopbackTest {

  private ErrataHttpClient.Builder<LedgerException> client() {
    return ErrataHttpClient.builder(LedgerMatcher.catalog()).httpClient(HTTP).clock(time).sleeper(time).scheduler(time);
  }

  /** A handler that counts the bodies it is asked to read. */
  private static final class Counting implements BodyHandler<String> {
    final AtomicInteger applied = new AtomicInteger();

    @Override
    public HttpResponse.BodySubscriber<String> apply(HttpResponse.ResponseInfo info) {
      applied.incrementAndGet();
      return BodyHandlers.ofString().apply(info);
    }
  }

  @Test
  void aSuccessReachesTheCallersHandlerUnchanged() throws Exception {
    server.script("/ok", Reply.json(200, OK));
    Counting handler = new Counting();
    HttpResponse<String> response = client().build().send(get("/ok"), handler);
    assertEquals(200, response.statusCode());
    assertEquals(OK, response.body());
    assertEquals("application/json", response.headers().firstValue("Content-Type").orElseThrow());
    assertEquals(server.uri("/ok"), response.uri());
    assertEquals(1, handler.applied.get());
    assertEquals(List.of(), time.waits());
  }

  @Test
  void anErrorInsideA200IsThrownTypedAndTheHandlerNeverSeesIt() {
    server.script("/in-200", Reply.json(200, error("A401", "FATAL", "token expired")));
    Counting handler = new Counting();
    LedgerUnauthorizedException thrown =
        assertThrows(LedgerUnauthorizedException.class, () -> client().build().send(get("/in-200"), handler));
    assertEquals(200, thrown.httpStatus());
    assertEquals("req-A401", thrown.correlationId());
    assertEquals("token expired", thrown.description());
    assertEquals(0, handler.applied.get());
    assertEquals(1, server.requests("/in-200"));
  }

  @Test
  void neverIsNotRetriedAndTheAttemptSaysWhy() {
    server.script("/never", Reply.json(401, error("A401", "FATAL", "no")), Reply.json(200, OK));
    LedgerUnauthorizedException thrown =
        assertThrows(LedgerUnauthorizedException.class, () -> client().build().send(get("/never"), BodyHandlers.ofString()));
    assertEquals(1, server.requests("/never"));
    List<Attempt> attempts = Attempt.of(thrown);
    assertEquals(1, attempts.size());
    Decision.GiveUp giveUp = assertInstanceOf(Decision.GiveUp.class, attempts.get(0).decision());
    assertEquals(Decision.Reason.NOT_RETRYABLE, giveUp.reason());
    assertEquals(401, attempts.get(0).statusCode());
    assertNull(attempts.get(0).failure(), "the last attempt's failure is the exception thrown");
    assertEquals("attempt 1 at +PT0S: HTTP 401, LedgerUnauthorizedException A401 (retry never); gave up"
        + " (NOT_RETRYABLE): the advice is never to retry", attempts.get(0).getMessage());
    assertEquals(List.of(), time.waits());
  }

  @Test
  void retryAfterInSecondsIsWaitedExactly() throws Exception {
    server.script("/retry-after-seconds",
        Reply.json(503, error("S503", "TRANSIENT", "busy")).header("Retry-After", "3"),
        Reply.json(200, OK));
    HttpResponse<String> response = client().build().send(get("/retry-after-seconds"), BodyHandlers.ofString());
    assertEquals(OK, response.body());
    // Retry-After wins over the type's "immediately", and is a floor: exactly 3 s, no jitter below it.
    assertEquals(List.of(Duration.ofSeconds(3)), time.waits());
    List<Instant> arrivals = server.arrivals("/retry-after-seconds");
    assertEquals(2, arrivals.size());
    assertEquals(Duration.ofSeconds(3), Duration.between(arrivals.get(0), arrivals.get(1)));
  }

  @Test
  void retryAfterAsAnHttpDateIsWaitedUntil() throws Exception {
    // The codec reads the date against the system clock, as a server's date is: the wait is what is
    // left until then, at whole seconds.
    Instant at = Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS);
    String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
    server.script("/retry-after-date",
        Reply.json(503, error("S503", "TRANSIENT", "busy")).header("Retry-After", date),
        Reply.json(200, OK));
    client().build().send(get("/retry-after-date"), BodyHandlers.ofString());
    Duration waited = time.waits().get(0);
    assertTrue(waited.compareTo(Duration.ofSeconds(1)) > 0 && waited.compareTo(Duration.ofSeconds(3)) <= 0,
        waited::toString);
    List<Instant> arrivals = server.arrivals("/retry-after-date");
    assertEquals(waited, Duration.between(arrivals.get(0), arrivals.get(1)));
  }

  @Test
  void theCatalogsDelayIsWaitedWhenTheResponseGivesNone() throws Exception {
    server.script("/slow-down", Reply.json(429, error("R429", "SLOW_DOWN", "easy")), Reply.json(200, OK));
    client().build().send(get("/slow-down"), BodyHandlers.ofString());
    assertEquals(List.of(Duration.ofSeconds(2)), time.waits());
    List<Instant> arrivals = server.arrivals("/slow-down");
    assertEquals(Duration.ofSeconds(2), Duration.between(arrivals.get(0), arrivals.get(1)));
  }

  @Test
  void aWaitLongerThanThePolicyAllowsGivesUpAndNeverRetriesEarly() {
    // LATER advises 4 hours; the default policy allows 30 seconds in all.
    server.script("/later", Reply.json(200, error("B150", "LATER", "batch closed")), Reply.json(200, OK));
    LedgerBatchClosedException thrown = assertThrows(LedgerBatchClosedException.class,
        () -> client().build().send(get("/later"), BodyHandlers.ofString()));
    assertEquals(RetryAdvice.after(Duration.ofHours(4)), thrown.retry());
    // No wait begun, no second request: the one request sent was the first.
    assertEquals(List.of(), time.waits());
    assertEquals(1, server.requests("/later"));
    Decision.GiveUp giveUp = (Decision.GiveUp) Attempt.of(thrown).get(0).decision();
    assertEquals(Decision.Reason.OUT_OF_TIME, giveUp.reason());
    // So is a Retry-After past the policy: 120 s against 30.
    server.script("/retry-after-long",
        Reply.json(503, error("S503", "TRANSIENT", "maintenance")).header("Retry-After", "120"), Reply.json(200, OK));
    assertThrows(LedgerUnavailableException.class,
        () -> client().build().send(get("/retry-after-long"), BodyHandlers.ofString()));
    assertEquals(1, server.requests("/retry-after-long"));
    assertEquals(List.of(), time.waits());
  }

  @Test
  void aPolicyThatAllowsTheWaitWaitsItAllBeforeTheNextRequest() throws Exception {
    server.script("/later-allowed", Reply.json(200, error("B101", "LATER", "batch closed")), Reply.json(200, OK));
    RetryPolicy patient = RetryPolicy.builder().maxTotalTime(Duration.ofHours(5)).build();
    client().retryPolicy(patient).build().send(get("/later-allowed"), BodyHandlers.ofString());
    List<Instant> arrivals = server.arrivals("/later-allowed");
    assertEquals(Duration.ofHours(4), Duration.between(arrivals.get(0), arrivals.get(1)));
  }

  @Test
  void immediatelyBacksOffWithJitterAndTheAttemptsAreRecorded() {
    server.script("/down", Reply.json(503, error("S503", "TRANSIENT", "down")));
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(4).random(() -> -1L).build();
    LedgerUnavailableException thrown = assertThrows(LedgerUnavailableException.class,
        () -> client().retryPolicy(policy).build().send(get("/down"), BodyHandlers.ofString()));
    assertEquals(4, server.requests("/down"));
    // Jitter at the top of its range: just under 100, 200 and 400 ms.
    List<Duration> waits = time.waits();
    assertEquals(3, waits.size());
    for (int i = 0; i < 3; i++) {
      Duration bound = Duration.ofMillis(100L << i);
      assertTrue(waits.get(i).compareTo(bound) <= 0 && waits.get(i).compareTo(bound.minusMillis(1)) > 0,
          waits::toString);
    }
    List<Attempt> attempts = Attempt.of(thrown);
    assertEquals(List.of(1, 2, 3, 4), attempts.stream().map(Attempt::number).toList());
    for (int i = 0; i < 3; i++) {
      LedgerUnavailableException earlier = assertInstanceOf(LedgerUnavailableException.class, attempts.get(i).failure());
      assertEquals("S503", earlier.code());
      assertEquals(new Decision.Retry(waits.get(i)), attempts.get(i).decision());
    }
    assertEquals(Decision.Reason.ATTEMPTS_EXHAUSTED, ((Decision.GiveUp) attempts.get(3).decision()).reason());
    assertEquals(waits.get(0), attempts.get(1).startedAfter());
  }

  @Test
  void onlyIdempotentRequestsAreRetriedByDefault() throws Exception {
    server.script("/post", Reply.json(503, error("S503", "TRANSIENT", "down")), Reply.json(200, OK));
    HttpRequest post = HttpRequest.newBuilder(server.uri("/post")).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    LedgerUnavailableException thrown = assertThrows(LedgerUnavailableException.class,
        () -> client().build().send(post, BodyHandlers.ofString()));
    assertEquals(1, server.requests("/post"));
    String why = ((Decision.GiveUp) Attempt.of(thrown).get(0).decision()).message();
    assertTrue(why.startsWith("POST " + server.uri("/post") + " is not sent again"), why);
    // A POST with an idempotency key may be retried, when the client is told so.
    server.script("/post-keyed", Reply.json(503, error("S503", "TRANSIENT", "down")), Reply.json(200, OK));
    HttpRequest keyed = HttpRequest.newBuilder(server.uri("/post-keyed")).header("Idempotency-Key", "k-1")
        .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":1}")).build();
    HttpResponse<String> response = client()
        .retryableRequests(r -> ErrataHttpClient.isIdempotent(r) || r.headers().firstValue("Idempotency-Key").isPresent())
        .build().send(keyed, BodyHandlers.ofString());
    assertEquals(OK, response.body());
    assertEquals(List.of("POST", "POST"), server.methods("/post-keyed"));
  }

  @Test
  void theIdempotentMethodsAreThoseOfRfc9110() {
    for (String method : List.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE")) {
      assertTrue(ErrataHttpClient.isIdempotent(request(method)), method);
    }
    // Methods are case-sensitive (RFC 9110, section 9.1): "get" is not GET.
    for (String method : List.of("POST", "PATCH", "PROPFIND", "get")) {
      assertTrue(!ErrataHttpClient.isIdempotent(request(method)), method);
    }
  }

  private static HttpRequest request(String method) {
    return HttpRequest.newBuilder(server.uri("/x")).method(method, HttpRequest.BodyPublishers.noBody()).build();
  }

  @Test
  void aWarningReturnsTheResponseAndReachesTheCallback() throws Exception {
    String body = "{\"status\":\"warning\",\"error\":{\"code\":\"W001\",\"message\":\"v1 is deprecated\"},\"data\":1}";
    server.script("/warning", Reply.json(200, body));
    List<LedgerException> warnings = new ArrayList<>();
    HttpResponse<String> response = client().onWarning(warnings::add).build().send(get("/warning"), BodyHandlers.ofString());
    assertEquals(body, response.body());
    assertEquals(1, warnings.size());
    assertInstanceOf(LedgerDeprecatedException.class, warnings.get(0));
    assertEquals("v1 is deprecated", warnings.get(0).description());
  }

  @Test
  void aBodyCutMidwayOnA200IsAnIoFailureRetriedForAGet() throws Exception {
    server.script("/cut-200", Reply.json(200, OK).cutAfter(10), Reply.json(200, OK));
    HttpResponse<String> response = client().build().send(get("/cut-200"), BodyHandlers.ofString());
    assertEquals(OK, response.body());
    assertEquals(2, server.requests("/cut-200"));
    assertEquals(1, time.waits().size());
    assertTrue(time.waits().get(0).compareTo(Duration.ofMillis(100)) <= 0, "backoff of the first retry");
  }

  @Test
  void aBodyCutMidwayOnAPostIsThrownAsTheIoException() {
    server.script("/cut-post", Reply.json(200, OK).cutAfter(10), Reply.json(200, OK));
    HttpRequest post = HttpRequest.newBuilder(server.uri("/cut-post")).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    IOException thrown = assertThrows(IOException.class, () -> client().build().send(post, BodyHandlers.ofString()));
    assertEquals(1, server.requests("/cut-post"));
    assertEquals(1, Attempt.of(thrown).size());
    assertEquals(0, Attempt.of(thrown).get(0).statusCode());
  }

  @Test
  void anErrorBodyCutMidwayIsTypedByItsStatusAndKeepsWhatArrived() {
    String body = error("S503", "TRANSIENT", "down");
    server.script("/cut-503", Reply.json(503, body).cutAfter(20));
    RetryPolicy once = RetryPolicy.builder().maxAttempts(1).build();
    LedgerUnavailableException thrown = assertThrows(LedgerUnavailableException.class,
        () -> client().retryPolicy(once).build().send(get("/cut-503"), BodyHandlers.ofString()));
    assertEquals(LedgerErrorCode.UNAVAILABLE, thrown.errorCode(), "503 is the status of S503");
    assertArrayEquals(Arrays.copyOf(utf8(body), 20), thrown.report().body());
    assertTrue(thrown.report().problem().startsWith("body could not be read after 20 bytes"), thrown.report().problem());
  }

  @Test
  void anErrorBodyOverTheLimitIsReadOnlyToItAndKeepsIt() {
    byte[] huge = new byte[256 * 1024];
    Arrays.fill(huge, (byte) 'x');
    server.script("/huge-500", Reply.of(500, "text/html", huge));
    ErrataHttpClient<LedgerException> limited = ErrataHttpClient.builder(LedgerMatcher.catalog().withLimits(limit(1024)))
        .httpClient(HTTP).clock(time).sleeper(time).build();
    LedgerUnknownException thrown = assertThrows(LedgerUnknownException.class,
        () -> limited.send(get("/huge-500"), BodyHandlers.ofString()));
    assertEquals(500, thrown.httpStatus());
    assertEquals(1024, thrown.report().body().length);
    assertEquals("body is over the 1024-byte limit; its first 1024 bytes are kept, not parsed", thrown.report().problem());
  }

  @Test
  void aSuccessfulJsonBodyOverTheLimitStreamsWholeToTheCaller() throws Exception {
    StringBuilder json = new StringBuilder("{\"status\":\"ok\",\"items\":[");
    for (int i = 0; i < 20_000; i++) {
      json.append(i == 0 ? "" : ",").append(i);
    }
    byte[] body = utf8(json.append("]}").toString());
    server.script("/big-200", Reply.of(200, "application/json", body));
    ErrataHttpClient<LedgerException> limited = ErrataHttpClient.builder(LedgerMatcher.catalog().withLimits(limit(1024)))
        .httpClient(HTTP).clock(time).sleeper(time).build();
    assertArrayEquals(body, limited.send(get("/big-200"), BodyHandlers.ofByteArray()).body());
    // Read as a stream, too: the buffered part first, then the rest on demand.
    try (var in = limited.send(get("/big-200"), BodyHandlers.ofInputStream()).body()) {
      assertArrayEquals(body, in.readAllBytes());
    }
  }

  @Test
  void aSuccessThatIsNotJsonIsNotInspected() throws Exception {
    // Not JSON, so not Ledger's envelope: a file, passed on as it streams.
    byte[] file = new byte[300_000];
    new java.util.Random(7).nextBytes(file);
    server.script("/file", Reply.of(200, "application/octet-stream", file));
    assertArrayEquals(file, client().build().send(get("/file"), BodyHandlers.ofByteArray()).body());
    server.script("/text", Reply.of(200, "text/plain; charset=utf-8", utf8("not { json")));
    assertEquals("not { json", client().build().send(get("/text"), BodyHandlers.ofString()).body());
    // Without a Content-Type the body is inspected: an error there is still found.
    server.script("/untyped", new Reply(200, java.util.Map.of(), utf8(error("A401", "FATAL", "x")), -1, Duration.ZERO, null));
    assertThrows(LedgerUnauthorizedException.class, () -> client().build().send(get("/untyped"), BodyHandlers.ofString()));
  }

  @Test
  void aSlowServerPastTheRequestTimeoutIsRetriedThenThrown() {
    server.script("/slow", Reply.json(200, OK).holdBack(Duration.ofMillis(1_500)));
    ErrataHttpClient<LedgerException> impatient = client().requestTimeout(Duration.ofMillis(200))
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).build()).build();
    HttpTimeoutException thrown = assertThrows(HttpTimeoutException.class,
        () -> impatient.send(get("/slow"), BodyHandlers.ofString()));
    assertEquals(2, server.requests("/slow"));
    List<Attempt> attempts = Attempt.of(thrown);
    assertEquals(2, attempts.size());
    assertInstanceOf(HttpTimeoutException.class, attempts.get(0).failure());
    assertEquals(Decision.Reason.ATTEMPTS_EXHAUSTED, ((Decision.GiveUp) attempts.get(1).decision()).reason());
  }

  @Test
  void aRequestsOwnTimeoutWins() throws Exception {
    server.script("/own-timeout", Reply.json(200, OK).holdBack(Duration.ofMillis(400)));
    HttpRequest patient = HttpRequest.newBuilder(server.uri("/own-timeout")).timeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> response = client().requestTimeout(Duration.ofMillis(100)).build()
        .send(patient, BodyHandlers.ofString());
    assertEquals(OK, response.body());
    assertEquals(Duration.ofSeconds(5), response.request().timeout().orElseThrow());
  }

  @Test
  void emptySuccessesReachTheHandler() throws Exception {
    server.script("/no-content", Reply.json(204, ""));
    HttpResponse<String> noContent = client().build().send(get("/no-content"), BodyHandlers.ofString());
    assertEquals(204, noContent.statusCode());
    assertEquals("", noContent.body());
    server.script("/head", Reply.json(200, OK));
    HttpRequest head = HttpRequest.newBuilder(server.uri("/head")).method("HEAD", HttpRequest.BodyPublishers.noBody())
        .build();
    HttpResponse<byte[]> headed = client().build().send(head, BodyHandlers.ofByteArray());
    assertEquals(200, headed.statusCode());
    assertEquals(0, headed.body().length);
  }

  @Test
  void aRefusedConnectionIsRetriedThenThrownWithEveryAttempt() throws Exception {
    int closedPort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    HttpRequest request = HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + closedPort + "/")).build();
    java.net.ConnectException thrown = assertThrows(java.net.ConnectException.class,
        () -> client().build().send(request, BodyHandlers.ofString()));
    List<Attempt> attempts = Attempt.of(thrown);
    assertEquals(3, attempts.size());
    for (Attempt attempt : attempts) {
      assertEquals(0, attempt.statusCode());
    }
    assertInstanceOf(java.net.ConnectException.class, attempts.get(0).failure());
    assertTrue(attempts.get(0).getMessage().startsWith("attempt 1 at +PT0S: java.net.ConnectException"),
        attempts.get(0).getMessage());
    assertEquals(2, time.waits().size());
  }

  @Test
  void anUnknownCodeFollowsTheCatalogsUnknownType() {
    server.script("/unknown", Reply.json(503, error("Z999", "SOMETHING_NEW", "new")));
    LedgerUnknownException thrown = assertThrows(LedgerUnknownException.class,
        () -> client().build().send(get("/unknown"), BodyHandlers.ofString()));
    assertEquals("Z999", thrown.code());
    assertEquals(RetryAdvice.never(), thrown.retry(), "unknownType is FATAL");
    assertEquals(1, server.requests("/unknown"));
  }

  @Test
  void theClientExposesWhatItWasBuiltWith() {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).build();
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    ErrataHttpClient<LedgerException> client = ErrataHttpClient.builder(LedgerMatcher.catalog())
        .httpClient(http).retryPolicy(policy).build();
    assertSame(LedgerMatcher.catalog(), client.catalog());
    assertSame(http, client.httpClient());
    assertSame(policy, client.retryPolicy());
    assertSame(RetryPolicy.defaults(), ErrataHttpClient.of(LedgerMatcher.catalog()).retryPolicy());
    assertThrows(IllegalArgumentException.class, () -> client().requestTimeout(Duration.ZERO));
    assertThrows(LedgerRateLimitedException.class, () -> {
      throw LedgerMatcher.catalog().toException(dev.errata.catalog.ErrorReport.ofCode("R429"));
    });
  }

  static DecodeLimits limit(int maxBodyBytes) {
    DecodeLimits defaults = DecodeLimits.DEFAULT;
    return new DecodeLimits(maxBodyBytes, defaults.maxNestingDepth(), defaults.maxStringLength(),
        defaults.maxNumberLength());
  }
}
