package dev.errata.samples;

import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.RetryAdvice;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What a client of a catalog looks like: it sends a request, decodes a failed response into the typed
 * exception and retries exactly as the catalog's advice says, waiting at most {@code maxWait} per try.
 */
public final class RetryingClient {

  /** Decodes a response: a generated matcher's {@code decode(status, body, headers)}. */
  @FunctionalInterface
  public interface Decoder<E extends CatalogException> {
    /** Decodes one response. */
    Decoded<E> decode(int httpStatus, byte[] body, Map<String, List<String>> headers);
  }

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final int maxAttempts;
  private final Duration maxWait;

  /** A client that tries at most {@code maxAttempts} times and never waits longer than {@code maxWait}. */
  public RetryingClient(int maxAttempts, Duration maxWait) {
    this.maxAttempts = maxAttempts;
    this.maxWait = maxWait;
  }

  /**
   * GETs {@code uri} until it succeeds, the advice says not to retry, or the attempts run out; reports
   * each attempt to {@code log}.
   *
   * @return the last decoded response
   */
  public <E extends CatalogException> Decoded<E> get(
      URI uri, Decoder<E> decoder, BiFunction<Integer, Decoded<E>, String> log)
      throws IOException, InterruptedException {
    Decoded<E> decoded = null;
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      HttpResponse<byte[]> response = http.send(
          HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
      decoded = decoder.decode(response.statusCode(), response.body(), response.headers().map());
      System.out.println(log.apply(attempt, decoded));
      if (!(decoded instanceof Decoded.Failure<E> failure)) {
        return decoded;
      }
      RetryAdvice advice = failure.error().retry();
      if (!advice.isRetryable() || attempt == maxAttempts) {
        return decoded;
      }
      Duration wait = advice.delay().orElse(Duration.ZERO);
      Thread.sleep((wait.compareTo(maxWait) > 0 ? maxWait : wait).toMillis());
    }
    return decoded;
  }
}
