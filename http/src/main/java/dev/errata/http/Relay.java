package dev.errata.http;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Flow;

/**
 * The subscription the caller's body subscriber gets once a body is known to be a success: it first
 * delivers what was buffered while the body was inspected, then passes demand to the response and
 * its signals back, in order. Signals to the caller are serialized by this object's lock, as the
 * Reactive Streams rules require; the caller may request from within them.
 */
final class Relay implements Flow.Subscription {

  private final Flow.Subscriber<? super List<ByteBuffer>> caller;
  private final Flow.Subscription upstream;
  /** What was buffered, until delivered; {@code null} then, or when nothing was. */
  private List<ByteBuffer> buffered;
  /** The response's body is over (complete): to be signalled once the buffered part is delivered. */
  private boolean upstreamComplete;
  private boolean terminated;

  Relay(Flow.Subscriber<? super List<ByteBuffer>> caller, Flow.Subscription upstream, List<ByteBuffer> buffered,
      boolean complete) {
    this.caller = caller;
    this.upstream = upstream;
    this.buffered = buffered.isEmpty() ? null : buffered;
    this.upstreamComplete = complete;
  }

  /** After the caller's {@code onSubscribe}: an empty body that is over completes without demand. */
  synchronized void started() {
    if (buffered == null && upstreamComplete) {
      terminate(null);
    }
  }

  @Override
  public synchronized void request(long n) {
    if (terminated) {
      return;
    }
    if (n <= 0) {
      upstream.cancel();
      terminate(new IllegalArgumentException("a subscriber must request at least one item: " + n));
      return;
    }
    long demand = n;
    if (buffered != null) {
      List<ByteBuffer> first = buffered;
      buffered = null;
      caller.onNext(first);
      demand = n == Long.MAX_VALUE ? n : n - 1;
      if (terminated) {
        return;
      }
    }
    if (upstreamComplete) {
      terminate(null);
    } else if (demand > 0) {
      upstream.request(demand);
    }
  }

  @Override
  public synchronized void cancel() {
    if (!terminated) {
      terminated = true;
      buffered = null;
      upstream.cancel();
    }
  }

  synchronized void next(List<ByteBuffer> item) {
    if (!terminated) {
      caller.onNext(item);
    }
  }

  synchronized void complete() {
    upstreamComplete = true;
    if (buffered == null) {
      terminate(null);
    }
  }

  synchronized void error(Throwable failure) {
    // The body broke off: no use delivering what was buffered first.
    buffered = null;
    terminate(failure);
  }

  private void terminate(Throwable failure) {
    if (terminated) {
      return;
    }
    terminated = true;
    if (failure == null) {
      caller.onComplete();
    } else {
      caller.onError(failure);
    }
  }
}
