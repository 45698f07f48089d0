package dev.errata.http;

import dev.errata.catalog.CatalogException;
import dev.errata.catalog.RetryPolicy.Decision;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * One {@link ErrataHttpClient#sendAsync} call: its attempts one after another, each retry scheduled once
 * its delay has passed, blocking no thread. Cancelling {@link #result()} stops the retries and cancels
 * the attempt in flight.
 */
final class AsyncSend<T, E extends CatalogException> {
  private final HttpClient http;
  private final Retries retries;
  private final Scheduler scheduler;
  private final Consumer<? super E> warn;
  private final HttpRequest request;
  private final ResponseHandler<T, E> responses;
  private final Instant start;
  private final CompletableFuture<HttpResponse<T>> result = new CompletableFuture<>();
  private final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
  private volatile CompletableFuture<?> inFlight;

  /**
   * A call of {@code request}, not yet sent: {@link #attempt attempt(1)} sends it.
   *
   * @param warn takes the warning of a success, or {@code null}
   */
  AsyncSend(HttpClient http, Retries retries, Scheduler scheduler, Consumer<? super E> warn,
      HttpRequest request, ResponseHandler<T, E> responses) {
    this.http = http;
    this.retries = retries;
    this.scheduler = scheduler;
    this.warn = warn;
    this.request = request;
    this.responses = responses;
    this.start = retries.now();
    result.whenComplete((response, failure) -> {
      CompletableFuture<?> sending = inFlight;
      if (result.isCancelled() && sending != null) {
        sending.cancel(true);
      }
    });
  }

  /** The response of the call, or its failure. */
  CompletableFuture<HttpResponse<T>> result() {
    return result;
  }

  /** Sends attempt number {@code number}, unless the call is done (cancelled). */
  void attempt(int number) {
    if (result.isDone()) {
      return;
    }
    Duration startedAfter = retries.since(start);
    try {
      ResponseHandler<T, E> attempt = responses.forAttempt();
      CompletableFuture<HttpResponse<Outcome<T, E>>> sending = http.sendAsync(request, attempt);
      inFlight = sending;
      sending.whenComplete((response, error) -> {
        try {
          completed(number, startedAfter, attempt, response, error);
        } catch (RuntimeException | Error e) {
          result.completeExceptionally(e);
        }
      });
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
    }
  }

  private void completed(int number, Duration startedAfter, ResponseHandler<T, E> attempt,
      HttpResponse<Outcome<T, E>> response, Throwable error) {
    Throwable failure;
    int status = 0;
    if (error != null) {
      failure = unwrap(error);
      if (!(failure instanceof IOException io)) {
        result.completeExceptionally(failure);
        return;
      }
      Outcome.Failed<T, E> cut = attempt.cutShort(io);
      if (cut != null) {
        failure = cut.error();
        status = attempt.cutShortStatus();
      }
    } else if (response.body() instanceof Outcome.Passed<T, E> passed) {
      warn.accept(passed.warning());
      result.complete(new TypedResponse<>(response, passed.body()));
      return;
    } else {
      failure = ((Outcome.Failed<T, E>) response.body()).error();
      status = response.statusCode();
    }
    Decision decision = retries.after(request, start, number, startedAfter, status, failure, attempts);
    if (!(decision instanceof Decision.Retry retry)) {
      synchronized (attempts) {
        attempts.forEach(failure::addSuppressed);
      }
      result.completeExceptionally(failure);
      return;
    }
    scheduler.schedule(retry.delay(), () -> attempt(number + 1));
  }

  private static Throwable unwrap(Throwable error) {
    Throwable failure = error;
    while ((failure instanceof CompletionException || failure instanceof ExecutionException)
        && failure.getCause() != null) {
      failure = failure.getCause();
    }
    return failure;
  }
}
