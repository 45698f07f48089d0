package dev.errata.samples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.RetryPolicy;
import dev.errata.http.Attempt;
import dev.errata.http.ErrataHttpClient;
import dev.errata.samples.google.GoogleMatcher;
import dev.errata.samples.keybank.KeyBankMatcher;
import dev.errata.samples.khipu.KhipuException;
import dev.errata.samples.khipu.KhipuFailureMatcher;
import dev.errata.samples.khipu.KhipuHttpMatcher;
import dev.errata.samples.khipu.KhipuMatcher;
import dev.errata.samples.stripe.StripeMatcher;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runnable demo: real and realistic error responses of Khipu, KeyBank, Stripe and Google decoded
 * into typed exceptions with retry advice, then {@link ErrataHttpClient} calling a local stub server,
 * retrying exactly as the catalog advises. Every line fits 120 columns.
 */
public final class Demo {

  /** The widest line printed. */
  static final int WIDTH = 120;

  private Demo() {}

  /** Runs the demo; exits with status 1 if the client did not retry as the catalog says. */
  public static void main(String[] args) throws Exception {
    System.out.println("== Khipu: the docs' example (English, then Spanish), then one response per row of the catalog");
    for (DemoResponses.Response response : DemoResponses.khipu()) {
      print(response, KhipuMatcher.decode(response.status(), response.bytes()));
    }
    System.out.println();
    System.out.println("== Khipu FailureReason values (groups say whether Khipu's team is alerted)");
    for (DemoResponses.Response response : DemoResponses.khipuFailures()) {
      print(response, KhipuFailureMatcher.decode(response.status(), response.bytes()));
    }
    System.out.println();
    System.out.println("== Khipu HTTP statuses, for responses without an Error object");
    for (DemoResponses.Response response : DemoResponses.khipuHttp()) {
      print(response, KhipuHttpMatcher.decode(response.status(), response.bytes()));
    }
    System.out.println();
    System.out.println("== KeyBank: the status is the code; the exception schema is the body");
    for (DemoResponses.Response response : DemoResponses.keyBank()) {
      print(response, KeyBankMatcher.decode(response.status(), response.bytes(), response.headers()));
    }
    System.out.println();
    System.out.println("== Stripe: snake_case codes (one code each, x or no x); no code, typed by the status");
    for (DemoResponses.Response response : DemoResponses.stripe()) {
      print(response, StripeMatcher.decode(response.status(), response.bytes(), response.headers()));
    }
    System.out.println();
    System.out.println("== Google: the status string is the code; HTTP statuses stand for the code declared first");
    for (DemoResponses.Response response : DemoResponses.google()) {
      print(response, GoogleMatcher.decode(response.status(), response.bytes()));
    }
    System.out.println();
    boolean retriedAsAdvised = clientAgainstStubServer();
    if (!retriedAsAdvised) {
      System.exit(1);
    }
  }

  /**
   * Two lines per response: what it decoded to (exception class, code, retry advice), then what it
   * says, in the reader's language: the description the response gave, and the catalog's.
   */
  private static void print(DemoResponses.Response response, Decoded<? extends CatalogException> decoded) {
    String what = decoded instanceof Decoded.Failure<?> failure
        ? failure.error().getClass().getSimpleName()
        : decoded instanceof Decoded.Warning<?> warning
            ? "warning " + warning.warning().getClass().getSimpleName()
            : "success";
    StringBuilder line = new StringBuilder(String.format("%-26s HTTP %d  %-44s", response.label(),
        response.status(), what));
    decoded.exception().ifPresent(exception -> line.append(" retry ").append(exception.retry()));
    System.out.println(fit(line.toString().stripTrailing()));
    decoded.exception().ifPresent(exception -> {
      String code = exception.code().isEmpty() ? "(no code)" : exception.code();
      String detail = decoded.report().problem() != null
          ? "body: " + decoded.report().problem()
          : says(response, exception);
      System.out.println(fit("    " + code + ": " + detail));
    });
  }

