package dev.errata.spring;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.catalog.CatalogException;
import dev.errata.catalog.DecodeLimits;
import dev.errata.catalog.RetryAdvice;
import dev.errata.catalog.RetryPolicy;
import dev.errata.samples.keybank.KeyBankException;
import dev.errata.samples.keybank.KeyBankMatcher;
import dev.errata.samples.keybank.KeyBankServiceUnavailableException;
import dev.errata.samples.keybank.KeyBankUnauthorizedException;
import dev.errata.samples.keybank.KeyBankWarningException;
import dev.errata.samples.khipu.KhipuAuthenticationException;
import dev.errata.samples.khipu.KhipuDataProcessingException;
import dev.errata.samples.khipu.KhipuException;
import dev.errata.samples.khipu.KhipuLogonException;
import dev.errata.samples.khipu.KhipuMatcher;
import dev.errata.samples.khipu.KhipuTargetUnavailableException;
import dev.errata.spring.LoopbackServer.Reply;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

/** RestClient (and RestTemplate) with the catalogs' interceptor and status handler, against a loopback server. */
class RestClientTest {

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

  static String khipuError(String code, String type, String description) {
    return "{\"OperationId\":\"op-" + code + "\",\"Status\":\"ERROR\",\"Data\":null,"
        + "\"Error\":{\"Code\":\"" + code + "\",\"Type\":\"" + type + "\",\"Description\":\""
        + description + "\"},\"LifeSpan\":null}";
  }

  private static RestClient client(CatalogClientInterceptor interceptor) {
    return RestClient.builder()
        .requestFactory(new JdkClientHttpRequestFactory())
        .baseUrl(server.uri("").toString())
        .requestInterceptor(interceptor)
        .build();
  }

  private static RestClient khipu() {
    return client(CatalogClientInterceptor.builder(KhipuMatcher.catalog())
        .retryPolicy(RetryPolicy.builder().maxAttempts(1).build())
        .build());
  }

  @Test
  void anErrorStatusThrowsTheTypedExceptionItselfWithTheResponsesFields() {
    server.script("/r/401", Reply.json(401, khipuError("A000", "DO_NOT_RETRY", "JWT expired")));
    KhipuAuthenticationException e = assertThrows(KhipuAuthenticationException.class,
        () -> khipu().get().uri("/r/401").retrieve().body(String.class));
    assertThat(e.code()).isEqualTo("A000");
    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(e.correlationId()).isEqualTo("op-A000");
    assertThat(e.description()).isEqualTo("JWT expired");
    assertThat(e.retry()).isEqualTo(RetryAdvice.never());
  }

  @Test
  void anErrorInsideAHttp200BodyThrowsAndASuccessStillConverts() {
    server.script("/r/200-error", Reply.json(200, khipuError("E150", "DO_NOT_RETRY", "Account blocked")));
    server.script("/r/200-ok", Reply.json(200, KHIPU_OK));
    KhipuLogonException e = assertThrows(KhipuLogonException.class,
        () -> khipu().get().uri("/r/200-error").retrieve().body(String.class));
    assertThat(e.code()).isEqualTo("E150");
    assertThat(e.httpStatus()).isEqualTo(200);
    // The body the catalog read is still there for the application's converter, byte for byte.
    assertThat(khipu().get().uri("/r/200-ok").retrieve().body(String.class)).isEqualTo(KHIPU_OK);
    assertThat(khipu().get().uri("/r/200-ok").retrieve().toEntity(String.class).getBody()).isEqualTo(KHIPU_OK);
  }

  @Test
  void aSuccessBodyLongerThanTheLimitStreamsOnWhole() {
    // 64 bytes of limit; the body is ten times that, and a success by what the part read says.
    String big = "{\"Status\":\"OK\",\"Data\":\"" + "x".repeat(640) + "\"}";
    server.script("/r/big", Reply.json(200, big));
    RestClient client = client(CatalogClientInterceptor.builder(
            KhipuMatcher.catalog().withLimits(new DecodeLimits(64, 64, 1 << 20, 100)))
        .retryPolicy(RetryPolicy.builder().maxAttempts(1).build())
        .build());
    assertThat(client.get().uri("/r/big").retrieve().body(String.class)).isEqualTo(big);
  }

  @Test
  void aSuccessThatIsNotJsonIsNotInspected() {
    String text = khipuError("E150", "DO_NOT_RETRY", "only text here");
    server.script("/r/text", Reply.of(200, "text/plain", LoopbackServer.utf8(text)));
    assertThat(khipu().get().uri("/r/text").retrieve().body(String.class)).isEqualTo(text);
    // Unless the status alone says failure: KeyBank's code is the status.
    server.script("/r/keybank-text", Reply.of(401, "text/html", LoopbackServer.utf8("<h1>no</h1>")));
    RestClient keyBank = client(CatalogClientInterceptor.of(KeyBankMatcher.catalog()));
    KeyBankUnauthorizedException e = assertThrows(KeyBankUnauthorizedException.class,
        () -> keyBank.get().uri("/r/keybank-text").retrieve().body(String.class));
    assertThat(e.report().bodyText()).isEqualTo("<h1>no</h1>");
  }

