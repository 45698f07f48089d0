package dev.errata.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertTrue(RoundTrip.errors(registry, "Khipu", "AUTHENTICATION", "DO_NOT_RETRY") >= 1);
    // Retried once, so decoded twice.
    assertEquals(2, RoundTrip.errors(registry, "Khipu", "TARGET_UNAVAILABLE", "RETRY_IMMEDIATELY"));
    assertTrue(RoundTrip.errors(registry, "KeyBank", "SERVICE_UNAVAILABLE", "RETRY_LATER") >= 1);
    RoundTrip.tagsAreEntries(registry);
  }

  @Test
  void aSuccessStillConvertsToTheApplicationsType() {
    KhipuEnvelope ok = khipu.get().uri("/khipu/ok").retrieve().body(KhipuEnvelope.class);
    assertEquals(new KhipuEnvelope("op-ok", "OK", new KhipuData(List.of("acc-1"))), ok);
    ResponseEntity<String> entity = khipu.get().uri("/khipu/ok").retrieve().toEntity(String.class);
    assertEquals(RaisingController.KHIPU_OK, entity.getBody());
  }

  @Test
  void aRetryAfterIsWaitedInFull() {
    String body = keyBank.get().uri("/keybank/flaky").retrieve().body(String.class);
    assertEquals("{\"responseHeader\":{\"status\":\"S\"}}", body);
    List<Long> arrivals = controller.arrivals("/keybank/flaky");
    assertEquals(2, arrivals.size());
    Duration waited = Duration.ofNanos(arrivals.get(1) - arrivals.get(0));
    assertTrue(waited.compareTo(Duration.ofSeconds(1)) >= 0, "waited " + waited);
  }

  @Test
  void aWrappedCatalogExceptionIsAnsweredAloneAndNoOtherExceptionLeaks() {
    KhipuAuthenticationException e = assertThrows(KhipuAuthenticationException.class,
        () -> khipu.get().uri("/khipu/wrapped").retrieve().body(String.class));
    assertEquals("corr-AUTHENTICATION", e.correlationId());
    assertFalse(e.report().bodyText().contains(RaisingController.SECRET), e.report().bodyText());
    KhipuException plain = assertThrows(KhipuException.class,
        () -> khipu.get().uri("/khipu/plain").retrieve().body(String.class));
    assertEquals(500, plain.httpStatus());
    assertFalse(plain.report().bodyText().contains(RaisingController.SECRET), plain.report().bodyText());
    assertFalse(plain.report().bodyText().contains("IllegalStateException"), plain.report().bodyText());
  }

  @Test
  void theProblemDetailBridgeWritesProblemJson() {
    ResponseEntity<String> response = RestClient.create("http://127.0.0.1:" + port).get()
        .uri("/problem/KeyBank/TOO_MANY_REQUESTS").retrieve()
        .onStatus(status -> true, (request, reply) -> { })
        .toEntity(String.class);
    assertEquals(429, response.getStatusCode().value());
    assertEquals("60", response.getHeaders().getFirst("Retry-After"));
    RoundTrip.checkProblem("TOO_MANY_REQUESTS", response.getHeaders().getContentType().toString(),
        response.getBody(), () -> "/problem/KeyBank/TOO_MANY_REQUESTS");
  }
}