  private static String says(DemoResponses.Response response, CatalogException exception) {
    Locale locale = response.locale();
    String catalog = exception.errorCode().description(locale);
    String said = exception.report().description();
    String language = locale.getLanguage();
    StringBuilder says = new StringBuilder();
    if (said != null && !said.isBlank() && !said.equals(catalog)) {
      says.append("said \"").append(said).append("\"; ");
    }
    return says.append("catalog (").append(language).append("): ")
        .append(catalog.isEmpty() ? "no description, the code is unknown" : catalog).toString();
  }

  /** The text cut to {@link #WIDTH} columns. */
  static String fit(String text) {
    return text.length() <= WIDTH ? text : text.substring(0, WIDTH - 3) + "...";
  }

  /**
   * A loopback stub answers /accounts with E201 (retry immediately) twice, then OK; /login with E105
   * (never); /statement with F000 (wait 4 hours, past the client's 30 seconds). The client must send
   * /accounts three times, and the others once each.
   */
  private static boolean clientAgainstStubServer() throws IOException, InterruptedException {
    System.out.println("== ErrataHttpClient (java.net.http) against a local stub server, retrying as the catalog says");
    Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      int call = requests.computeIfAbsent(path, key -> new AtomicInteger()).incrementAndGet();
      respond(exchange, switch (path) {
        case "/accounts" -> call <= 2
            ? DemoResponses.khipuError("E201", "RETRY_IMMEDIATELY", "The target service is not available.")
            : DemoResponses.khipuOk();
        case "/login" -> DemoResponses.khipuError("E105", "DO_NOT_RETRY", "Invalid credentials.");
        default -> DemoResponses.khipuError("F000", "WAIT_4_HOURS_BEFORE_RETRY", "Parser failed.");
      });
    });
    server.start();
    try {
      ErrataHttpClient<KhipuException> khipu = ErrataHttpClient.of(KhipuMatcher.catalog());
      System.out.println(fit("policy: " + khipu.retryPolicy()));
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      for (String path : List.of("/accounts", "/login", "/statement")) {
        call(khipu, URI.create(base + path), requests);
      }
    } finally {
      server.stop(0);
    }
    boolean asAdvised = count(requests, "/accounts") == 3 && count(requests, "/login") == 1
        && count(requests, "/statement") == 1;
    System.out.println(fit(String.format("requests sent: /accounts %d, /login %d, /statement %d: %s",
        count(requests, "/accounts"), count(requests, "/login"), count(requests, "/statement"),
        asAdvised ? "as the catalog advises" : "NOT AS ADVISED")));
    return asAdvised;
  }

  private static void call(ErrataHttpClient<KhipuException> khipu, URI uri, Map<String, AtomicInteger> requests)
      throws IOException, InterruptedException {
    String path = uri.getPath();
    try {
      HttpResponse<String> response = khipu.send(HttpRequest.newBuilder(uri).build(), BodyHandlers.ofString());
      System.out.println(fit(String.format("GET %-11s HTTP %d, after %d requests: %s", path,
          response.statusCode(), count(requests, path), response.body())));
    } catch (KhipuException e) {
      System.out.println(fit(String.format("GET %-11s threw %s %s, retry %s", path, e.getClass().getSimpleName(),
          e.code(), e.retry())));
      for (Attempt attempt : Attempt.of(e)) {
        String decided = attempt.decision() instanceof RetryPolicy.Decision.GiveUp giveUp
            ? "gave up: " + giveUp.message()
            : "retried after " + ((RetryPolicy.Decision.Retry) attempt.decision()).delay().toMillis() + " ms";
        System.out.println(fit("    attempt " + attempt.number() + ": " + decided));
      }
    }
  }

  private static int count(Map<String, AtomicInteger> requests, String path) {
    AtomicInteger count = requests.get(path);
    return count == null ? 0 : count.get();
  }

  private static void respond(HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().put("Content-Type", List.of("application/json"));
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