  @Test
  void aWarningReachesTheListenerAndTheBodyIsReturned() {
    String body = "{\"responseHeader\":{\"status\":\"W\",\"statusDescription\":\"Partial data\"}}";
    server.script("/r/299", Reply.json(299, body));
    List<CatalogException> warnings = new CopyOnWriteArrayList<>();
    RestClient client = client(CatalogClientInterceptor.builder(KeyBankMatcher.catalog())
        .listener(new DecodingListener() {
          @Override
          public void onWarning(CatalogException warning) {
            warnings.add(warning);
          }
        })
        .build());
    assertThat(client.get().uri("/r/299").retrieve().body(String.class)).isEqualTo(body);
    assertThat(warnings.size()).isEqualTo(1);
    KeyBankWarningException warning = assertInstanceOf(KeyBankWarningException.class, warnings.get(0));
    assertThat(warning.attribute("statusDescription")).isEqualTo("Partial data");
  }

  @Test
  void retriesWaitTheAdvisedDelayInFullThenSucceed() {
    server.script("/r/503", Reply.json(503, "{}").header("Retry-After", "7"), Reply.json(200, "{}"));
    FakeTime time = new FakeTime();
    RestClient client = client(CatalogClientInterceptor.builder(KeyBankMatcher.catalog())
        .clock(time).sleeper(time).build());
    assertThat(client.get().uri("/r/503").retrieve().body(String.class)).isEqualTo("{}");
    assertThat(server.requests("/r/503")).isEqualTo(2);
    assertThat(time.waits()).isEqualTo(List.of(Duration.ofSeconds(7)));
  }

  @Test
  void aNeverCodeIsSentOnceAndAnImmediateOneUpToTheAttempts() {
    server.script("/r/never", Reply.json(200, khipuError("A000", "DO_NOT_RETRY", "no")));
    server.script("/r/again", Reply.json(200, khipuError("E201", "RETRY_IMMEDIATELY", "down")));
    FakeTime time = new FakeTime();
    RestClient client = client(CatalogClientInterceptor.builder(KhipuMatcher.catalog())
        .retryPolicy(RetryPolicy.builder().maxAttempts(4).backoff(Duration.ofMillis(10), Duration.ofMillis(40)).build())
        .clock(time).sleeper(time).build());
    assertThrows(KhipuAuthenticationException.class, () -> client.get().uri("/r/never").retrieve().toBodilessEntity());
    assertThat(server.requests("/r/never")).isEqualTo(1);
    KhipuTargetUnavailableException e = assertThrows(KhipuTargetUnavailableException.class,
        () -> client.get().uri("/r/again").retrieve().body(String.class));
    assertThat(server.requests("/r/again")).isEqualTo(4);
    assertThat(time.waits().size()).isEqualTo(3);
    for (int i = 0; i < 3; i++) {
      Duration bound = Duration.ofMillis(Math.min(40, 10L << i));
      assertWithMessage("%s", time.waits() + " within " + bound).that(time.waits().get(i).compareTo(bound) <= 0).isTrue();
    }
    // The earlier attempts' failures travel with the last.
    assertThat(e.getSuppressed().length).isEqualTo(3);
    assertThat(e.getSuppressed()[0]).isInstanceOf(KhipuTargetUnavailableException.class);
  }

  @Test
  void aWaitPastTheTotalTimeIsNotBegunAndAPostIsNotRepeated() {
    server.script("/r/4h", Reply.json(200, khipuError("F000", "WAIT_4_HOURS_BEFORE_RETRY", "parser")));
    server.script("/r/post", Reply.json(502, "{}"), Reply.json(200, "{}"));
    FakeTime time = new FakeTime();
    RestClient khipu = client(CatalogClientInterceptor.builder(KhipuMatcher.catalog()).clock(time).sleeper(time).build());
    KhipuDataProcessingException e = assertThrows(KhipuDataProcessingException.class,
        () -> khipu.get().uri("/r/4h").retrieve().body(String.class));
    assertThat(e.retry()).isEqualTo(RetryAdvice.after(Duration.ofHours(4)));
    assertThat(server.requests("/r/4h")).isEqualTo(1);
    RestClient keyBank = client(CatalogClientInterceptor.builder(KeyBankMatcher.catalog()).clock(time).sleeper(time).build());
    assertThrows(KeyBankException.class, () -> keyBank.post().uri("/r/post").body("{}").retrieve().body(String.class));
    assertThat(server.requests("/r/post")).isEqualTo(1);
    assertThat(time.waits()).isEqualTo(List.of());
  }

