package dev.errata.spring.boot;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


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
      assertWithMessage("%s", entry + " is no failure").that(received).isEqualTo(null);
      return;
    }
    assertWithMessage("%s", entry + " threw nothing").that(received).isNotNull();
    assertWithMessage("%s", entry).that(received.getClass()).isSameInstanceAs(raised.getClass());
    assertWithMessage("%s", entry).that(received.errorCode()).isSameInstanceAs(raised.errorCode());
    assertWithMessage("%s", entry).that(received.code()).isEqualTo(raised.code());
    assertWithMessage("%s", entry).that(received.type()).isEqualTo(raised.type());
    assertWithMessage("%s", entry).that(received.retry()).isEqualTo(raised.retry());
    assertWithMessage("%s", entry).that(received.correlationId()).isEqualTo(raised.correlationId());
    assertWithMessage("%s", entry).that(received.attributes()).isEqualTo(raised.attributes());
    assertWithMessage("%s", entry).that(received.description()).isEqualTo(raised.description());
    assertWithMessage("%s", entry).that(received.httpStatus()).isEqualTo(raised.catalog().encode(raised).httpStatus());
    // Retried exactly as advised: "immediately" once more (the tests allow two attempts), else never.
    int expected = raised.retry().kind() == RetryAdvice.Kind.IMMEDIATELY ? 2 : 1;
    assertWithMessage("%s", entry + " requests").that(controller.arrivals(entry.path()).size()).isEqualTo(expected);
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
      assertWithMessage("%s", "a raw code as a tag: " + code).that(code.equals("Z999") || code.matches("\\d{3}|[A-Z]\\d{3}")).isFalse();
    }
    assertWithMessage("the unknown code is counted as UNKNOWN").that(errors(registry, "Khipu", "UNKNOWN", "DO_NOT_RETRY") >= 1).isTrue();
  }

  /** The problem detail of an entry, as the server wrote it. */
  static void checkProblem(String entryName, String contentType, String body, Supplier<String> path) {
    JsonNode problem = JsonMapper.builder().build().readTree(body);
    assertThat(contentType).startsWith("application/problem+json");
    CatalogException raised = Entries.raised("KeyBank", entryName);
    assertThat(problem.get("status").asInt()).isEqualTo(raised.catalog().encode(raised).httpStatus());
    assertThat(problem.get("title").asString()).isEqualTo(raised.errorCode().description());
    assertThat(problem.get("detail").asString()).isEqualTo("raised for " + entryName);
    assertThat(problem.get("instance").asString()).isEqualTo(path.get());
    assertThat(problem.get("code").asString()).isEqualTo(raised.code());
    assertThat(problem.get("errorType").asString()).isEqualTo(raised.type().name());
    assertThat(problem.get("correlationId").asString()).isEqualTo("corr-" + entryName);
    assertThat(problem.get("transactionId").asString()).isEqualTo("tx-" + entryName);
  }
}
