package dev.errata.catalog;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** Whether a failed request may be sent again, and when. Immutable. */
public final class RetryAdvice implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The three answers a catalog can give. */
  public enum Kind {
    /** Do not send the same request again. */
    NEVER,
    /** The same request may be sent again at once. */
    IMMEDIATELY,
    /** The same request may be sent again after a delay. */
    AFTER
  }

  private static final RetryAdvice NEVER = new RetryAdvice(Kind.NEVER, Duration.ZERO);
  private static final RetryAdvice IMMEDIATELY = new RetryAdvice(Kind.IMMEDIATELY, Duration.ZERO);

  private final Kind kind;
  private final Duration delay;

  private RetryAdvice(Kind kind, Duration delay) {
    this.kind = kind;
    this.delay = delay;
  }

  /** Advice never to retry. */
  public static RetryAdvice never() {
    return NEVER;
  }

  /** Advice to retry at once. */
  public static RetryAdvice immediately() {
    return IMMEDIATELY;
  }

  /**
   * Advice to retry once {@code delay} has passed; a zero delay is the same as {@link #immediately()}.
   *
   * @throws IllegalArgumentException if the delay is negative
   */
  public static RetryAdvice after(Duration delay) {
    Objects.requireNonNull(delay, "delay");
    if (delay.isNegative()) {
      throw new IllegalArgumentException("a retry delay cannot be negative: " + delay);
    }
    return delay.isZero() ? IMMEDIATELY : new RetryAdvice(Kind.AFTER, delay);
  }

  /** Which of the three answers this is. */
  public Kind kind() {
    return kind;
  }

  /** Whether the request may be sent again at all. */
  public boolean isRetryable() {
    return kind != Kind.NEVER;
  }

  /** How long to wait before retrying: empty when never, zero when immediately. */
  public Optional<Duration> delay() {
    return kind == Kind.NEVER ? Optional.empty() : Optional.of(delay);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RetryAdvice that && kind == that.kind && delay.equals(that.delay);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + delay.hashCode();
  }

  /** {@code "never"}, {@code "immediately"} or {@code "after PT4H"}. */
  @Override
  public String toString() {
    return switch (kind) {
      case NEVER -> "never";
      case IMMEDIATELY -> "immediately";
      case AFTER -> "after " + delay;
    };
  }
}