  @Test
  void aBodyCutShortIsAConnectionFailureAndRetried() {
    server.script("/r/cut", Reply.json(200, KHIPU_OK).cutAfter(10), Reply.json(200, KHIPU_OK));
    FakeTime time = new FakeTime();
    RestClient client = client(CatalogClientInterceptor.builder(KhipuMatcher.catalog()).clock(time).sleeper(time).build());
    assertThat(client.get().uri("/r/cut").retrieve().body(String.class)).isEqualTo(KHIPU_OK);
    assertThat(server.requests("/r/cut")).isEqualTo(2);
    server.script("/r/cut-always", Reply.json(200, KHIPU_OK).cutAfter(10));
    ResourceAccessException failed = assertThrows(ResourceAccessException.class,
        () -> client.get().uri("/r/cut-always").retrieve().body(String.class));
    assertThat(failed.getCause()).isInstanceOf(IOException.class);
    assertThat(server.requests("/r/cut-always")).isEqualTo(3);
  }

  @Test
  void aRequestNoCatalogIsChosenForIsLeftToSpring() {
    server.script("/r/unrouted", Reply.json(401, "{}"));
    CatalogSelector selector = CatalogSelector.of(List.of(KhipuMatcher.catalog(), KeyBankMatcher.catalog()),
        Map.of("KeyBank", List.of(server.uri("/r/keybank/").toString())));
    RestClient client = client(CatalogClientInterceptor.builder(selector).build());
    assertThrows(HttpClientErrorException.Unauthorized.class,
        () -> client.get().uri("/r/unrouted").retrieve().body(String.class));
    // The attribute names the catalog of one request.
    KeyBankUnauthorizedException e = assertThrows(KeyBankUnauthorizedException.class,
        () -> client.get().uri("/r/unrouted").attribute(CatalogSelector.ATTRIBUTE, "KeyBank").retrieve().body(String.class));
    assertThat(e.httpStatus()).isEqualTo(401);
    server.script("/r/keybank/503", Reply.json(503, "{}"));
    RestClient once = client(CatalogClientInterceptor.builder(selector)
        .retryPolicy(RetryPolicy.builder().maxAttempts(1).build()).build());
    assertThrows(KeyBankServiceUnavailableException.class,
        () -> once.get().uri("/r/keybank/503").retrieve().body(String.class));
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> client.get().uri("/r/unrouted").attribute(CatalogSelector.ATTRIBUTE, "Stripe").retrieve().body(String.class));
    assertThat(unknown.getMessage()).isEqualTo("the request attribute dev.errata.spring.catalog names the catalog Stripe, but the catalogs are"
        + " [Khipu, KeyBank]");
  }

  @Test
  void theStatusHandlerAndTheRestTemplateBridgeThrowTheTypedException() throws Exception {
    server.script("/r/handler", Reply.json(401, khipuError("A000", "DO_NOT_RETRY", "JWT expired")));
    RestClient client = RestClient.builder()
        .requestFactory(new JdkClientHttpRequestFactory())
        .defaultStatusHandler(HttpStatusCode::isError, CatalogErrorHandler.of(KhipuMatcher.catalog()))
        .build();
    KhipuAuthenticationException e = assertThrows(KhipuAuthenticationException.class,
        () -> client.get().uri(server.uri("/r/handler")).retrieve().body(String.class));
    assertThat(e.correlationId()).isEqualTo("op-A000");

    RestTemplate template = new RestTemplate(new JdkClientHttpRequestFactory());
    template.setErrorHandler(CatalogErrorHandler.of(KhipuMatcher.catalog()));
    KhipuException viaTemplate = assertThrows(KhipuAuthenticationException.class,
        () -> template.getForObject(server.uri("/r/handler"), String.class));
    assertThat(viaTemplate.description()).isEqualTo("JWT expired");
    assertThat(viaTemplate.catalog()).isSameInstanceAs(KhipuMatcher.catalog());
  }

  @Test
  void theInterceptorWorksForRestTemplateToo() {
    server.script("/r/template-200", Reply.json(200, khipuError("E201", "RETRY_IMMEDIATELY", "down")), Reply.json(200, KHIPU_OK));
    FakeTime time = new FakeTime();
    RestTemplate template = new RestTemplate(new JdkClientHttpRequestFactory());
    template.getInterceptors().add(CatalogClientInterceptor.builder(KhipuMatcher.catalog()).clock(time).sleeper(time).build());
    assertThat(template.getForObject(server.uri("/r/template-200"), String.class)).isEqualTo(KHIPU_OK);
    assertThat(server.requests("/r/template-200")).isEqualTo(2);
  }

  @Test
  void anInputStreamBodyIsTheWholeBody() throws IOException {
    server.script("/r/stream", Reply.json(200, KHIPU_OK));
    try (InputStream body = khipu().get().uri("/r/stream").exchange((request, response) -> response.getBody(), false)) {
      assertThat(new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(KHIPU_OK);
    }
  }
}
