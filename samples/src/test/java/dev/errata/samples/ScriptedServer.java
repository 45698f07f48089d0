package dev.errata.samples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.errata.catalog.Catalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A JDK {@link HttpServer} on 127.0.0.1 that answers each path with a script of replies, one per
 * request, the last one again and again, and counts the requests: one per test class, for the tests
 * of the integration modules. A path without a script answers 404.
 */
public final class ScriptedServer implements AutoCloseable {

  /** One reply: status, headers (one value each) and body. */
  public record Reply(int status, Map<String, String> headers, byte[] body) {

    /** A JSON reply. */
    public static Reply json(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "application/json"), body.getBytes(StandardCharsets.UTF_8));
    }

    /** The same reply with one more header. */
    public Reply header(String name, String value) {
      Map<String, String> more = new LinkedHashMap<>(headers);
      more.put(name, value);
      return new Reply(status, more, body);
    }

    /** The headers as a map of lists, as {@code Catalog.decode} takes them. */
    public Map<String, List<String>> headerLists() {
      Map<String, List<String>> lists = new LinkedHashMap<>();
      headers.forEach((name, value) -> lists.put(name, List.of(value)));
      return lists;
    }

    /** The body as text. */
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  static {
    // Headers and body go out in separate writes: without TCP_NODELAY each response waits out the
    // client's delayed ACK (40 ms on Linux). Read once, when the JDK's server first starts.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final Map<String, List<Reply>> scripts = new ConcurrentHashMap<>();
  private final Map<String, List<String>> requests = new ConcurrentHashMap<>();

  private ScriptedServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** A server on a free port of 127.0.0.1. */
  public static ScriptedServer start() {
    try {
      return new ScriptedServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code http://127.0.0.1:<port>}. */
  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** The URI of {@code path} on this server. */
  public URI uri(String path) {
    return URI.create(base() + path);
  }

  /** Answers {@code path} with {@code replies}, one per request, the last one again and again; counts afresh. */
  public void script(String path, Reply... replies) {
    if (replies.length == 0) {
      throw new IllegalArgumentException("a script needs a reply");
    }
    scripts.put(path, List.of(replies));
    requests.put(path, Collections.synchronizedList(new ArrayList<>()));
  }

  /** How many requests {@code path} received since its script was set. */
  public int requests(String path) {
    return methods(path).size();
  }

  /** The methods of the requests {@code path} received since its script was set. */
  public List<String> methods(String path) {
    List<String> seen = requests.get(path);
    if (seen == null) {
      return List.of();
    }
    synchronized (seen) {
      return List.copyOf(seen);
    }
  }

  /**
   * An application's own call, for the retry libraries to wrap: GET {@code path} with {@code
   * java.net.http}, decode the response with {@code catalog}, and throw the typed exception of a
   * failure (an {@code UncheckedIOException} for a failed connection); else the body.
   */
  public String call(Catalog<?> catalog, String path) {
    try {
      HttpResponse<byte[]> response = HTTP.send(HttpRequest.newBuilder(uri(path)).build(), BodyHandlers.ofByteArray());
      return body(catalog, response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@link #call} without blocking: the stage fails with the typed exception. */
  public CompletionStage<String> callAsync(Catalog<?> catalog, String path) {
    return HTTP.sendAsync(HttpRequest.newBuilder(uri(path)).build(), BodyHandlers.ofByteArray())
        .thenApply(response -> body(catalog, response));
  }

  private static String body(Catalog<?> catalog, HttpResponse<byte[]> response) {
    catalog.decode(response.statusCode(), response.body(), response.headers().map()).throwIfFailure();
    return new String(response.body(), StandardCharsets.UTF_8);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    try (exchange; InputStream request = exchange.getRequestBody()) {
      request.readAllBytes();
      List<Reply> script = scripts.get(path);
      if (script == null) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      List<String> seen = requests.get(path);
      Reply reply;
      synchronized (seen) {
        reply = script.get(Math.min(seen.size(), script.size() - 1));
        seen.add(exchange.getRequestMethod());
      }
      reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
      byte[] body = exchange.getRequestMethod().equals("HEAD") ? new byte[0] : reply.body();
      exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    } catch (IOException clientLeft) {
      // A client that stopped reading (a body over its limit): nothing to answer.
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
