package dev.errata.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Outcome;
import dev.errata.catalog.RetryAdvice;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the MVC and WebFlux tests assert alike, for every entry. */
final class RoundTrip {

  private RoundTrip() {}

  /**
   * Calls the controller for {@code entry}; an error entry must come back as the exception the
   * server raised, field by field, a success or warning entry as a normal return.
   *
   * @param call calls the path and returns normally, or throws what the client threw
   */
  static void check(Entries.Entry entry, RaisingController controller, Runnable call) {
    CatalogException raised = Entries.raised(entry.catalog(), entry.code().name());
    Outcome outcome = raised.type().outcome();
    CatalogException received = null;
    try {
      call.run();
    } catch (CatalogException e) {
      received = e;
    }
    if (outcome != Outcome.FAILURE) {
      assertEquals(null, received, entry + " is no failure");
      return;
    }
    assertNotNull(received, entry + " threw nothing");
    assertSame(raised.getClass(), received.getClass(), entry.toString());
    assertSame(raised.errorCode(), received.errorCode(), entry.toString());
    assertEquals(raised.code(), received.code(), entry.toString());
    assertEquals(raised.type(), received.type(), entry.toString());
    assertEquals(raised.retry(), received.retry(), entry.toString());
    assertEquals(raised.correlationId(), received.correlationId(), entry.toString());
    assertEquals(raised.attributes(), received.attributes(), entry.toString());
    assertEquals(raised.description(), received.description(), entry.toString());
    assertEquals(raised.catalog().encode(raised).httpStatus(), received.httpStatus(), entry.toString());
    // Retried exactly as advised: "immediately" once more (the tests allow two attempts), else never.
    int expected = raised.retry().kind() == RetryAdvice.Kind.IMMEDIATELY ? 2 : 1;
    assertEquals(expected, controller.arrivals(entry.path()).size(), entry + " requests");
  }

  /** What the counter of the entry's catalog, entry and type says now. */
  static double errors(MeterRegistry registry, String catalog, String code, String type) {
    Counter counter = registry.find(DecodedErrorCounter.ERRORS)
        .tags("catalog", catalog, "code", code, "type", type).counter();
    return counter == null ? 0 : counter.count();
  }

  /** No counter has a tag value that is a raw code rather than an entry's name. */
  static void tagsAreEntries(MeterRegistry registry) {
    for (Meter meter : registry.find(DecodedErrorCounter.ERRORS).meters()) {
      String code = meter.getId().getTag("code");
      assertFalse(code.equals("Z999") || code.matches("\\d{3}|[A-Z]\\d{3}"), "a raw code as a tag: " + code);
    }
    assertTrue(errors(registry, "Khipu", "UNKNOWN", "DO_NOT_RETRY") >= 1, "the unknown code is counted as UNKNOWN");
  }

  /** The problem detail of an entry, as the server wrote it. */
  static void checkProblem(String entryName, String contentType, String body, Supplier<String> path) {
    JsonNode problem = JsonMapper.builder().build().readTree(body);
    assertTrue(contentType.startsWith("application/problem+json"), contentType);
    CatalogException raised = Entries.raised("KeyBank", entryName);
    assertEquals(raised.catalog().encode(raised).httpStatus(), problem.get("status").asInt());
    assertEquals(raised.errorCode().description(), problem.get("title").asString());
    assertEquals("raised for " + entryName, problem.get("detail").asString());
    assertEquals(path.get(), problem.get("instance").asString());
    assertEquals(raised.code(), problem.get("code").asString());
    assertEquals(raised.type().name(), problem.get("errorType").asString());
    assertEquals("corr-" + entryName, problem.get("correlationId").asString());
    assertEquals("tx-" + entryName, problem.get("transactionId").asString());
  }
}
