package dev.errata.samples;

import static com.google.common.truth.Truth.assertThat;


import com.sun.net.httpserver.HttpServer;
import dev.errata.http.Attempt;
import dev.errata.http.ErrataHttpClient;
import dev.errata.samples.khipu.KhipuException;
import dev.errata.samples.khipu.KhipuLogonException;
import dev.errata.samples.khipu.KhipuMatcher;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The five-line client of README's "Call an API", as written there, against a loopback stub. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ReadmeClientTest {

  @Test
  void theReadmesClientWorksAsItSays() throws Exception {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/accounts", exchange -> {
      byte[] body = DemoResponses.khipuOk().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.createContext("/login", exchange -> {
      byte[] body = DemoResponses.khipuError("E105", "DO_NOT_RETRY", "Invalid credentials.")
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    String api = "http://127.0.0.1:" + server.getAddress().getPort();
    try {
      // README, "Call an API", with the stub's address for https://api.example.com.
      ErrataHttpClient<KhipuException> khipu = ErrataHttpClient.of(KhipuMatcher.catalog());
      HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/accounts")).build();
      HttpResponse<String> response = khipu.send(request, BodyHandlers.ofString());
      assertThat(response.body()).isEqualTo(DemoResponses.khipuOk());

      KhipuException caught = null;
      try {
        khipu.send(HttpRequest.newBuilder(URI.create(api + "/login")).build(), BodyHandlers.ofString());
      } catch (KhipuException e) {
        caught = e;
      }
      assertThat(caught).isNotNull();
      assertThat(caught.getClass()).isEqualTo(KhipuLogonException.class);
      assertThat(caught.code()).isEqualTo("E105");
      assertThat(caught.correlationId()).isEqualTo("op-E105");
      assertThat(Attempt.of(caught).size()).isEqualTo(1);
    } finally {
      server.stop(0);
    }
  }
}
