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
import org.springframework.web.client.RestClient;

/**
 * A Spring MVC application on Tomcat that throws the typed exception of every Khipu and KeyBank
 * entry, and a RestClient from the starter's builder that calls it and gets the same exception.
 */
@SpringBootTest(classes = MvcRoundTripTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.main.web-application-type=servlet",
      "errata.client.retry.max-attempts=2",
      "errata.client.retry.initial-backoff=1ms",
      "errata.client.retry.max-backoff=2ms"
    })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MvcRoundTripTest {

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import({RaisingController.class, TestCatalogs.class})
  static class App {
    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  /** Khipu's success envelope, as the application reads it. */
  record KhipuEnvelope(String OperationId, String Status, KhipuData Data) {}

  /** Its data. */
  record KhipuData(List<String> Accounts) {}

  @LocalServerPort
  int port;

  @Autowired
  RestClient.Builder builder;

  @Autowired
  RaisingController controller;

  @Autowired
  MeterRegistry registry;

  private RestClient khipu;
  private RestClient keyBank;

  @BeforeAll
  void clients() {
    String base = "http://127.0.0.1:" + port;
    // Two catalogs in one application: each client names its own.
    khipu = builder.clone().baseUrl(base).defaultRequest(r -> r.attribute(CatalogSelector.ATTRIBUTE, "Khipu")).build();
    keyBank = builder.clone().baseUrl(base).defaultRequest(r -> r.attribute(CatalogSelector.ATTRIBUTE, "KeyBank")).build();
  }

  private RestClient client(String catalog) {
    return catalog.equals("Khipu") ? khipu : keyBank;
  }

  @Test
  void everyEntryComesBackAsTheExceptionTheControllerThrew() {
    for (Entries.Entry entry : Entries.all()) {
      RoundTrip.check(entry, controller,
          () -> client(entry.catalog()).get().uri("/raise" + entry.path()).retrieve().body(String.class));
    }
    assertThat(RoundTrip.errors(registry, "Khipu", "AUTHENTICATION", "DO_NOT_RETRY") >= 1).isTrue();
    // Retried once, so decoded twice.
    assertThat(RoundTrip.errors(registry, "Khipu", "TARGET_UNAVAILABLE", "RETRY_IMMEDIATELY")).isEqualTo(2);
    assertThat(RoundTrip.errors(registry, "KeyBank", "SERVICE_UNAVAILABLE", "RETRY_LATER") >= 1).isTrue();
    RoundTrip.tagsAreEntries(registry);
  }

  @Test
  void aSuccessStillConvertsToTheApplicationsType() {
    KhipuEnvelope ok = khipu.get().uri("/khipu/ok").retrieve().body(KhipuEnvelope.class);
    assertThat(ok).isEqualTo(new KhipuEnvelope("op-ok", "OK", new KhipuData(List.of("acc-1"))));
    ResponseEntity<String> entity = khipu.get().uri("/khipu/ok").retrieve().toEntity(String.class);
    assertThat(entity.getBody()).isEqualTo(RaisingController.KHIPU_OK);
  }

  @Test
  void aRetryAfterIsWaitedInFull() {
    String body = keyBank.get().uri("/keybank/flaky").retrieve().body(String.class);
    assertThat(body).isEqualTo("{\"responseHeader\":{\"status\":\"S\"}}");
    List<Long> arrivals = controller.arrivals("/keybank/flaky");
    assertThat(arrivals.size()).isEqualTo(2);
    Duration waited = Duration.ofNanos(arrivals.get(1) - arrivals.get(0));
    assertWithMessage("%s", "waited " + waited).that(waited.compareTo(Duration.ofSeconds(1)) >= 0).isTrue();
  }

  @Test
  void aWrappedCatalogExceptionIsAnsweredAloneAndNoOtherExceptionLeaks() {
    KhipuAuthenticationException e = assertThrows(KhipuAuthenticationException.class,
        () -> khipu.get().uri("/khipu/wrapped").retrieve().body(String.class));
    assertThat(e.correlationId()).isEqualTo("corr-AUTHENTICATION");
    assertThat(e.report().bodyText()).doesNotContain(RaisingController.SECRET);
    KhipuException plain = assertThrows(KhipuException.class,
        () -> khipu.get().uri("/khipu/plain").retrieve().body(String.class));
    assertThat(plain.httpStatus()).isEqualTo(500);
    assertThat(plain.report().bodyText()).doesNotContain(RaisingController.SECRET);
    assertThat(plain.report().bodyText()).doesNotContain("IllegalStateException");
  }

  @Test
  void theProblemDetailBridgeWritesProblemJson() {
    ResponseEntity<String> response = RestClient.create("http://127.0.0.1:" + port).get()
        .uri("/problem/KeyBank/TOO_MANY_REQUESTS").retrieve()
        .onStatus(status -> true, (request, reply) -> { })
        .toEntity(String.class);
    assertThat(response.getStatusCode().value()).isEqualTo(429);
    assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("60");
    RoundTrip.checkProblem("TOO_MANY_REQUESTS", response.getHeaders().getContentType().toString(),
        response.getBody(), () -> "/problem/KeyBank/TOO_MANY_REQUESTS");
  }
}
