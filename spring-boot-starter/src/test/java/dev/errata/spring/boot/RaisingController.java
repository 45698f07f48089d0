package dev.errata.spring.boot;

import dev.errata.catalog.ErrorReport;
import dev.errata.samples.keybank.KeyBankMatcher;
import dev.errata.spring.CatalogResponder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A controller for Spring MVC and WebFlux alike: it throws the typed exception of any entry, and
 * misbehaves on purpose elsewhere. It records when each request to a path arrived ({@code
 * System.nanoTime()}).
 */
@RestController
class RaisingController {

  static final String KHIPU_OK =
      "{\"OperationId\":\"op-ok\",\"Status\":\"OK\",\"Data\":{\"Accounts\":[\"acc-1\"]},\"Error\":null}";
  static final String SECRET = "password=hunter2";

  private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();

  List<Long> arrivals(String path) {
    return List.copyOf(arrivals.getOrDefault(path, List.of()));
  }

  private int arrive(String path) {
    List<Long> seen = arrivals.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>());
    seen.add(System.nanoTime());
    return seen.size();
  }

  @GetMapping("/raise/{catalog}/{entry}")
  ResponseEntity<String> raise(@PathVariable("catalog") String catalog, @PathVariable("entry") String entry) {
    arrive("/" + catalog + "/" + entry);
    throw Entries.raised(catalog, entry);
  }

  @GetMapping("/problem/{catalog}/{entry}")
  ResponseEntity<?> problem(@PathVariable("catalog") String catalog, @PathVariable("entry") String entry) {
    return CatalogResponder.problemDetail().respond(Entries.raised(catalog, entry));
  }

  @GetMapping("/khipu/ok")
  ResponseEntity<String> khipuOk() {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(KHIPU_OK);
  }

  /** KeyBank's 503 with a Retry-After of one second, then a success. */
  @GetMapping("/keybank/flaky")
  ResponseEntity<String> flaky() {
    if (arrive("/keybank/flaky") == 1) {
      throw KeyBankMatcher.toException(ErrorReport.builder().code("503").retryAfter(Duration.ofSeconds(1)).build());
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
        .body("{\"responseHeader\":{\"status\":\"S\"}}");
  }

  /** A catalog exception inside another, whose message must go nowhere. */
  @GetMapping("/khipu/wrapped")
  ResponseEntity<String> wrapped() {
    throw new IllegalStateException("could not connect with " + SECRET,
        new RuntimeException("retrying failed", Entries.raised("Khipu", "AUTHENTICATION")));
  }

  /** No catalog's exception at all. */
  @GetMapping("/khipu/plain")
  ResponseEntity<String> plain() {
    throw new IllegalStateException("could not connect with " + SECRET);
  }
}
