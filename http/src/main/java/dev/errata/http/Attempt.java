package dev.errata.http;

import dev.errata.catalog.CatalogException;
import dev.errata.catalog.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One attempt a request took, as {@link ErrataHttpClient} records it on the failure it finally throws:
 * each attempt is a suppressed exception of that failure, in order, so a stack trace shows them and
 * {@link #of(Throwable)} lists them. The {@linkplain #failure() failure} of each attempt that was
 * retried is its cause; the last attempt's failure is the exception thrown itself. Carries no stack
 * trace of its own.
 */
public final class Attempt extends Exception {

  private static final long serialVersionUID = 1L;

  private final int number;
  private final Duration startedAfter;
  private final int statusCode;
  private final RetryPolicy.Decision decision;

  Attempt(int number, Duration startedAfter, int statusCode, Throwable failure, boolean last,
      RetryPolicy.Decision decision) {
    super(message(number, startedAfter, statusCode, failure, decision), last ? null : failure, false, false);
    this.number = number;
    this.startedAfter = Objects.requireNonNull(startedAfter, "startedAfter");
    this.statusCode = statusCode;
    this.decision = Objects.requireNonNull(decision, "decision");
  }

  private static String message(int number, Duration startedAfter, int statusCode, Throwable failure,
      RetryPolicy.Decision decision) {
    StringBuilder message = new StringBuilder("attempt ").append(number).append(" at +").append(startedAfter)
        .append(": ");
    if (statusCode != 0) {
      message.append("HTTP ").append(statusCode).append(", ");
    }
    if (failure instanceof CatalogException typed) {
      message.append(typed.getClass().getSimpleName()).append(' ').append(typed.code())
          .append(" (retry ").append(typed.retry()).append(')');
    } else {
      message.append(failure);
    }
    if (decision instanceof RetryPolicy.Decision.Retry retry) {
      message.append("; retried after ").append(retry.delay());
    } else if (decision instanceof RetryPolicy.Decision.GiveUp giveUp) {
      message.append("; gave up (").append(giveUp.reason()).append("): ").append(giveUp.message());
    }
    return message.toString();
  }

  /** The attempts recorded on {@code thrown}, first to last; empty when none are. */
  public static List<Attempt> of(Throwable thrown) {
    List<Attempt> attempts = new ArrayList<>();
    if (thrown != null) {
      for (Throwable suppressed : thrown.getSuppressed()) {
        if (suppressed instanceof Attempt attempt) {
          attempts.add(attempt);
        }
      }
    }
    return attempts;
  }

  /** The attempt's number, 1 for the first. */
  public int number() {
    return number;
  }

  /** When the attempt began, counted from the start of the first. */
  public Duration startedAfter() {
    return startedAfter;
  }

  /** The HTTP status of the attempt's response; 0 when there was none (a connection failure, a timeout). */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The failure that ended the attempt, for an attempt that was retried; {@code null} for the last,
   * whose failure is the exception this is recorded on.
   */
  public Throwable failure() {
    return getCause();
  }

  /** What the policy (or the client, for a request it must not repeat) decided after the attempt. */
  public RetryPolicy.Decision decision() {
    return decision;
  }
}
