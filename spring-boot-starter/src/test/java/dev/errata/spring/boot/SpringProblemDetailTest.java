package dev.errata.spring.boot;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.fail;

import dev.errata.catalog.Decoded;
import dev.errata.samples.store.StoreErrorCode;
import dev.errata.samples.store.StoreException;
import dev.errata.samples.store.StoreMatcher;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A Spring MVC application that answers with Spring's own {@link ProblemDetail}, serialised by the
 * JSON converter Boot configures (Jackson, with Spring's problem detail mix-in), one per entry of the
 * problem-details sample catalog: each response, read back with the JDK's client, decodes to the
 * entry's exception with its detail, instance and extension members.
 */
@SpringBootTest(classes = SpringProblemDetailTest.App.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "spring.main.web-application-type=servlet")
class SpringProblemDetailTest {

  private static final String PREFIX = "https://example.com/probs/";

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @Import(ProblemController.class)
  static class App {}

  /** Spring's ProblemDetail of an entry, as an application written for Spring answers. */
  @RestController
  static class ProblemController {

    @GetMapping("/problems/{entry}")
    ResponseEntity<ProblemDetail> problem(@PathVariable("entry") String name) {
      StoreErrorCode entry = StoreErrorCode.valueOf(name);
      HttpStatusCode status = HttpStatusCode.valueOf(status(entry));
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "Detail of " + name + " (ñ, \"quoted\")");
      if (entry.isUnknown()) {
        problem.setType(URI.create(PREFIX + "something-new"));
      } else if (!entry.code().isEmpty()) {
        problem.setType(URI.create(PREFIX + entry.code()));
      }
      // An entry of statuses alone keeps Spring's default type, about:blank.
      problem.setTitle(entry.description(Locale.ENGLISH).isEmpty() ? null : entry.description(Locale.ENGLISH));
      problem.setInstance(URI.create("/orders/" + name.toLowerCase(Locale.ROOT)));
      problem.setProperty("balance", 30);
      problem.setProperty("accounts", List.of("/account/12345", "/account/67890"));
      return ResponseEntity.status(status).body(problem);
    }
  }

  private static int status(StoreErrorCode entry) {
    return entry.httpStatus() != 0 ? entry.httpStatus() : 500;
  }

  @LocalServerPort
  int port;

  @Test
  void everyEntrysSpringProblemDetailDecodesToItsException() throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    for (StoreErrorCode entry : StoreErrorCode.values()) {
      HttpResponse<byte[]> response = client.send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/problems/" + entry.name())).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertWithMessage("%s", entry.name()).that(response.statusCode()).isEqualTo(status(entry));
      assertThat(response.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/problem+json");

      Decoded<StoreException> decoded =
          StoreMatcher.decode(response.statusCode(), response.body(), response.headers().map());

      if (!(decoded instanceof Decoded.Failure<StoreException> failure)) {
        fail(entry + ": " + decoded);
        return;
      }
      StoreException e = failure.error();
      String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
      assertWithMessage("%s", body).that(e.errorCode()).isSameInstanceAs(entry);
      assertThat(e.getClass().getSimpleName()).isEqualTo(exceptionClass(entry));
      assertThat(e.code()).isEqualTo(entry.isUnknown() ? "something-new" : entry.code());
      assertThat(e.description()).isEqualTo("Detail of " + entry.name() + " (ñ, \"quoted\")");
      assertThat(e.correlationId()).isEqualTo("/orders/" + entry.name().toLowerCase(Locale.ROOT));
      assertWithMessage("%s", body).that(e.attribute("balance")).isEqualTo("30");
      assertThat(e.attribute("accounts")).isEqualTo("[\"/account/12345\",\"/account/67890\"]");
      assertThat(e.httpStatus()).isEqualTo(status(entry));
      assertWithMessage("%s", body).that(e.report().problem()).isNull();
      if (entry.code().isEmpty() && !entry.isUnknown()) {
        // Spring writes its default type, about:blank, as no type at all (Spring 7) or as itself.
        assertWithMessage("%s", body).that(!body.contains("\"type\"") || body.contains("\"type\":\"about:blank\"")).isTrue();
      } else {
        assertThat(body).contains("\"type\":\"" + PREFIX);
      }
    }
  }

  /** The generated class of an entry: {@code Store}, the entry's name in upper camel case, {@code Exception}. */
  private static String exceptionClass(StoreErrorCode entry) {
    StringBuilder name = new StringBuilder("Store");
    for (String word : entry.name().split("_")) {
      name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    return name.append("Exception").toString();
  }
}
