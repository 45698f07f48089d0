package dev.errata.okhttp;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.DecodeLimits;
import dev.errata.catalog.RetryPolicy;
import dev.errata.samples.FakeTime;
import dev.errata.samples.SampleEntries;
import dev.errata.samples.ScriptedServer.Reply;
import dev.errata.samples.keybank.KeyBankMatcher;
import dev.errata.samples.khipu.KhipuException;
import dev.errata.samples.khipu.KhipuLogonException;
import dev.errata.samples.khipu.KhipuMatcher;
import dev.errata.samples.khipu.KhipuTargetUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * OkHttp with the interceptor against one MockWebServer on 127.0.0.1: every entry of Khipu and KeyBank
 * comes out as the catalog's own decode says, retried exactly as the policy decides, its waits
 * recorded by fake time; successful bodies reach the caller whole.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ErrataInterceptorTest {

  private static final ScriptedDispatcher SCRIPTS = new ScriptedDispatcher();
  private static final OkHttpClient BASE = new OkHttpClient();
  private static MockWebServer server;

  @BeforeAll
  static void start() throws IOException {
    server = SCRIPTS.start();
  }

  @AfterAll
  static void stop() {
    server.close();
    BASE.dispatcher().executorService().shutdown();
    BASE.connectionPool().evictAll();
  }

  private final FakeTime time = new FakeTime();
  private final List<CatalogException> warnings = new ArrayList<>();

  private <E extends CatalogException> OkHttpClient client(Catalog<E> catalog, RetryPolicy policy, FakeTime clock) {
    return BASE.newBuilder().addInterceptor(ErrataInterceptor.builder(catalog).retryPolicy(policy)
        .onWarning(warnings::add).clock(clock).sleeper(clock::sleep).build()).build();
  }

  private static Request get(String path) {
    return new Request.Builder().url(server.url(path)).build();
  }

  private static String body(OkHttpClient client, String path) throws IOException {
    try (Response response = client.newCall(get(path)).execute()) {
      return response.body().string();
    }
  }

  @Test
  void everyEntryComesOutAsTheCatalogDecodesIt() throws IOException {
    for (SampleEntries.Case c : SampleEntries.all()) {
      SCRIPTS.script(c.path(), c.response());
      OkHttpClient client = client(c.catalog(), RetryPolicy.builder().maxAttempts(1).build(), time);
      warnings.clear();
      if (c.isFailure()) {
        ErrorResponseException e = assertThrows(ErrorResponseException.class, () -> body(client, c.path()), c::toString);
        SampleEntries.assertSameFailure(c, e.error());
        assertThat(e.getCause()).isSameInstanceAs(e.error());
      } else {
        assertWithMessage("%s", c).that(body(client, c.path())).isEqualTo(c.response().text());
        assertWithMessage("%s", c).that(warnings.size()).isEqualTo(c.expected().exception().isPresent() ? 1 : 0);
      }
      assertWithMessage("%s", c).that(SCRIPTS.requests(c.path())).isEqualTo(1);
    }
  }

  @Test
  void everyFailureIsRetriedAsTheDefaultPolicyDecides() throws IOException {
    retriedAsDecided(RetryPolicy.defaults());
  }

  @Test
  void advisedWaitsWithinThePolicyAreWaitedInFull() throws IOException {
    retriedAsDecided(RetryPolicy.builder().maxTotalTime(Duration.ofHours(5)).build());
  }

  private void retriedAsDecided(RetryPolicy policy) throws IOException {
    int retried = 0;
    for (SampleEntries.Case c : SampleEntries.failures()) {
      SCRIPTS.script(c.path(), c.response(), SampleEntries.success(c.catalog()));
      FakeTime clock = new FakeTime();
      OkHttpClient client = client(c.catalog(), policy, clock);
      if (c.retriedBy(policy)) {
        retried++;
        assertWithMessage("%s", c).that(body(client, c.path())).isEqualTo(SampleEntries.success(c.catalog()).text());
        assertWithMessage("%s", c).that(SCRIPTS.requests(c.path())).isEqualTo(2);
        SampleEntries.assertWaitedAsAdvised(c, policy, clock.waits());
      } else {
        ErrorResponseException e = assertThrows(ErrorResponseException.class, () -> body(client, c.path()));
        SampleEntries.assertSameFailure(c, e.error());
        assertWithMessage("%s", c).that(SCRIPTS.requests(c.path())).isEqualTo(1);
        assertWithMessage("%s", c).that(clock.waits()).isEqualTo(List.of());
      }
    }
    assertThat(retried > 0).isTrue();
  }

  /** A failure that never ends: the policy's three attempts, then the typed exception. */
  @Test
  void givesUpAfterThePolicysAttempts() {
    SCRIPTS.script("/Khipu/E201", khipuError("E201", "RETRY_IMMEDIATELY"));
    OkHttpClient client = client(KhipuMatcher.catalog(), RetryPolicy.defaults(), time);
    ErrorResponseException e = assertThrows(ErrorResponseException.class, () -> body(client, "/Khipu/E201"));
    assertThat(e.error(KhipuException.class)).isInstanceOf(KhipuTargetUnavailableException.class);
    assertThat(SCRIPTS.requests("/Khipu/E201")).isEqualTo(3);
    assertThat(time.waits().size()).isEqualTo(2);
  }

  /** Asynchronous calls get the same exception in onFailure, and OkHttp's dispatcher lives on. */
  @Test
  void enqueuedCallsFailWithTheTypedException() throws Exception {
    SCRIPTS.script("/Khipu/E105", khipuError("E105", "DO_NOT_RETRY"));
    OkHttpClient client = client(KhipuMatcher.catalog(), RetryPolicy.defaults(), time);
    CompletableFuture<IOException> failed = new CompletableFuture<>();
    client.newCall(get("/Khipu/E105")).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        failed.complete(e);
      }

      @Override
      public void onResponse(Call call, Response response) {
        response.close();
        failed.completeExceptionally(new AssertionError("a failure passed as a response"));
      }
    });
    ErrorResponseException e = assertInstanceOf(ErrorResponseException.class, failed.get(10, TimeUnit.SECONDS));
    assertThat(e.error()).isInstanceOf(KhipuLogonException.class);
    assertThat(SCRIPTS.requests("/Khipu/E105")).isEqualTo(1);
  }

  /** A POST is not sent twice, whatever the catalog says, unless the application allows it. */
  @Test
  void onlyIdempotentRequestsAreRetried() throws IOException {
    SCRIPTS.script("/Khipu/E203", khipuError("E203", "RETRY_IMMEDIATELY"), Reply.json(200, "{\"Status\":\"OK\"}"));
    Request post = new Request.Builder().url(server.url("/Khipu/E203"))
        .post(RequestBody.create("{}", MediaType.get("application/json"))).build();
    OkHttpClient client = client(KhipuMatcher.catalog(), RetryPolicy.defaults(), time);
    assertThrows(ErrorResponseException.class, () -> client.newCall(post).execute());
    assertThat(SCRIPTS.methods("/Khipu/E203")).isEqualTo(List.of("POST"));

    SCRIPTS.script("/Khipu/E203", khipuError("E203", "RETRY_IMMEDIATELY"), Reply.json(200, "{\"Status\":\"OK\"}"));
    OkHttpClient allowing = BASE.newBuilder().addInterceptor(ErrataInterceptor.builder(KhipuMatcher.catalog())
        .retryableRequests(request -> request.header("Idempotency-Key") != null)
        .clock(time).sleeper(time::sleep).build()).build();
    try (Response response = allowing.newCall(post.newBuilder().header("Idempotency-Key", "k1").build()).execute()) {
      assertThat(response.body().string()).isEqualTo("{\"Status\":\"OK\"}");
    }
    assertThat(SCRIPTS.methods("/Khipu/E203")).isEqualTo(List.of("POST", "POST"));
  }

  /** The body is peeked, never consumed: a success past the limit reaches the caller whole; text is not read. */
  @Test
  void successfulBodiesReachTheCallerWhole() throws IOException {
    Catalog<KhipuException> small = KhipuMatcher.catalog().withLimits(new DecodeLimits(256, 64, 256, 64));
    String big = "{\"Status\":\"OK\",\"Data\":\"" + "x".repeat(5000) + "\"}";
    SCRIPTS.script("/Khipu/big", Reply.json(200, big));
    assertThat(body(client(small, RetryPolicy.defaults(), time), "/Khipu/big")).isEqualTo(big);

    String text = khipuError("E105", "DO_NOT_RETRY").text();
    SCRIPTS.script("/Khipu/text", new Reply(200, Map.of("Content-Type", "text/plain"),
        text.getBytes(StandardCharsets.UTF_8)));
    assertThat(body(client(KhipuMatcher.catalog(), RetryPolicy.defaults(), time), "/Khipu/text")).isEqualTo(text);
  }

  /**
   * A KeyBank 429 with "Retry-After: 0" is retried at once, though the catalog says a minute. (A 503
   * with "Retry-After: 0" OkHttp retries itself, once, below the application's interceptors.)
   */
  @Test
  void retryAfterWinsOverTheCatalog() throws IOException {
    SCRIPTS.script("/KeyBank/429", Reply.json(429, "{\"ErrorMessage\":\"Slow down\"}").header("Retry-After", "0"),
        Reply.json(200, "{\"responseHeader\":{\"status\":\"S\"}}"));
    assertThat(body(client(KeyBankMatcher.catalog(), RetryPolicy.defaults(), time), "/KeyBank/429")).contains("\"S\"");
    assertThat(SCRIPTS.requests("/KeyBank/429")).isEqualTo(2);
    assertWithMessage("%s", time.waits()).that(time.waits().get(0).compareTo(RetryPolicy.defaults().initialBackoff()) <= 0).isTrue();
  }

  static Reply khipuError(String code, String type) {
    return Reply.json(200, "{\"OperationId\":\"op-" + code + "\",\"Status\":\"ERROR\",\"Error\":{\"Code\":\"" + code
        + "\",\"Type\":\"" + type + "\",\"Description\":\"stub\"}}");
  }
}
