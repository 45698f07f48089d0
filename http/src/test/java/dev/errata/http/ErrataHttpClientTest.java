package dev.errata.http;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errata.http.LoopbackServer.utf8;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(OK);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/json");
    assertThat(response.uri()).isEqualTo(server.uri("/ok"));
    assertThat(handler.applied.get()).isEqualTo(1);
    assertThat(time.waits()).isEqualTo(List.of());
  }

  @Test
  void anErrorInsideA200IsThrownTypedAndTheHandlerNeverSeesIt() {
    server.script("/in-200", Reply.json(200, error("A401", "FATAL", "token expired")));
    Counting handler = new Counting();
    LedgerUnauthorizedException thrown =
        assertThrows(LedgerUnauthorizedException.class, () -> client().build().send(get("/in-200"), handler));
    assertThat(thrown.httpStatus()).isEqualTo(200);
    assertThat(thrown.correlationId()).isEqualTo("req-A401");
    assertThat(thrown.description()).isEqualTo("token expired");
    assertThat(handler.applied.get()).isEqualTo(0);
    assertThat(server.requests("/in-200")).isEqualTo(1);
  }

  @Test
  void neverIsNotRetriedAndTheAttemptSaysWhy() {
    server.script("/never", Reply.json(401, error("A401", "FATAL", "no")), Reply.json(200, OK));
    LedgerUnauthorizedException thrown =
        assertThrows(LedgerUnauthorizedException.class, () -> client().build().send(get("/never"), BodyHandlers.ofString()));
    assertThat(server.requests("/never")).isEqualTo(1);
    List<Attempt> attempts = Attempt.of(thrown);
    assertThat(attempts.size()).isEqualTo(1);
    Decision.GiveUp giveUp = assertInstanceOf(Decision.GiveUp.class, attempts.get(0).decision());
    assertThat(giveUp.reason()).isEqualTo(Decision.Reason.NOT_RETRYABLE);
    assertThat(attempts.get(0).statusCode()).isEqualTo(401);
    assertWithMessage("the last attempt's failure is the exception thrown").that(attempts.get(0).failure()).isNull();
    assertThat(attempts.get(0).getMessage()).isEqualTo("attempt 1 at +PT0S: HTTP 401, LedgerUnauthorizedException A401 (retry never); gave up"
        + " (NOT_RETRYABLE): the advice is never to retry");
    assertThat(time.waits()).isEqualTo(List.of());
  }

  @Test
  void retryAfterInSecondsIsWaitedExactly() throws Exception {
    server.script("/retry-after-seconds",
        Reply.json(503, error("S503", "TRANSIENT", "busy")).header("Retry-After", "3"),
        Reply.json(200, OK));
    HttpResponse<String> response = client().build().send(get("/retry-after-seconds"), BodyHandlers.ofString());
    assertThat(response.body()).isEqualTo(OK);
    // Retry-After wins over the type's "immediately", and is a floor: exactly 3 s, no jitter below it.
    assertThat(time.waits()).isEqualTo(List.of(Duration.ofSeconds(3)));
    List<Instant> arrivals = server.arrivals("/retry-after-seconds");
    assertThat(arrivals.size()).isEqualTo(2);
    assertThat(Duration.between(arrivals.get(0), arrivals.get(1))).isEqualTo(Duration.ofSeconds(3));
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
    assertWithMessage("%s", waited).that(waited.compareTo(Duration.ofSeconds(1)) > 0 && waited.compareTo(Duration.ofSeconds(3)) <= 0).isTrue();
    List<Instant> arrivals = server.arrivals("/retry-after-date");
    assertThat(Duration.between(arrivals.get(0), arrivals.get(1))).isEqualTo(waited);
  }

  @Test
  void theCatalogsDelayIsWaitedWhenTheResponseGivesNone() throws Exception {
    server.script("/slow-down", Reply.json(429, error("R429", "SLOW_DOWN", "easy")), Reply.json(200, OK));
    client().build().send(get("/slow-down"), BodyHandlers.ofString());
    assertThat(time.waits()).isEqualTo(List.of(Duration.ofSeconds(2)));
    List<Instant> arrivals = server.arrivals("/slow-down");
    assertThat(Duration.between(arrivals.get(0), arrivals.get(1))).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void aWaitLongerThanThePolicyAllowsGivesUpAndNeverRetriesEarly() {
    // LATER advises 4 hours; the default policy allows 30 seconds in all.
    server.script("/later", Reply.json(200, error("B150", "LATER", "batch closed")), Reply.json(200, OK));
    LedgerBatchClosedException thrown = assertThrows(LedgerBatchClosedException.class,
        () -> client().build().send(get("/later"), BodyHandlers.ofString()));
    assertThat(thrown.retry()).isEqualTo(RetryAdvice.after(Duration.ofHours(4)));
    // No wait begun, no second request: the one request sent was the first.
    assertThat(time.waits()).isEqualTo(List.of());
    assertThat(server.requests("/later")).isEqualTo(1);
    Decision.GiveUp giveUp = (Decision.GiveUp) Attempt.of(thrown).get(0).decision();
    assertThat(giveUp.reason()).isEqualTo(Decision.Reason.OUT_OF_TIME);
    // So is a Retry-After past the policy: 120 s against 30.
    server.script("/retry-after-long",
        Reply.json(503, error("S503", "TRANSIENT", "maintenance")).header("Retry-After", "120"), Reply.json(200, OK));
    assertThrows(LedgerUnavailableException.class,
        () -> client().build().send(get("/retry-after-long"), BodyHandlers.ofString()));
    assertThat(server.requests("/retry-after-long")).isEqualTo(1);
    assertThat(time.waits()).isEqualTo(List.of());
  }

  @Test
  void aPolicyThatAllowsTheWaitWaitsItAllBeforeTheNextRequest() throws Exception {
    server.script("/later-allowed", Reply.json(200, error("B101", "LATER", "batch closed")), Reply.json(200, OK));
    RetryPolicy patient = RetryPolicy.builder().maxTotalTime(Duration.ofHours(5)).build();
    client().retryPolicy(patient).build().send(get("/later-allowed"), BodyHandlers.ofString());
    List<Instant> arrivals = server.arrivals("/later-allowed");
    assertThat(Duration.between(arrivals.get(0), arrivals.get(1))).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void immediatelyBacksOffWithJitterAndTheAttemptsAreRecorded() {
    server.script("/down", Reply.json(503, error("S503", "TRANSIENT", "down")));
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(4).random(() -> -1L).build();
    LedgerUnavailableException thrown = assertThrows(LedgerUnavailableException.class,
        () -> client().retryPolicy(policy).build().send(get("/down"), BodyHandlers.ofString()));
    assertThat(server.requests("/down")).isEqualTo(4);
    // Jitter at the top of its range: just under 100, 200 and 400 ms.
    List<Duration> waits = time.waits();
    assertThat(waits.size()).isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      Duration bound = Duration.ofMillis(100L << i);
      assertWithMessage("%s", waits).that(waits.get(i).compareTo(bound) <= 0 && waits.get(i).compareTo(bound.minusMillis(1)) > 0).isTrue();
    }
    List<Attempt> attempts = Attempt.of(thrown);
    assertThat(attempts.stream().map(Attempt::number).toList()).isEqualTo(List.of(1, 2, 3, 4));
    for (int i = 0; i < 3; i++) {
      LedgerUnavailableException earlier = assertInstanceOf(LedgerUnavailableException.class, attempts.get(i).failure());
      assertThat(earlier.code()).isEqualTo("S503");
      assertThat(attempts.get(i).decision()).isEqualTo(new Decision.Retry(waits.get(i)));
    }
    assertThat(((Decision.GiveUp) attempts.get(3).decision()).reason()).isEqualTo(Decision.Reason.ATTEMPTS_EXHAUSTED);
    assertThat(attempts.get(1).startedAfter()).isEqualTo(waits.get(0));
  }

  @Test
  void onlyIdempotentRequestsAreRetriedByDefault() throws Exception {
    server.script("/post", Reply.json(503, error("S503", "TRANSIENT", "down")), Reply.json(200, OK));
    HttpRequest post = HttpRequest.newBuilder(server.uri("/post")).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    LedgerUnavailableException thrown = assertThrows(LedgerUnavailableException.class,
        () -> client().build().send(post, BodyHandlers.ofString()));
    assertThat(server.requests("/post")).isEqualTo(1);
    String why = ((Decision.GiveUp) Attempt.of(thrown).get(0).decision()).message();
    assertThat(why).startsWith("POST " + server.uri("/post") + " is not sent again");
    // A POST with an idempotency key may be retried, when the client is told so.
    server.script("/post-keyed", Reply.json(503, error("S503", "TRANSIENT", "down")), Reply.json(200, OK));
    HttpRequest keyed = HttpRequest.newBuilder(server.uri("/post-keyed")).header("Idempotency-Key", "k-1")
        .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":1}")).build();
    HttpResponse<String> response = client()
        .retryableRequests(r -> ErrataHttpClient.isIdempotent(r) || r.headers().firstValue("Idempotency-Key").isPresent())
        .build().send(keyed, BodyHandlers.ofString());
    assertThat(response.body()).isEqualTo(OK);
    assertThat(server.methods("/post-keyed")).isEqualTo(List.of("POST", "POST"));
  }

  @Test
  void theIdempotentMethodsAreThoseOfRfc9110() {
    for (String method : List.of("GET", "HEAD", "OPTIONS", "TRACE", "PUT", "DELETE")) {
      assertWithMessage("%s", method).that(ErrataHttpClient.isIdempotent(request(method))).isTrue();
    }
    // Methods are case-sensitive (RFC 9110, section 9.1): "get" is not GET.
    for (String method : List.of("POST", "PATCH", "PROPFIND", "get")) {
      assertWithMessage("%s", method).that(!ErrataHttpClient.isIdempotent(request(method))).isTrue();
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
    assertThat(response.body()).isEqualTo(body);
    assertThat(warnings.size()).isEqualTo(1);
    assertThat(warnings.get(0)).isInstanceOf(LedgerDeprecatedException.class);
    assertThat(warnings.get(0).description()).isEqualTo("v1 is deprecated");
  }

  @Test
  void aBodyCutMidwayOnA200IsAnIoFailureRetriedForAGet() throws Exception {
    server.script("/cut-200", Reply.json(200, OK).cutAfter(10), Reply.json(200, OK));
    HttpResponse<String> response = client().build().send(get("/cut-200"), BodyHandlers.ofString());
    assertThat(response.body()).isEqualTo(OK);
    assertThat(server.requests("/cut-200")).isEqualTo(2);
    assertThat(time.waits().size()).isEqualTo(1);
    assertWithMessage("backoff of the first retry").that(time.waits().get(0).compareTo(Duration.ofMillis(100)) <= 0).isTrue();
  }

  @Test
  void aBodyCutMidwayOnAPostIsThrownAsTheIoException() {
    server.script("/cut-post", Reply.json(200, OK).cutAfter(10), Reply.json(200, OK));
    HttpRequest post = HttpRequest.newBuilder(server.uri("/cut-post")).POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    IOException thrown = assertThrows(IOException.class, () -> client().build().send(post, BodyHandlers.ofString()));
    assertThat(server.requests("/cut-post")).isEqualTo(1);
    assertThat(Attempt.of(thrown).size()).isEqualTo(1);
    assertThat(Attempt.of(thrown).get(0).statusCode()).isEqualTo(0);
  }

  @Test
  void anErrorBodyCutMidwayIsTypedByItsStatusAndKeepsWhatArrived() {
    // The HTTP client may fail the exchange with the body's IOException before its reader hears of
    // it (one run in seven did, before either order was typed): the race is run many times.
    String body = error("S503", "TRANSIENT", "down");
    RetryPolicy once = RetryPolicy.builder().maxAttempts(1).build();
    ErrataHttpClient<LedgerException> client = client().retryPolicy(once).build();
    for (int i = 0; i < 50; i++) {
      server.script("/cut-503", Reply.json(503, body).cutAfter(20));
      LedgerUnavailableException thrown = assertThrows(LedgerUnavailableException.class,
          () -> client.send(get("/cut-503"), BodyHandlers.ofString()));
      assertWithMessage("503 is the status of S503").that(thrown.errorCode()).isEqualTo(LedgerErrorCode.UNAVAILABLE);
      assertThat(thrown.httpStatus()).isEqualTo(503);
      assertThat(thrown.report().body()).isEqualTo(Arrays.copyOf(utf8(body), 20));
      assertThat(thrown.report().problem()).startsWith("body could not be read after 20 bytes");
    }
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
    assertThat(thrown.httpStatus()).isEqualTo(500);
    assertThat(thrown.report().body().length).isEqualTo(1024);
    assertThat(thrown.report().problem()).isEqualTo("body is over the 1024-byte limit; its first 1024 bytes are kept, not parsed");
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
    assertThat(limited.send(get("/big-200"), BodyHandlers.ofByteArray()).body()).isEqualTo(body);
    // Read as a stream, too: the buffered part first, then the rest on demand.
    try (var in = limited.send(get("/big-200"), BodyHandlers.ofInputStream()).body()) {
      assertThat(in.readAllBytes()).isEqualTo(body);
    }
  }

  @Test
  void aSuccessThatIsNotJsonIsNotInspected() throws Exception {
    // Not JSON, so not Ledger's envelope: a file, passed on as it streams.
    byte[] file = new byte[300_000];
    new java.util.Random(7).nextBytes(file);
    server.script("/file", Reply.of(200, "application/octet-stream", file));
    assertThat(client().build().send(get("/file"), BodyHandlers.ofByteArray()).body()).isEqualTo(file);
    server.script("/text", Reply.of(200, "text/plain; charset=utf-8", utf8("not { json")));
    assertThat(client().build().send(get("/text"), BodyHandlers.ofString()).body()).isEqualTo("not { json");
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
    assertThat(server.requests("/slow")).isEqualTo(2);
    List<Attempt> attempts = Attempt.of(thrown);
    assertThat(attempts.size()).isEqualTo(2);
    assertThat(attempts.get(0).failure()).isInstanceOf(HttpTimeoutException.class);
    assertThat(((Decision.GiveUp) attempts.get(1).decision()).reason()).isEqualTo(Decision.Reason.ATTEMPTS_EXHAUSTED);
  }

  @Test
  void aRequestsOwnTimeoutWins() throws Exception {
    server.script("/own-timeout", Reply.json(200, OK).holdBack(Duration.ofMillis(400)));
    HttpRequest patient = HttpRequest.newBuilder(server.uri("/own-timeout")).timeout(Duration.ofSeconds(5)).build();
    HttpResponse<String> response = client().requestTimeout(Duration.ofMillis(100)).build()
        .send(patient, BodyHandlers.ofString());
    assertThat(response.body()).isEqualTo(OK);
    assertThat(response.request().timeout().orElseThrow()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void emptySuccessesReachTheHandler() throws Exception {
    server.script("/no-content", Reply.json(204, ""));
    HttpResponse<String> noContent = client().build().send(get("/no-content"), BodyHandlers.ofString());
    assertThat(noContent.statusCode()).isEqualTo(204);
    assertThat(noContent.body()).isEqualTo("");
    server.script("/head", Reply.json(200, OK));
    HttpRequest head = HttpRequest.newBuilder(server.uri("/head")).method("HEAD", HttpRequest.BodyPublishers.noBody())
        .build();
    HttpResponse<byte[]> headed = client().build().send(head, BodyHandlers.ofByteArray());
    assertThat(headed.statusCode()).isEqualTo(200);
    assertThat(headed.body().length).isEqualTo(0);
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
    assertThat(attempts.size()).isEqualTo(3);
    for (Attempt attempt : attempts) {
      assertThat(attempt.statusCode()).isEqualTo(0);
    }
    assertThat(attempts.get(0).failure()).isInstanceOf(java.net.ConnectException.class);
    assertThat(attempts.get(0).getMessage()).startsWith("attempt 1 at +PT0S: java.net.ConnectException");
    assertThat(time.waits().size()).isEqualTo(2);
  }

  @Test
  void anUnknownCodeFollowsTheCatalogsUnknownType() {
    server.script("/unknown", Reply.json(503, error("Z999", "SOMETHING_NEW", "new")));
    LedgerUnknownException thrown = assertThrows(LedgerUnknownException.class,
        () -> client().build().send(get("/unknown"), BodyHandlers.ofString()));
    assertThat(thrown.code()).isEqualTo("Z999");
    assertWithMessage("unknownType is FATAL").that(thrown.retry()).isEqualTo(RetryAdvice.never());
    assertThat(server.requests("/unknown")).isEqualTo(1);
  }

  @Test
  void theClientExposesWhatItWasBuiltWith() {
    RetryPolicy policy = RetryPolicy.builder().maxAttempts(5).build();
    java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
    ErrataHttpClient<LedgerException> client = ErrataHttpClient.builder(LedgerMatcher.catalog())
        .httpClient(http).retryPolicy(policy).build();
    assertThat(client.catalog()).isSameInstanceAs(LedgerMatcher.catalog());
    assertThat(client.httpClient()).isSameInstanceAs(http);
    assertThat(client.retryPolicy()).isSameInstanceAs(policy);
    assertThat(ErrataHttpClient.of(LedgerMatcher.catalog()).retryPolicy()).isSameInstanceAs(RetryPolicy.defaults());
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
