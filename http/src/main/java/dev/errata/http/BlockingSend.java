package dev.errata.http;

import dev.errata.catalog.CatalogException;
import dev.errata.catalog.RetryPolicy.Decision;
import dev.errata.catalog.Sleeper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** {@link ErrataHttpClient#send}: the attempts of one request, one after another on the caller's thread. */
final class BlockingSend {

  private BlockingSend() {}

  /**
   * Sends {@code request} until it succeeds or {@code retries} gives up, sleeping between attempts.
   *
   * @param warn takes the warning of a success, or {@code null}
   */
  static <T, E extends CatalogException> HttpResponse<T> send(HttpClient http, Retries retries, Sleeper sleeper,
      Consumer<? super E> warn, HttpRequest request, ResponseHandler<T, E> responses)
      throws IOException, InterruptedException {
    Instant start = retries.now();
    List<Attempt> attempts = new ArrayList<>();
    for (int number = 1; ; number++) {
      Duration startedAfter = retries.since(start);
      Throwable failure;
      int status = 0;
      ResponseHandler<T, E> attempt = responses.forAttempt();
      try {
        HttpResponse<Outcome<T, E>> response = http.send(request, attempt);
        if (response.body() instanceof Outcome.Passed<T, E> passed) {
          warn.accept(passed.warning());
          return new TypedResponse<>(response, passed.body());
        }
        failure = ((Outcome.Failed<T, E>) response.body()).error();
        status = response.statusCode();
      } catch (IOException e) {
        Outcome.Failed<T, E> cut = attempt.cutShort(e);
        failure = cut == null ? e : cut.error();
        status = cut == null ? 0 : attempt.cutShortStatus();
      }
      Decision decision = retries.after(request, start, number, startedAfter, status, failure, attempts);
      if (!(decision instanceof Decision.Retry retry)) {
        attempts.forEach(failure::addSuppressed);
        if (failure instanceof IOException io) {
          throw io;
        }
        throw (RuntimeException) failure;
      }
      try {
        sleeper.sleep(retry.delay());
      } catch (InterruptedException e) {
        attempts.forEach(e::addSuppressed);
        throw e;
      }
    }
  }
}
