package dev.errata.http;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.ErrorBodies;
import dev.errata.catalog.HeaderLookup;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Reads a response as far as the catalog needs, then hands the body to the caller's handler only when
 * it is a success:
 *
 * <ul>
 *   <li>a non-2xx status is a failure: at most {@code maxBodyBytes} of the body are read, and the rest
 *       is left unread; a body that breaks off is decoded from what arrived;
 *   <li>a 2xx whose {@code Content-Type} is not JSON (a file, an image, text) is not inspected: the
 *       status alone is decoded (a warning such as KeyBank's 299 is still seen), and the body streams
 *       to the caller's handler;
 *   <li>any other 2xx (JSON, or no {@code Content-Type}) is buffered up to {@code maxBodyBytes} and
 *       decoded (Khipu's errors come with HTTP 200); a success goes to the caller's handler as it was
 *       received, and a body longer than the limit streams on to it after the buffered part.
 * </ul>
 */
final class ResponseHandler<T, E extends CatalogException> implements BodyHandler<Outcome<T, E>> {

  private final Catalog<E> catalog;
  private final BodyHandler<T> handler;
  /** The reader of the last failure's body this handler was applied to, if any. */
  private volatile ErrorBody<T, E> errorBody;

  ResponseHandler(Catalog<E> catalog, BodyHandler<T> handler) {
    this.catalog = catalog;
    this.handler = handler;
  }

  /** A handler of the same catalog and caller's handler, for one attempt: see {@link #cutShort}. */
  ResponseHandler<T, E> forAttempt() {
    return new ResponseHandler<>(catalog, handler);
  }

  /**
   * The typed failure of a response whose status said failure and whose body then broke off with
   * {@code failure}, decoded from the bytes that arrived; {@code null} when this attempt's response
   * was no failure or never came. The HTTP client may fail the exchange with the body's {@code
   * IOException} before or after the body's reader hears of it: either way the failure is typed.
   */
  Outcome.Failed<T, E> cutShort(IOException failure) {
    ErrorBody<T, E> body = errorBody;
    return body == null ? null : body.brokenOff(failure);
  }

  /** The HTTP status of the failure {@link #cutShort} types. */
  int cutShortStatus() {
    ErrorBody<T, E> body = errorBody;
    return body == null ? 0 : body.status;
  }

  private ErrorBody<T, E> errorBody(int status, HeaderLookup headers, int limit) {
    ErrorBody<T, E> body = new ErrorBody<>(catalog, status, headers, limit);
    errorBody = body;
    return body;
  }

  @Override
  public BodySubscriber<Outcome<T, E>> apply(ResponseInfo info) {
    int status = info.statusCode();
    HeaderLookup headers = lookup(info.headers());
    int limit = catalog.limits().maxBodyBytes();
    if (status < 200 || status > 299) {
      return errorBody(status, headers, limit);
    }
    if (!inspected(info.headers())) {
      Decoded<E> byStatus = catalog.decode(status, new byte[0], headers);
      if (byStatus.isFailure()) {
        return errorBody(status, headers, limit);
      }
      E warning = byStatus.exception().orElse(null);
      return BodySubscribers.mapping(handler.apply(info), body -> new Outcome.Passed<>(body, warning));
    }
    return new Inspecting<>(catalog, handler, info, headers, limit);
  }

  static HeaderLookup lookup(HttpHeaders headers) {
    return name -> headers.firstValue(name).orElse(null);
  }

  /** Whether a 2xx body may hold an error: it is JSON, or its type is not given. */
  static boolean inspected(HttpHeaders headers) {
    return ErrorBodies.mayHoldError(headers.firstValue("Content-Type").orElse(null));
  }

  /** The first {@code length} bytes of {@code buffers}, without consuming them. */
  static byte[] bytes(List<ByteBuffer> buffers, int length) {
    byte[] bytes = new byte[length];
    int at = 0;
    for (ByteBuffer buffer : buffers) {
      int n = Math.min(buffer.remaining(), length - at);
      buffer.duplicate().get(bytes, at, n);
      at += n;
      if (at == length) {
        break;
      }
    }
    return bytes;
  }

  static long size(List<ByteBuffer> buffers) {
    long size = 0;
    for (ByteBuffer buffer : buffers) {
      size += buffer.remaining();
    }
    return size;
  }

  /** The body of a failure: read up to one byte past the limit, then decoded; never given to the caller. */
  private static final class ErrorBody<T, E extends CatalogException> implements BodySubscriber<Outcome<T, E>> {
    private final Catalog<E> catalog;
    private final int status;
    private final HeaderLookup headers;
    private final int limit;
    private final List<ByteBuffer> received = new ArrayList<>();
    private final CompletableFuture<Outcome<T, E>> result = new CompletableFuture<>();
    private final AtomicBoolean finished = new AtomicBoolean();
    private long size;
    private Flow.Subscription subscription;

    ErrorBody(Catalog<E> catalog, int status, HeaderLookup headers, int limit) {
      this.catalog = catalog;
      this.status = status;
      this.headers = headers;
      this.limit = limit;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      boolean over;
      synchronized (this) {
        if (finished.get()) {
          return;
        }
        received.addAll(item);
        size += size(item);
        over = size > limit;
      }
      if (over) {
        // Enough to know the body is over the limit: the rest is not read.
        subscription.cancel();
        finish(null);
      } else {
        subscription.request(1);
      }
    }

    /** The failure, decoded from what arrived before {@code failure} if the body was not read yet. */
    Outcome.Failed<T, E> brokenOff(IOException failure) {
      finish(failure);
      return (Outcome.Failed<T, E>) result.join();
    }

    @Override
    public void onError(Throwable failure) {
      finish(failure);
    }

    @Override
    public void onComplete() {
      finish(null);
    }

    private void finish(Throwable broken) {
      byte[] arrived;
      synchronized (this) {
        if (!finished.compareAndSet(false, true)) {
          return;
        }
        arrived = bytes(received, (int) Math.min(size, limit + 1L));
      }
      InputStream body = new ByteArrayInputStream(arrived);
      if (broken != null) {
        body = new SequenceInputStream(body, new Broken(broken));
      }
      Decoded<E> decoded = catalog.decode(status, body, headers);
      // A status that says failure whose body says success (a body status "OK") still fails.
      E error = decoded instanceof Decoded.Failure<E> failure ? failure.error() : catalog.toException(decoded.report());
      result.complete(new Outcome.Failed<>(error));
    }

    @Override
    public CompletionStage<Outcome<T, E>> getBody() {
      return result;
    }
  }

  /** A stream that fails as the response's body did. */
  private static final class Broken extends InputStream {
    private final Throwable failure;

    Broken(Throwable failure) {
      this.failure = failure;
    }

    @Override
    public int read() throws IOException {
      throw failure instanceof IOException io ? io : new IOException(failure);
    }
  }

  /** A 2xx body that may be an error: buffered up to the limit and decoded before the caller sees it. */
  private static final class Inspecting<T, E extends CatalogException> implements BodySubscriber<Outcome<T, E>> {
    private final Catalog<E> catalog;
    private final BodyHandler<T> handler;
    private final ResponseInfo info;
    private final HeaderLookup headers;
    private final int limit;
    private final List<ByteBuffer> buffered = new ArrayList<>();
    private final CompletableFuture<Outcome<T, E>> result = new CompletableFuture<>();
    private long size;
    private Flow.Subscription subscription;
    /** Set once the body is known to be a success: from then on, signals go to the caller's handler. */
    private volatile Relay relay;

    Inspecting(Catalog<E> catalog, BodyHandler<T> handler, ResponseInfo info, HeaderLookup headers, int limit) {
      this.catalog = catalog;
      this.handler = handler;
      this.info = info;
      this.headers = headers;
      this.limit = limit;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      Relay passing = relay;
      if (passing != null) {
        passing.next(item);
        return;
      }
      if (result.isDone()) {
        return;
      }
      buffered.addAll(item);
      size += size(item);
      if (size <= limit) {
        subscription.request(1);
        return;
      }
      // Over the limit: decoded as a body over it is, which for a 2xx is a success unless the status
      // alone says otherwise.
      Decoded<E> decoded = catalog.decode(info.statusCode(),
          new ByteArrayInputStream(bytes(buffered, limit + 1)), headers);
      if (decoded instanceof Decoded.Failure<E> failure) {
        subscription.cancel();
        result.complete(new Outcome.Failed<>(failure.error()));
        return;
      }
      pass(decoded, false);
    }

    @Override
    public void onError(Throwable failure) {
      Relay passing = relay;
      if (passing != null) {
        passing.error(failure);
      } else {
        // A 2xx body that broke off says neither success nor failure: the attempt failed.
        result.completeExceptionally(failure);
      }
    }

    @Override
    public void onComplete() {
      Relay passing = relay;
      if (passing != null) {
        passing.complete();
        return;
      }
      if (result.isDone()) {
        return;
      }
      Decoded<E> decoded = catalog.decode(info.statusCode(), bytes(buffered, (int) size), headers);
      if (decoded instanceof Decoded.Failure<E> failure) {
        result.complete(new Outcome.Failed<>(failure.error()));
        return;
      }
      pass(decoded, true);
    }

    /** Hands the body to the caller's handler: what was buffered, then the rest as it comes. */
    private void pass(Decoded<E> decoded, boolean complete) {
      E warning = decoded.exception().orElse(null);
      BodySubscriber<T> caller = handler.apply(info);
      caller.getBody().whenComplete((body, failure) -> {
        if (failure != null) {
          result.completeExceptionally(failure);
        } else {
          result.complete(new Outcome.Passed<>(body, warning));
        }
      });
      Relay passing = new Relay(caller, subscription, new ArrayList<>(buffered), complete);
      buffered.clear();
      relay = passing;
      caller.onSubscribe(passing);
      passing.started();
    }

    @Override
    public CompletionStage<Outcome<T, E>> getBody() {
      return result;
    }
  }
}
