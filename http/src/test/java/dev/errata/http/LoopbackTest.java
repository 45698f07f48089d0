package dev.errata.http;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * What the client tests share: one {@link LoopbackServer} per test class, fresh {@link FakeTime} per
 * test (by which the server records arrivals), one {@code HttpClient}, and the Ledger envelopes.
 */
abstract class LoopbackTest {

  /** One HttpClient for the tests' clients, as an application shares one. */
  static final HttpClient HTTP = HttpClient.newHttpClient();

  /** A Ledger success. */
  static final String OK = "{\"status\":\"ok\",\"data\":{\"balance\":42}}";

  static LoopbackServer server;
  FakeTime time;

  @BeforeAll
  static void startServer() throws IOException {
    server = new LoopbackServer();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @BeforeEach
  void freshTime() {
    time = new FakeTime();
    server.clock(time);
  }

  @AfterEach
  void stopTime() {
    time.close();
  }

  /** A Ledger error envelope. */
  static String error(String code, String type, String message) {
    return "{\"status\":\"error\",\"requestId\":\"req-" + code + "\",\"error\":{\"code\":\"" + code + "\",\"type\":\""
        + type + "\",\"message\":\"" + message + "\"}}";
  }

  static HttpRequest get(String path) {
    return HttpRequest.newBuilder(server.uri(path)).GET().build();
  }
}
