package dev.errata.catalog;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
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

  /**
   * The moment a retry becomes allowed, for a failure received at {@code receivedAt}: that moment
   * for "immediately", that moment plus the delay for "after" ({@link Instant#MAX} if that is past
   * what an {@code Instant} holds); empty when never. Feign's {@code RetryableException} takes it as
   * {@code notBefore(now).map(Instant::toEpochMilli)}.
   */
  public Optional<Instant> notBefore(Instant receivedAt) {
    Objects.requireNonNull(receivedAt, "receivedAt");
    if (kind == Kind.NEVER) {
      return Optional.empty();
    }
    try {
      return Optional.of(receivedAt.plus(delay));
    } catch (DateTimeException | ArithmeticException tooFar) {
      return Optional.of(Instant.MAX);
    }
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
