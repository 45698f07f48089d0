package dev.errata.feign;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.DecodeLimits;
import dev.errata.catalog.RetryPolicy;
import dev.errata.samples.FakeTime;
import dev.errata.samples.SampleEntries;
import dev.errata.samples.ScriptedServer;
import dev.errata.samples.ScriptedServer.Reply;
import dev.errata.samples.keybank.KeyBankException;
import dev.errata.samples.keybank.KeyBankMatcher;
import dev.errata.samples.keybank.KeyBankServiceUnavailableException;
import dev.errata.samples.khipu.KhipuException;
import dev.errata.samples.khipu.KhipuLogonException;
import dev.errata.samples.khipu.KhipuMatcher;
import dev.errata.samples.khipu.KhipuTargetUnavailableException;
import feign.Client;
import feign.DefaultClient;
import feign.ExceptionPropagationPolicy;
import feign.Feign;
import feign.Logger;
import feign.Param;
import feign.RequestLine;
import feign.Response;
import feign.RetryableException;
import feign.Retryer;
import feign.Util;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Feign, as an application wires it, against one loopback server: every entry of Khipu and KeyBank
 * comes out as the catalog's own decode says, and is retried exactly as the policy decides, its
 * waits recorded by fake time, never slept.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ErrataFeignTest {

  /** The API the tests call: one path per catalog and code. */
  interface Api {
    @RequestLine("GET /{catalog}/{code}")
    String get(@Param("catalog") String catalog, @Param("code") String code);

    @RequestLine("POST /{catalog}/{code}")
    String post(@Param("catalog") String catalog, @Param("code") String code);

    @RequestLine("GET /{catalog}/{code}")
    Response response(@Param("catalog") String catalog, @Param("code") String code);
  }

  private static ScriptedServer server;

  @BeforeAll
  static void startServer() {
    server = ScriptedServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  private final FakeTime time = new FakeTime();
  private final List<CatalogException> warnings = new ArrayList<>();

  private <E extends CatalogException> Feign.Builder feign(Catalog<E> catalog, Retryer retryer) {
    return Feign.builder()
        .errorDecoder(new ErrataErrorDecoder<>(catalog, time))
        .responseInterceptor(new ErrataResponseInterceptor<>(catalog, warnings::add, time))
        .retryer(retryer)
        .exceptionPropagationPolicy(ExceptionPropagationPolicy.UNWRAP);
  }

  private Api api(Catalog<?> catalog, RetryPolicy policy) {
    return feign(catalog, ErrataRetryer.builder().retryPolicy(policy).clock(time).sleeper(time::sleep).build())
        .target(Api.class, server.base());
  }

  private static String call(Api api, SampleEntries.Case c) {
    return api.get(c.catalog().name(), c.code());
  }

  /** Each entry, sent once and never retried: what Feign throws (or returns) is what the catalog decodes. */
  @Test
  void everyEntryComesOutAsTheCatalogDecodesIt() {
    for (SampleEntries.Case c : SampleEntries.all()) {
      server.script(c.path(), c.response());
      Api api = feign(c.catalog(), Retryer.NEVER_RETRY).target(Api.class, server.base());
      warnings.clear();
      if (c.isFailure()) {
        Throwable thrown = assertThrows(Throwable.class, () -> call(api, c), c::toString);
        SampleEntries.assertSameFailure(c, thrown);
      } else {
        assertWithMessage("%s", c).that(call(api, c)).isEqualTo(c.response().text());
        assertWithMessage("%s", c).that(warnings.size()).isEqualTo(c.expected().exception().isPresent() ? 1 : 0);
      }
      assertWithMessage("%s", c).that(server.requests(c.path())).isEqualTo(1);
    }
  }

  /** The default policy: "immediately" after the jittered backoff; never, and waits past 30 s, not at all. */
  @Test
  void everyFailureIsRetriedAsTheDefaultPolicyDecides() {
    retriedAsDecided(RetryPolicy.defaults());
  }

  /** A policy of five hours: Khipu's four hours and KeyBank's minute are waited, in full, then retried. */
  @Test
  void advisedWaitsWithinThePolicyAreWaitedInFull() {
    retriedAsDecided(RetryPolicy.builder().maxTotalTime(Duration.ofHours(5)).build());
  }

  private void retriedAsDecided(RetryPolicy policy) {
    int retried = 0;
    for (SampleEntries.Case c : SampleEntries.failures()) {
      server.script(c.path(), c.response(), SampleEntries.success(c.catalog()));
      FakeTime clock = new FakeTime();
      Api api = feign(c.catalog(), ErrataRetryer.builder().retryPolicy(policy).clock(clock).sleeper(clock::sleep)
          .build()).target(Api.class, server.base());
      if (c.retriedBy(policy)) {
        retried++;
        assertWithMessage("%s", c).that(call(api, c)).isEqualTo(SampleEntries.success(c.catalog()).text());
        assertWithMessage("%s", c).that(server.requests(c.path())).isEqualTo(2);
        SampleEntries.assertWaitedAsAdvised(c, policy, clock.waits());
      } else {
        SampleEntries.assertSameFailure(c, assertThrows(Throwable.class, () -> call(api, c), c::toString));
        assertWithMessage("%s", c).that(server.requests(c.path())).isEqualTo(1);
        assertWithMessage("%s", c).that(clock.waits()).isEqualTo(List.of());
      }
    }
    assertWithMessage("some entries are retried").that(retried > 0).isTrue();
  }

  /** A failure that never ends: the policy's three attempts, then the typed exception, unwrapped. */
  @Test
  void givesUpAfterThePolicysAttempts() {
    server.script("/Khipu/E201", Reply.json(200, khipuError("E201", "RETRY_IMMEDIATELY")));
    Api api = api(KhipuMatcher.catalog(), RetryPolicy.defaults());
    KhipuTargetUnavailableException e = assertThrows(KhipuTargetUnavailableException.class,
        () -> api.get("Khipu", "E201"));
    assertThat(e.code()).isEqualTo("E201");
    assertThat(server.requests("/Khipu/E201")).isEqualTo(3);
    assertThat(time.waits().size()).isEqualTo(2);
  }

  /** Feign's retryAfter is the moment a retry is allowed, in epoch milliseconds; none for "immediately". */
  @Test
  void retryAfterIsAnEpochMillisecond() {
    AtomicReference<RetryableException> seen = new AtomicReference<>();
    Retryer capture = new Retryer() {
      @Override
      public void continueOrPropagate(RetryableException e) {
        seen.set(e);
        throw e;
      }

      @Override
      public Retryer clone() {
        return this;
      }
    };
    server.script("/KeyBank/503", Reply.json(503, "{\"ErrorMessage\":\"Maintenance\"}").header("Retry-After", "120"));
    Api keyBank = feign(KeyBankMatcher.catalog(), capture).target(Api.class, server.base());
    KeyBankServiceUnavailableException e = assertThrows(KeyBankServiceUnavailableException.class,
        () -> keyBank.get("KeyBank", "503"));
    assertThat(seen.get().retryAfter()).isEqualTo(time.millis() + 120_000);
    assertThat(seen.get().getCause()).isSameInstanceAs(e);
    assertThat(seen.get().status()).isEqualTo(503);

    server.script("/Khipu/T000", Reply.json(200, khipuError("T000", "RETRY_IMMEDIATELY")));
    Api khipu = feign(KhipuMatcher.catalog(), capture).target(Api.class, server.base());
    assertThrows(KhipuException.class, () -> khipu.get("Khipu", "T000"));
    assertWithMessage("immediately: the retryer's own backoff").that(seen.get().retryAfter()).isNull();
  }

  /** Without UNWRAP, Feign throws the RetryableException, the typed exception its cause. */
  @Test
  void withoutUnwrapTheTypedExceptionIsTheCause() {
    server.script("/Khipu/E202", Reply.json(200, khipuError("E202", "RETRY_IMMEDIATELY")));
    Api api = Feign.builder()
        .errorDecoder(new ErrataErrorDecoder<>(KhipuMatcher.catalog()))
        .responseInterceptor(new ErrataResponseInterceptor<>(KhipuMatcher.catalog()))
        .retryer(ErrataRetryer.builder().clock(time).sleeper(time::sleep).build())
        .target(Api.class, server.base());
    RetryableException e = assertThrows(RetryableException.class, () -> api.get("Khipu", "E202"));
    assertThat(e.getCause()).isInstanceOf(KhipuTargetUnavailableException.class);
    assertThat(server.requests("/Khipu/E202")).isEqualTo(3);
  }

  /** A POST is not sent twice, whatever the catalog says, unless the application allows it. */
  @Test
  void onlyIdempotentRequestsAreRetried() {
    server.script("/Khipu/E203", Reply.json(200, khipuError("E203", "RETRY_IMMEDIATELY")),
        Reply.json(200, "{\"Status\":\"OK\"}"));
    Api api = api(KhipuMatcher.catalog(), RetryPolicy.defaults());
    assertThrows(KhipuTargetUnavailableException.class, () -> api.post("Khipu", "E203"));
    assertThat(server.methods("/Khipu/E203")).isEqualTo(List.of("POST"));

    server.script("/Khipu/E204", Reply.json(200, khipuError("E204", "RETRY_IMMEDIATELY")),
        Reply.json(200, "{\"Status\":\"OK\"}"));
    Api allowing = feign(KhipuMatcher.catalog(), ErrataRetryer.builder().clock(time).sleeper(time::sleep)
        .retryableRequests(request -> true).build()).target(Api.class, server.base());
    assertThat(allowing.post("Khipu", "E204")).isEqualTo("{\"Status\":\"OK\"}");
    assertThat(server.methods("/Khipu/E204")).isEqualTo(List.of("POST", "POST"));
  }

  /** A refused connection is Feign's own RetryableException: retried as "immediately", then thrown. */
  @Test
  void refusedConnectionsAreRetriedAsImmediately() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Api api = feign(KhipuMatcher.catalog(), ErrataRetryer.builder().clock(time).sleeper(time::sleep).build())
        .target(Api.class, "http://127.0.0.1:" + closedPort);
    RetryableException e = assertThrows(RetryableException.class, () -> api.get("Khipu", "E201"));
    assertThat(e.getCause()).isInstanceOf(IOException.class);
    assertThat(time.waits().size()).isEqualTo(2);
    assertWithMessage("%s", time.waits()).that(time.waits().stream().allMatch(wait -> wait.compareTo(Duration.ofMillis(200)) <= 0)).isTrue();
  }

  /** A four-hour wait is past the policy's 30 seconds: given up at once (Retryer.Default would retry after its maxPeriod). */
  @Test
  void aWaitPastThePolicyGivesUpAtOnce() {
    server.script("/Khipu/F000", Reply.json(200, khipuError("F000", "WAIT_4_HOURS_BEFORE_RETRY")),
        Reply.json(200, "{\"Status\":\"OK\"}"));
    Api api = api(KhipuMatcher.catalog(), RetryPolicy.defaults());
    KhipuException e = assertThrows(KhipuException.class, () -> api.get("Khipu", "F000"));
    assertThat(e.retry().delay().orElseThrow()).isEqualTo(Duration.ofHours(4));
    assertThat(server.requests("/Khipu/F000")).isEqualTo(1);
    assertThat(time.waits()).isEqualTo(List.of());
  }

  /** A 2xx that is not JSON is not read: its body reaches the decoder untouched. */
  @Test
  void bodiesThatCannotHoldAnErrorAreNotRead() {
    String text = khipuError("E105", "DO_NOT_RETRY");
    server.script("/Khipu/text", new Reply(200, java.util.Map.of("Content-Type", "text/plain"),
        text.getBytes(StandardCharsets.UTF_8)));
    assertThat(api(KhipuMatcher.catalog(), RetryPolicy.defaults()).get("Khipu", "text")).isEqualTo(text);
  }

  /**
   * However the client's bodies read: once only (the JDK's own stream), rewindable, or buffered by
   * Feign's logging, a success reaches the decoder whole, for a String and a Response return type
   * alike, a body past the catalog's limit included; a failure still throws.
   */
  @Test
  void bodiesArePassedOnWholeHoweverTheyRead() throws IOException {
    Client jdk = new DefaultClient(null, null);
    Client rewindable = (request, options) -> {
      Response response = jdk.execute(request, options);
      return response.toBuilder()
          .body(new BufferedInputStream(response.body().asInputStream()), response.body().length()).build();
    };
    Catalog<KhipuException> small = KhipuMatcher.catalog().withLimits(new DecodeLimits(256, 64, 256, 64));
    String big = "{\"Status\":\"OK\",\"Data\":\"" + "x".repeat(500) + "\"}";
    server.script("/Khipu/big", Reply.json(200, big));
    server.script("/Khipu/ok", Reply.json(200, "{\"Status\":\"OK\"}"));
    server.script("/Khipu/E150", Reply.json(200, khipuError("E150", "DO_NOT_RETRY")));
    List<Feign.Builder> builders = List.of(
        feign(small, Retryer.NEVER_RETRY).client(jdk),
        feign(small, Retryer.NEVER_RETRY).client(rewindable),
        feign(small, Retryer.NEVER_RETRY).client(jdk).logger(new Logger() {
          @Override
          protected void log(String configKey, String format, Object... args) {}
        }).logLevel(Logger.Level.FULL));
    for (Feign.Builder builder : builders) {
      Api api = builder.target(Api.class, server.base());
      assertThat(api.get("Khipu", "big")).isEqualTo(big);
      assertThat(api.get("Khipu", "ok")).isEqualTo("{\"Status\":\"OK\"}");
      try (Response response = api.response("Khipu", "big")) {
        assertThat(Util.toString(response.body().asReader(StandardCharsets.UTF_8))).isEqualTo(big);
      }
      assertThrows(KhipuLogonException.class, () -> api.get("Khipu", "E150"));
    }
  }

  /** KeyBank's 299 is a success with a warning: the body is returned, the warning handed on. */
  @Test
  void warningsGoToTheCallback() {
    server.script("/KeyBank/299", Reply.json(299, "{\"responseHeader\":{\"status\":\"W\",\"statusDescription\":\"Partial\"}}"));
    Api api = api(KeyBankMatcher.catalog(), RetryPolicy.defaults());
    assertThat(api.get("KeyBank", "299")).contains("Partial");
    assertThat(warnings.size()).isEqualTo(1);
    assertThat(warnings.get(0)).isInstanceOf(KeyBankException.class);
    assertThat(warnings.get(0).code()).isEqualTo("299");
  }

  private static String khipuError(String code, String type) {
    return "{\"OperationId\":\"op-" + code + "\",\"Status\":\"ERROR\",\"Error\":{\"Code\":\"" + code
        + "\",\"Type\":\"" + type + "\",\"Description\":\"stub\"}}";
  }
}
