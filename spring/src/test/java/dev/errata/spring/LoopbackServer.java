package dev.errata.spring;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A JDK {@link HttpServer} on 127.0.0.1 that answers each path with a script of responses, the last
 * one repeated, and misbehaves on purpose when a response says so: it cuts the body short, or holds
 * the response back. It records when each request arrived, by the clock it is given.
 */
final class LoopbackServer implements AutoCloseable {

  /** One scripted response. */
  record Reply(int status, Map<String, String> headers, byte[] body, int cutAfter, Duration holdBack,
      CountDownLatch gate) {

    static Reply json(int status, String body) {
      return of(status, "application/json", utf8(body));
    }

    static Reply of(int status, String contentType, byte[] body) {
      return new Reply(status, Map.of("Content-Type", contentType), body, -1, Duration.ZERO, null);
    }

    Reply header(String name, String value) {
      Map<String, String> more = new java.util.LinkedHashMap<>(headers);
      more.put(name, value);
      return new Reply(status, more, body, cutAfter, holdBack, gate);
    }

    /** Announces the whole body, sends {@code bytes} of it, and closes the connection. */
    Reply cutAfter(int bytes) {
      return new Reply(status, headers, body, bytes, holdBack, gate);
    }

    /** Waits {@code delay} before answering. */
    Reply holdBack(Duration delay) {
      return new Reply(status, headers, body, cutAfter, delay, null);
    }

    /** Waits until {@code gate} opens, {@code atMost} at most, before answering. */
    Reply holdBack(CountDownLatch gate, Duration atMost) {
      return new Reply(status, headers, body, cutAfter, atMost, gate);
    }
  }

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(16);
  private final Map<String, List<Reply>> scripts = new ConcurrentHashMap<>();
  private final Map<String, List<Instant>> arrivals = new ConcurrentHashMap<>();
  private final Map<String, List<String>> methods = new ConcurrentHashMap<>();
  private volatile Clock clock = Clock.systemUTC();

  LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** Arrivals are recorded by {@code clock} from now on. */
  void clock(Clock clock) {
    this.clock = clock;
  }

  /** The URI of {@code path} on this server. */
  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /** Answers {@code path} with {@code replies}, one per request, the last one again and again. */
  void script(String path, Reply... replies) {
    scripts.put(path, List.of(replies));
    arrivals.put(path, java.util.Collections.synchronizedList(new ArrayList<>()));
    methods.put(path, java.util.Collections.synchronizedList(new ArrayList<>()));
  }

  /** When each request to {@code path} arrived. */
  List<Instant> arrivals(String path) {
    synchronized (arrivals.get(path)) {
      return List.copyOf(arrivals.get(path));
    }
  }

  /** How many requests {@code path} received. */
  int requests(String path) {
    return arrivals(path).size();
  }

  /** The methods of the requests {@code path} received. */
  List<String> methods(String path) {
    synchronized (methods.get(path)) {
      return List.copyOf(methods.get(path));
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    List<Reply> script = scripts.get(path);
    try (exchange; InputStream request = exchange.getRequestBody()) {
      request.readAllBytes();
      if (script == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      List<Instant> seen = arrivals.get(path);
      int index;
      synchronized (seen) {
        index = seen.size();
        seen.add(clock.instant());
      }
      methods.get(path).add(exchange.getRequestMethod());
      Reply reply = script.get(Math.min(index, script.size() - 1));
      if (reply.gate() != null) {
        reply.gate().await(reply.holdBack().toMillis(), TimeUnit.MILLISECONDS);
      } else if (!reply.holdBack().isZero()) {
        Thread.sleep(reply.holdBack().toMillis());
      }
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      byte[] body = exchange.getRequestMethod().equals("HEAD") ? new byte[0] : reply.body();
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        OutputStream out = exchange.getResponseBody();
        out.write(body, 0, reply.cutAfter() < 0 ? body.length : reply.cutAfter());
        out.flush();
        if (reply.cutAfter() >= 0) {
          // Fewer bytes than announced: closing the exchange now closes the connection mid-body.
          exchange.close();
        }
      }
    } catch (IOException | InterruptedException expected) {
      // A cut body, or a client that stopped reading (a body over its limit): what the test wants.
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
