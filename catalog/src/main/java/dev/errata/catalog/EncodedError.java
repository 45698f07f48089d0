package dev.errata.catalog;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A typed exception as a server sends it: HTTP status, headers and the catalog's JSON envelope. Immutable. */
public final class EncodedError {

  private final int httpStatus;
  private final Map<String, String> headers;
  private final byte[] body;

  /** A response of {@code headers}, unmodifiable and in their order, which it keeps as they are. */
  EncodedError(int httpStatus, Map<String, String> headers, byte[] body) {
    this.httpStatus = httpStatus;
    this.headers = headers;
    this.body = body;
  }

  /** The HTTP status to send. */
  public int httpStatus() {
    return httpStatus;
  }

  /** Headers to send with it, such as {@code Retry-After} and {@code Content-Type}. */
  public Map<String, String> headers() {
    return headers;
  }

  /** A copy of the JSON body, UTF-8. */
  public byte[] body() {
    return body.clone();
  }

  /** The JSON body as text. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "HTTP " + httpStatus + " " + headers + " " + bodyText();
  }
}
