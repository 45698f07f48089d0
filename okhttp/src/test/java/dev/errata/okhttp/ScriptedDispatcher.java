package dev.errata.okhttp;

import dev.errata.samples.ScriptedServer.Reply;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * MockWebServer's answers by path: a script of replies, one per request, the last one again and
 * again; a path without a script answers 404. Counts the requests of each path.
 */
final class ScriptedDispatcher extends Dispatcher {

  private final Map<String, List<Reply>> scripts = new ConcurrentHashMap<>();
  private final Map<String, List<String>> requests = new ConcurrentHashMap<>();

  /** A started MockWebServer on 127.0.0.1 that answers with this dispatcher. */
  MockWebServer start() throws IOException {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelay());
    server.setDispatcher(this);
    server.start(InetAddress.getLoopbackAddress(), 0);
    return server;
  }

  /**
   * MockWebServer writes a response's headers and body apart: without TCP_NODELAY each response
   * waits out the client's delayed ACK (40 ms on Linux).
   */
  private static final class NoDelay extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket socket = super.accept();
          socket.setTcpNoDelay(true);
          return socket;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
      throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
    }
  }

  void script(String path, Reply... replies) {
    scripts.put(path, List.of(replies));
    requests.put(path, Collections.synchronizedList(new ArrayList<>()));
  }

  int requests(String path) {
    return methods(path).size();
  }

  List<String> methods(String path) {
    List<String> seen = requests.get(path);
    if (seen == null) {
      return List.of();
    }
    synchronized (seen) {
      return List.copyOf(seen);
    }
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    List<Reply> script = scripts.get(path);
    if (script == null) {
      return new MockResponse.Builder().code(404).build();
    }
    List<String> seen = requests.get(path);
    Reply reply;
    synchronized (seen) {
      reply = script.get(Math.min(seen.size(), script.size() - 1));
      seen.add(request.getMethod());
    }
    MockResponse.Builder response = new MockResponse.Builder().code(reply.status());
    reply.headers().forEach(response::setHeader);
    return response.body(new Buffer().write(reply.body())).build();
  }
}
