package dev.errata.catalog;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Base of every generated catalog exception: a failed call, typed by the catalog entry its code matched,
 * with the full {@link ErrorReport} it was built from. Each generated {@code <Name>Exception} narrows
 * {@link #errorCode()} and {@link #type()} to the catalog's own enums, and {@link #catalog()} to its
 * {@code Catalog<<Name>Exception>}.
 */
public abstract class CatalogException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Set while the codec builds the exception of a decoded response: its stack trace is then taken
   * where it is handed out ({@link Decoded.Failure#error()}, {@link Decoded.Warning#warning()}),
   * not inside the decoder, where it would cost most of a decode and show only the codec's frames.
   * A count of the decodes under way on the thread, kept in one array per thread, so that a decode
   * neither adds nor removes an entry of the thread's map.
   */
  private static final ThreadLocal<int[]> DECODING = ThreadLocal.withInitial(() -> new int[1]);

  private final ErrorCode errorCode;
  private final ErrorKind type;
  private final ErrorReport report;
  private transient volatile boolean tracePending;
  private transient String message;

  /**
   * For generated subclasses.
   *
   * @param errorCode the catalog entry the received code matched
   * @param type the effective type: the one the response named when the catalog declares it, else
   *     the entry's own; never {@code null}
   * @param report what is known of the response
   */
  // Taking the stack trace here hands this to Throwable's own fillInStackTrace, which reads no field
  // of a subclass; javac 21 and later warn of it as a possible escape.
  @SuppressWarnings("this-escape")
  protected CatalogException(ErrorCode errorCode, ErrorKind type, ErrorReport report) {
    // Throwable's constructor takes no stack trace here (see fillInStackTrace) and the message is
    // written when first asked for: a decoded exception that is only inspected costs neither.
    super((String) null);
    this.errorCode = Objects.requireNonNull(errorCode, "errorCode");
    this.type = Objects.requireNonNull(type, "type");
    this.report = Objects.requireNonNull(report, "report");
    if (DECODING.get()[0] == 0) {
      // From here the trace is what Throwable's constructor would have taken: the JVM leaves out
      // the constructors of the exception's own classes.
      super.fillInStackTrace();
    } else {
      tracePending = true;
    }
  }

  /**
   * Builds the exception of a decoded response, putting off its stack trace to where it is handed out.
   *
   * @param toException the catalog's {@code toException}
   * @param report what was decoded
   */
  static <E extends CatalogException> E decoded(Function<ErrorReport, E> toException, ErrorReport report) {
    int[] decoding = DECODING.get();
    decoding[0]++;
    try {
      return toException.apply(report);
    } finally {
      decoding[0]--;
    }
  }

  /**
   * Takes the stack trace put off by {@link #decoded}, once: the trace then shows who was handed
   * the exception (its top frames name this method and the {@link Decoded} accessor that called it).
   */
  final void takePendingTrace() {
    if (tracePending) {
      synchronized (this) {
        if (tracePending) {
          tracePending = false;
          super.fillInStackTrace();
        }
      }
    }
  }

  /**
   * Takes the stack trace, as {@link Throwable#fillInStackTrace()} does, except while Throwable's
   * constructor runs: this class's constructor takes it once its fields are set. Not synchronized
   * itself: {@code super.fillInStackTrace()} is, and the check before it reads a final field.
   */
  @Override
  public Throwable fillInStackTrace() {
    // report is null only while Throwable's constructor runs.
    return report == null ? this : super.fillInStackTrace();
  }

  /**
   * The code received, the effective type, the description and the HTTP status, for logs: text from
   * the response is cut at 300 characters and its control characters are
   * replaced by spaces.
   */
  @Override
  public String getMessage() {
    String text = message;
    if (text == null) {
      // A racing thread writes the same text: no lock needed.
      text = message(errorCode, type, report);
      message = text;
    }
    return text;
  }

  /** Text from a response longer than this is cut in the message; the report keeps all of it. */
  static final int MESSAGE_TEXT_LIMIT = 300;

  private static String message(ErrorCode errorCode, ErrorKind type, ErrorReport report) {
    StringBuilder message = new StringBuilder();
    String received = report.code() != null ? report.code() : errorCode.code();
    message.append(received.isEmpty() ? "(no code)" : loggable(received));
    if (type != null) {
      message.append(' ').append(type.name());
    }
    String description = report.description() != null ? report.description() : errorCode.description();
    if (!description.isEmpty()) {
      message.append(": ").append(loggable(description));
    }
    int status = report.httpStatus() != 0 ? report.httpStatus() : errorCode.httpStatus();
    if (status != 0) {
      message.append(" (HTTP ").append(status).append(')');
    }
    return message.toString();
  }

  /**
   * Response text as it may go into a log line: a server controls it, so line breaks and other control
   * characters (which could forge log entries) become spaces, and it is cut at {@value
   * #MESSAGE_TEXT_LIMIT} characters.
   */
  static String loggable(String text) {
    if (text.length() <= MESSAGE_TEXT_LIMIT && isLoggable(text)) {
      // The usual case: nothing to clean, nothing to copy.
      return text;
    }
    StringBuilder clean = new StringBuilder(Math.min(text.length(), MESSAGE_TEXT_LIMIT + 3));
    for (int i = 0; i < text.length() && i < MESSAGE_TEXT_LIMIT; i++) {
      char c = text.charAt(i);
      clean.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
    }
    if (text.length() > MESSAGE_TEXT_LIMIT) {
      if (Character.isHighSurrogate(clean.charAt(clean.length() - 1))) {
        // Cut between the halves of a character: drop the lone half.
        clean.setLength(clean.length() - 1);
      }
      clean.append("...");
    }
    return clean.toString();
  }

  private static boolean isLoggable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return false;
      }
    }
    return true;
  }

  /**
   * The catalog this exception belongs to, the one its generated matcher's {@code catalog()} gives:
   * {@code exception.catalog().encode(exception)} writes any exception of any catalog as its
   * envelope, which is what a server needs.
   */
  public abstract Catalog<?> catalog();

  /**
   * The first catalog exception in the cause chain of {@code failure}, itself included, as
   * frameworks wrap them ({@code CompletionException}, {@code ExecutionException}, a retry library's
   * own); empty when there is none, or {@code failure} is {@code null}.
   */
  public static Optional<CatalogException> find(Throwable failure) {
    return find(failure, CatalogException.class);
  }

  /**
   * The first exception of {@code type} in the cause chain of {@code failure}, itself included, such
   * as {@code find(failure, catalog.exceptionType())}; empty when there is none.
   */
  public static <E extends CatalogException> Optional<E> find(Throwable failure, Class<E> type) {
    Objects.requireNonNull(type, "type");
    return CauseChain.first(failure, type);
  }

  /** The catalog entry the received code matched ({@code UNKNOWN} when it matched none). */
  public ErrorCode errorCode() {
    return errorCode;
  }

  /**
   * The code actually received, such as {@code "E201"} for the range entry {@code E2xx}; for an error
   * raised locally without one, the entry's own code.
   */
  public String code() {
    return report.code() != null ? report.code() : errorCode.code();
  }

  /**
   * The effective error type: the type the response named, when the catalog declares it, else the
   * entry's declared type; never {@code null} (see {@link ErrorCode#type()}).
   */
  public ErrorKind type() {
    return type;
  }

  /**
   * Whether and when to send the request again: a retry header's {@code false} (Stripe's {@code
   * Stripe-Should-Retry}) means never; else a {@code Retry-After} delay the response gave wins, then
   * the effective {@link #type()}'s advice, made at least {@code immediately} by a retry header's
   * {@code true}.
   */
  public RetryAdvice retry() {
    if (Boolean.FALSE.equals(report.shouldRetry())) {
      return RetryAdvice.never();
    }
    if (report.retryAfter() != null) {
      return RetryAdvice.after(report.retryAfter());
    }
    RetryAdvice advice = type.retry();
    return Boolean.TRUE.equals(report.shouldRetry()) && !advice.isRetryable() ? RetryAdvice.immediately() : advice;
  }

  /**
   * The HTTP status of the response, else the status the catalog declares for the entry, else {@link
   * ErrorCode#NO_HTTP_STATUS} (an exception raised locally for an entry without one).
   */
  public int httpStatus() {
    return report.httpStatus() != 0 ? report.httpStatus() : errorCode.httpStatus();
  }

  /** The description the response gave, else the entry's description in the catalog's default locale. */
  public String description() {
    return report.description() != null ? report.description() : errorCode.description();
  }

  /** The correlation (operation) id the response carried, or {@code null}. */
  public String correlationId() {
    return report.correlationId();
  }

  /** The value of a named envelope attribute, or {@code null}. */
  public String attribute(String name) {
    return report.attribute(name);
  }

  /** Every envelope attribute found, by name. */
  public Map<String, String> attributes() {
    return report.attributes();
  }

  /** Everything known of the response, raw body included. */
  public ErrorReport report() {
    return report;
  }
}
