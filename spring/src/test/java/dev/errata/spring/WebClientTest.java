package dev.errata.spring;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errata.spring.RestClientTest.khipuError;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.catalog.CatalogException;
import dev.errata.catalog.DecodeLimits;
import dev.errata.catalog.RetryAdvice;
import dev.errata.catalog.RetryPolicy;
import dev.errata.samples.keybank.KeyBankMatcher;
import dev.errata.samples.keybank.KeyBankServiceUnavailableException;
import dev.errata.samples.keybank.KeyBankUnauthorizedException;
import dev.errata.samples.keybank.KeyBankWarningException;
import dev.errata.samples.khipu.KhipuAuthenticationException;
import dev.errata.samples.khipu.KhipuDataProcessingException;
import dev.errata.samples.khipu.KhipuLogonException;
import dev.errata.samples.khipu.KhipuMatcher;
import dev.errata.samples.khipu.KhipuTargetUnavailableException;
import dev.errata.spring.LoopbackServer.Reply;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;

/** WebClient with the catalogs' filter, status handler and Reactor retry, against a loopback server. */
class WebClientTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final String KHIPU_OK =
      "{\"OperationId\":\"op-ok\",\"Status\":\"OK\",\"Data\":{\"Accounts\":[]},\"Error\":null}";

  private static LoopbackServer server;

  @BeforeAll
  static void start() throws IOException {
    server = new LoopbackServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static WebClient client(CatalogExchangeFilter filter) {
    return WebClient.builder()
        .clientConnector(new JdkClientHttpConnector())
        .baseUrl(server.uri("").toString())
        .filter(filter)
        .build();
  }

  private static WebClient khipu() {
    return client(CatalogExchangeFilter.builder(KhipuMatcher.catalog())
        .retryPolicy(RetryPolicy.builder().maxAttempts(1).build())
        .build());
  }

  private static String get(WebClient client, String path) {
    return client.get().uri(path).retrieve().bodyToMono(String.class).block(TIMEOUT);
  }

  @Test
  void anErrorStatusFailsWithTheTypedExceptionItself() {
    server.script("/w/401", Reply.json(401, khipuError("A000", "DO_NOT_RETRY", "JWT expired")));
    KhipuAuthenticationException e = assertThrows(KhipuAuthenticationException.class, () -> get(khipu(), "/w/401"));
    assertThat(e.code()).isEqualTo("A000");
    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(e.correlationId()).isEqualTo("op-A000");
  }

  @Test
  void anErrorInsideAHttp200BodyFailsAndASuccessStillConverts() {
    server.script("/w/200-error", Reply.json(200, khipuError("E150", "DO_NOT_RETRY", "Account blocked")));
    server.script("/w/200-ok", Reply.json(200, KHIPU_OK));
    KhipuLogonException e = assertThrows(KhipuLogonException.class, () -> get(khipu(), "/w/200-error"));
    assertThat(e.description()).isEqualTo("Account blocked");
    assertThat(get(khipu(), "/w/200-ok")).isEqualTo(KHIPU_OK);
    assertThat(khipu().get().uri("/w/200-ok").retrieve().toEntity(String.class).block(TIMEOUT).getBody()).isEqualTo(KHIPU_OK);
    // A body the application only releases releases cleanly.
    assertThat(khipu().get().uri("/w/200-ok").retrieve().toBodilessEntity().block(TIMEOUT).getStatusCode().value()).isEqualTo(200);
  }

  @Test
  void aSuccessBodyLongerThanTheLimitStreamsOnWhole() {
    String big = "{\"Status\":\"OK\",\"Data\":\"" + "x".repeat(200_000) + "\"}";
    server.script("/w/big", Reply.json(200, big));
    WebClient client = client(CatalogExchangeFilter.builder(
            KhipuMatcher.catalog().withLimits(new DecodeLimits(64, 64, 1 << 20, 100)))
        .retryPolicy(RetryPolicy.builder().maxAttempts(1).build())
        .build());
    String received = WebClient.builder().clientConnector(new JdkClientHttpConnector())
        .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(1 << 20))
        .filter(CatalogExchangeFilter.builder(KhipuMatcher.catalog().withLimits(new DecodeLimits(64, 64, 1 << 20, 100)))
            .build())
        .build()
        .get().uri(server.uri("/w/big")).retrieve().bodyToMono(String.class).block(TIMEOUT);
    assertThat(received).isEqualTo(big);
    // A body just over the small limit, read through the default codecs.
    server.script("/w/small", Reply.json(200, KHIPU_OK));
    assertThat(get(client, "/w/small")).isEqualTo(KHIPU_OK);
  }

  @Test
  void aSuccessThatIsNotJsonIsNotInspected() {
    String text = khipuError("E150", "DO_NOT_RETRY", "only text here");
    server.script("/w/text", Reply.of(200, "text/plain", LoopbackServer.utf8(text)));
    assertThat(get(khipu(), "/w/text")).isEqualTo(text);
    server.script("/w/keybank-text", Reply.of(401, "text/html", LoopbackServer.utf8("<h1>no</h1>")));
    KeyBankUnauthorizedException e = assertThrows(KeyBankUnauthorizedException.class,
        () -> get(client(CatalogExchangeFilter.of(KeyBankMatcher.catalog())), "/w/keybank-text"));
    assertThat(e.report().bodyText()).isEqualTo("<h1>no</h1>");
  }

  @Test
  void aWarningReachesTheListenerAndTheBodyIsReturned() {
    String body = "{\"responseHeader\":{\"status\":\"W\",\"statusDescription\":\"Partial data\"}}";
    server.script("/w/299", Reply.json(299, body));
    List<CatalogException> warnings = new CopyOnWriteArrayList<>();
    WebClient client = client(CatalogExchangeFilter.builder(KeyBankMatcher.catalog())
        .listener(new DecodingListener() {
          @Override
          public void onWarning(CatalogException warning) {
            warnings.add(warning);
          }
        })
        .build());
    assertThat(get(client, "/w/299")).isEqualTo(body);
    assertThat(warnings.get(0)).isInstanceOf(KeyBankWarningException.class);
    assertThat(warnings.size()).isEqualTo(1);
  }

  @Test
  void retriesWaitTheAdvisedDelayInFullWithoutBlocking() {
    server.script("/w/503", Reply.json(503, "{}").header("Retry-After", "7"), Reply.json(200, "{}"));
    FakeTime time = new FakeTime();
    WebClient client = client(CatalogExchangeFilter.builder(KeyBankMatcher.catalog())
        .clock(time).scheduler(time).build());
    assertThat(get(client, "/w/503")).isEqualTo("{}");
    assertThat(server.requests("/w/503")).isEqualTo(2);
    assertThat(time.waits()).isEqualTo(List.of(Duration.ofSeconds(7)));
  }

  @Test
  void aNeverCodeIsSentOnceAnImmediateOneUpToTheAttemptsAndAPostNotAgain() {
    server.script("/w/never", Reply.json(200, khipuError("A000", "DO_NOT_RETRY", "no")));
    server.script("/w/again", Reply.json(200, khipuError("E201", "RETRY_IMMEDIATELY", "down")));
    server.script("/w/post", Reply.json(200, khipuError("E201", "RETRY_IMMEDIATELY", "down")));
    FakeTime time = new FakeTime();
    WebClient client = client(CatalogExchangeFilter.builder(KhipuMatcher.catalog())
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).backoff(Duration.ofMillis(10), Duration.ofMillis(20)).build())
        .clock(time).scheduler(time).build());
    assertThrows(KhipuAuthenticationException.class, () -> get(client, "/w/never"));
    assertThat(server.requests("/w/never")).isEqualTo(1);
    KhipuTargetUnavailableException e = assertThrows(KhipuTargetUnavailableException.class, () -> get(client, "/w/again"));
    assertThat(server.requests("/w/again")).isEqualTo(3);
    assertThat(time.waits().size()).isEqualTo(2);
    assertWithMessage("%s", time.waits()).that(time.waits().get(1).compareTo(Duration.ofMillis(20)) <= 0).isTrue();
    // The earlier attempts' failures travel with the last (beside what Reactor adds).
    assertThat(typedSuppressed(e).size()).isEqualTo(2);
    assertThrows(KhipuTargetUnavailableException.class,
        () -> client.post().uri("/w/post").bodyValue("{}").retrieve().bodyToMono(String.class).block(TIMEOUT));
    assertThat(server.requests("/w/post")).isEqualTo(1);
  }

  @Test
  void aWaitPastTheTotalTimeIsNotBegun() {
    server.script("/w/4h", Reply.json(200, khipuError("F000", "WAIT_4_HOURS_BEFORE_RETRY", "parser")));
    FakeTime time = new FakeTime();
    WebClient client = client(CatalogExchangeFilter.builder(KhipuMatcher.catalog()).clock(time).scheduler(time).build());
    KhipuDataProcessingException e = assertThrows(KhipuDataProcessingException.class, () -> get(client, "/w/4h"));
    assertThat(e.retry()).isEqualTo(RetryAdvice.after(Duration.ofHours(4)));
    assertThat(server.requests("/w/4h")).isEqualTo(1);
    assertThat(time.waits()).isEqualTo(List.of());
  }

  @Test
  void aBodyCutShortIsRetried() {
    server.script("/w/cut", Reply.json(200, KHIPU_OK).cutAfter(10), Reply.json(200, KHIPU_OK));
    FakeTime time = new FakeTime();
    WebClient client = client(CatalogExchangeFilter.builder(KhipuMatcher.catalog()).clock(time).scheduler(time).build());
    assertThat(get(client, "/w/cut")).isEqualTo(KHIPU_OK);
    assertThat(server.requests("/w/cut")).isEqualTo(2);
  }

  @Test
  void theStatusHandlerAndCatalogRetryServeAPlainWebClient() {
    server.script("/w/handler", Reply.json(503, "{}").header("Retry-After", "3"), Reply.json(401, "{}"));
    FakeTime time = new FakeTime();
    WebClient client = WebClient.builder()
        .clientConnector(new JdkClientHttpConnector())
        .defaultStatusHandler(HttpStatusCode::isError, CatalogExchangeFilter.statusHandler(KeyBankMatcher.catalog()))
        .build();
    Mono<String> call = client.get().uri(server.uri("/w/handler")).retrieve().bodyToMono(String.class)
        .retryWhen(CatalogRetry.of(RetryPolicy.defaults()).withClock(time).withScheduler(time));
    KeyBankUnauthorizedException e = assertThrows(KeyBankUnauthorizedException.class, () -> call.block(TIMEOUT));
    assertThat(time.waits()).isEqualTo(List.of(Duration.ofSeconds(3)));
    assertThat(typedSuppressed(e).get(0)).isInstanceOf(KeyBankServiceUnavailableException.class);
    assertThat(server.requests("/w/handler")).isEqualTo(2);
  }

  private static List<Throwable> typedSuppressed(Throwable thrown) {
    return java.util.Arrays.stream(thrown.getSuppressed()).filter(CatalogException.class::isInstance).toList();
  }

  @Test
  void aRequestNoCatalogIsChosenForIsLeftToSpring() {
    server.script("/w/unrouted", Reply.json(401, "{}"));
    CatalogSelector selector = CatalogSelector.of(List.of(KhipuMatcher.catalog(), KeyBankMatcher.catalog()), java.util.Map.of());
    WebClient client = client(CatalogExchangeFilter.builder(selector).build());
    assertThrows(WebClientResponseException.Unauthorized.class, () -> get(client, "/w/unrouted"));
    KeyBankUnauthorizedException e = assertThrows(KeyBankUnauthorizedException.class,
        () -> client.get().uri("/w/unrouted").attribute(CatalogSelector.ATTRIBUTE, KeyBankMatcher.catalog())
            .retrieve().bodyToMono(String.class).block(TIMEOUT));
    assertThat(e.httpStatus()).isEqualTo(401);
  }
}
