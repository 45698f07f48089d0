package dev.errata.spring.boot;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.samples.khipu.KhipuAuthenticationException;
import dev.errata.samples.khipu.KhipuException;
import dev.errata.spring.CatalogSelector;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A WebFlux application on Netty that throws the typed exception of every Khipu and KeyBank entry,
 * and a WebClient from the starter's builder that calls it and gets the same exception.
 */
@SpringBootTest(classes = WebFluxRoundTripTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.main.web-application-type=reactive",
      "errata.client.retry.max-attempts=2",
      "errata.client.retry.initial-backoff=1ms",
      "errata.client.retry.max-backoff=2ms"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebFluxRoundTripTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import({RaisingController.class, TestCatalogs.class})
  static class App {
    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  @LocalServerPort
  int port;

  @Autowired
  WebClient.Builder builder;

  @Autowired
  RaisingController controller;

  @Autowired
  MeterRegistry registry;

  private WebClient khipu;
  private WebClient keyBank;

  @BeforeAll
  void clients() {
    String base = "http://127.0.0.1:" + port;
    khipu = builder.clone().baseUrl(base).defaultRequest(r -> r.attribute(CatalogSelector.ATTRIBUTE, "Khipu")).build();
    keyBank = builder.clone().baseUrl(base).defaultRequest(r -> r.attribute(CatalogSelector.ATTRIBUTE, "KeyBank")).build();
  }

  private static String get(WebClient client, String path) {
    return client.get().uri(path).retrieve().bodyToMono(String.class).block(TIMEOUT);
  }

  @Test
  void everyEntryComesBackAsTheExceptionTheControllerThrew() {
    for (Entries.Entry entry : Entries.all()) {
      RoundTrip.check(entry, controller,
          () -> get(entry.catalog().equals("Khipu") ? khipu : keyBank, "/raise" + entry.path()));
    }
    assertThat(RoundTrip.errors(registry, "Khipu", "TARGET_UNAVAILABLE", "RETRY_IMMEDIATELY")).isEqualTo(2);
    assertThat(RoundTrip.errors(registry, "KeyBank", "UNAUTHORIZED", "DO_NOT_RETRY") >= 1).isTrue();
    RoundTrip.tagsAreEntries(registry);
  }

  @Test
  void aSuccessStillConvertsToTheApplicationsType() {
    MvcRoundTripTest.KhipuEnvelope ok = khipu.get().uri("/khipu/ok").retrieve()
        .bodyToMono(MvcRoundTripTest.KhipuEnvelope.class).block(TIMEOUT);
    assertThat(ok).isEqualTo(new MvcRoundTripTest.KhipuEnvelope("op-ok", "OK", new MvcRoundTripTest.KhipuData(List.of("acc-1"))));
  }

  @Test
  void aRetryAfterIsWaitedInFull() {
    assertThat(get(keyBank, "/keybank/flaky")).isEqualTo("{\"responseHeader\":{\"status\":\"S\"}}");
    List<Long> arrivals = controller.arrivals("/keybank/flaky");
    assertThat(arrivals.size()).isEqualTo(2);
    Duration waited = Duration.ofNanos(arrivals.get(1) - arrivals.get(0));
    assertWithMessage("%s", "waited " + waited).that(waited.compareTo(Duration.ofSeconds(1)) >= 0).isTrue();
  }

  @Test
  void aWrappedCatalogExceptionIsAnsweredAloneAndNoOtherExceptionLeaks() {
    KhipuAuthenticationException e = assertThrows(KhipuAuthenticationException.class, () -> get(khipu, "/khipu/wrapped"));
    assertThat(e.correlationId()).isEqualTo("corr-AUTHENTICATION");
    assertThat(e.report().bodyText()).doesNotContain(RaisingController.SECRET);
    KhipuException plain = assertThrows(KhipuException.class, () -> get(khipu, "/khipu/plain"));
    assertThat(plain.httpStatus()).isEqualTo(500);
    assertThat(plain.report().bodyText()).doesNotContain(RaisingController.SECRET);
    assertThat(plain.report().bodyText()).doesNotContain("IllegalStateException");
  }

  @Test
  void theProblemDetailBridgeWritesProblemJson() {
    ResponseEntity<String> response = WebClient.create("http://127.0.0.1:" + port).get()
        .uri("/problem/KeyBank/TOO_MANY_REQUESTS")
        .exchangeToMono(reply -> reply.toEntity(String.class))
        .block(TIMEOUT);
    assertThat(response.getStatusCode().value()).isEqualTo(429);
    assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("60");
    RoundTrip.checkProblem("TOO_MANY_REQUESTS", response.getHeaders().getContentType().toString(),
        response.getBody(), () -> "/problem/KeyBank/TOO_MANY_REQUESTS");
  }
}
