package dev.errata.samples;

import com.sun.net.httpserver.HttpServer;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.ErrorCode;
import dev.errata.samples.google.GoogleMatcher;
import dev.errata.samples.keybank.KeyBankMatcher;
import dev.errata.samples.khipu.KhipuFailureMatcher;
import dev.errata.samples.khipu.KhipuHttpMatcher;
import dev.errata.samples.khipu.KhipuMatcher;
import dev.errata.samples.stripe.StripeMatcher;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The runnable demo: real and realistic error responses of Khipu, KeyBank, Stripe and Google decoded
 * into typed exceptions with retry advice, then a client that retries a local stub server exactly as
 * advised.
 */
public final class Demo {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private Demo() {}

  /** Runs the demo; exits with status 1 if the client did not retry as the catalog says. */
  public static void main(String[] args) throws Exception {
    System.out.println("== Khipu: example envelopes from the docs (English, Spanish) and one response per row");
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

  private static void print(DemoResponses.Response response, Decoded<? extends CatalogException> decoded) {
    String what = decoded instanceof Decoded.Failure<?> failure
        ? failure.error().getClass().getSimpleName()
        : decoded instanceof Decoded.Warning<?> warning
            ? "warning " + warning.warning().getClass().getSimpleName()
            : "success";
    StringBuilder line = new StringBuilder(String.format("%-26s HTTP %d  %-42s", response.label(),
        response.status(), what));
    decoded.exception().ifPresent(exception -> {
      ErrorCode entry = exception.errorCode();
      String english = entry.description(Locale.ENGLISH);
      String spanish = entry.description(SPANISH);
      line.append(String.format(" code %-14s retry %-16s %s%s",
          exception.code().isEmpty() ? "-" : exception.code(),
          exception.retry(),
          english.isEmpty() ? "(no description: unknown code)" : english,
          spanish.equals(english) ? "" : " | " + spanish));
    });
    if (decoded.report().problem() != null) {
      line.append("  [body: ").append(decoded.report().problem()).append(']');
    }
    System.out.println(line);
  }

  /**
   * A loopback stub answers /accounts with E201 twice, then success; /login with E105 (DO_NOT_RETRY).
   * The client must send /accounts three times and /login once.
   */
  private static boolean clientAgainstStubServer() throws IOException, InterruptedException {
    System.out.println("== Client: java.net.http.HttpClient against a local stub server, retrying as the catalog says");
    AtomicInteger accounts = new AtomicInteger();
    AtomicInteger logins = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/accounts", exchange -> {
      int call = accounts.incrementAndGet();
      respond(exchange, call <= 2 ? DemoResponses.khipuError("E201", "RETRY_IMMEDIATELY",
          "The target service used for data extraction is not available.") : DemoResponses.khipuOk());
    });
    server.createContext("/login", exchange -> {
      logins.incrementAndGet();
      respond(exchange, DemoResponses.khipuError("E105", "DO_NOT_RETRY", "Invalid credentials."));
    });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort();
      RetryingClient client = new RetryingClient(5, Duration.ofMillis(200));
      client.get(URI.create(base + "/accounts"), KhipuMatcher::decode, Demo::attempt);
      client.get(URI.create(base + "/login"), KhipuMatcher::decode, Demo::attempt);
    } finally {
      server.stop(0);
    }
    boolean asAdvised = accounts.get() == 3 && logins.get() == 1;
    System.out.printf("/accounts was requested %d times (E201 twice, retried immediately, then OK);"
            + " /login %d time (E105 is DO_NOT_RETRY): %s%n",
        accounts.get(), logins.get(), asAdvised ? "as the catalog advises" : "NOT AS ADVISED");
    return asAdvised;
  }

  private static String attempt(int attempt, Decoded<? extends CatalogException> decoded) {
    return "  attempt " + attempt + ": " + decoded.exception()
        .map(e -> e.getClass().getSimpleName() + " " + e.code() + ", retry " + e.retry())
        .orElse("success");
  }

  private static void respond(com.sun.net.httpserver.HttpExchange exchange, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().put("Content-Type", List.of("application/json"));
    exchange.sendResponseHeaders(200, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
