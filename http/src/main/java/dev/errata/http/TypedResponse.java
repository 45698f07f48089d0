package dev.errata.http;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/** A response as the client received it, with the body the caller's handler made of it. */
final class TypedResponse<T> implements HttpResponse<T> {

  private final HttpResponse<?> received;
  private final T body;

  TypedResponse(HttpResponse<?> received, T body) {
    this.received = received;
    this.body = body;
  }

  @Override
  public int statusCode() {
    return received.statusCode();
  }

  @Override
  public HttpRequest request() {
    return received.request();
  }

  /** Redirects and authentication challenges before this one; their bodies are {@code null}, as the JDK's are. */
  @Override
  public Optional<HttpResponse<T>> previousResponse() {
    return received.previousResponse().map(previous -> new TypedResponse<>(previous, null));
  }

  @Override
  public HttpHeaders headers() {
    return received.headers();
  }

  @Override
  public T body() {
    return body;
  }

  @Override
  public Optional<SSLSession> sslSession() {
    return received.sslSession();
  }

  @Override
  public URI uri() {
    return received.uri();
  }

  @Override
  public HttpClient.Version version() {
    return received.version();
  }

  @Override
  public String toString() {
    return received.toString();
  }
}
