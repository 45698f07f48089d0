package dev.errata.catalog;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads failed HTTP responses into {@link ErrorReport}s and writes typed exceptions back as the
 * catalog's envelope, as an {@link EnvelopeFormat} lays it out. Decoding never throws: bodies that are
 * empty, not JSON, truncated, over a {@link DecodeLimits limit}, or of unexpected shape give a report
 * that keeps the status and raw body and says what went wrong in {@link ErrorReport#problem()}. Bodies
 * are read as a stream of tokens, keeping only what the envelope's pointers name (no data binding, no
 * polymorphic typing from input). Immutable and thread-safe.
 *
 * <p>The codec owns the outcome rules (what a response's status, body status and code make it) and
 * the headers' meaning; an {@link EnvelopeReader} reads the body's fields, an {@link EnvelopeWriter}
 * writes the response of an exception, and {@link RetryAfter} reads and writes {@code Retry-After}.
 */
public final class EnvelopeCodec {

  /**
   * How deep an attribute may be to be kept as JSON text (Jackson's default): trees are read without
   * recursion but written with it, so this bound holds whatever {@link DecodeLimits} allow.
   */
  private static final int MAX_WRITE_DEPTH = 1_000;

  private final EnvelopeFormat format;
  private final DecodeLimits limits;
  private final Clock clock;
  /** The JSON library, streaming only (Jackson 3 or 2, see {@link JsonBackend#create}). */
  private final JsonBackend json;
  /** Whether the code is read from the body (not the HTTP status, and a pointer given). */
  private final boolean codeInBody;
  private final EnvelopeReader reader;
  private final EnvelopeWriter writer;

  /** A codec with the default limits and the system clock (for {@code Retry-After} dates). */
  public EnvelopeCodec(EnvelopeFormat format) {
    this(format, DecodeLimits.DEFAULT, Clock.systemUTC());
  }

  /**
   * A codec with the given limits and clock.
   *
   * @throws IllegalArgumentException if a pointer of the format is not a JSON Pointer
   */
  public EnvelopeCodec(EnvelopeFormat format, DecodeLimits limits, Clock clock) {
    this.format = Objects.requireNonNull(format, "format");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.json = JsonBackend.create(limits, MAX_WRITE_DEPTH);
    this.codeInBody = !format.codeIsHttpStatus() && !format.code().isEmpty();
    this.reader = new EnvelopeReader(format, limits, json);
    this.writer = new EnvelopeWriter(format, json);
  }

  /** The same codec with other limits. */
  public EnvelopeCodec withLimits(DecodeLimits limits) {
    return new EnvelopeCodec(format, limits, clock);
  }

  /** The envelope layout. */
  public EnvelopeFormat format() {
    return format;
  }

  /** The decoding limits. */
  public DecodeLimits limits() {
    return limits;
  }

  /**
   * Decodes a response: a failure (any non-2xx status; a 2xx whose body's HTTP status field says a
   * non-2xx; a 2xx whose body status says so, or whose error code's type does, even beside a success
   * status; a 2xx whose body is not JSON when the code lives in the body), a warning (a warning status
   * or code, or a warning field in a success), or a success. A body over a
   * {@link DecodeLimits limit} is not proof of failure: a large 2xx without a status says success.
   * Never throws for any input.
   *
   * @param httpStatus the response's HTTP status
   * @param body the raw body, {@code null} for none
   * @param headers the response headers (names in any case), {@code null} for none
   * @param toException the catalog's {@code Matcher::toException}
   */
  public <E extends CatalogException> Decoded<E> decode(
      int httpStatus,
      byte[] body,
      Map<String, List<String>> headers,
      Function<ErrorReport, E> toException) {
    return decodeBody(httpStatus, body, null, false, lookup(headers), toException);
  }

  /**
   * {@link #decode(int, byte[], Map, Function)} of a body that may have been cut short ({@code cut}
   * says why, {@code null} when it was not): one read only up to the body limit ({@code overLimit}),
   * or one whose reading failed, is not parsed; the report keeps what was read. A body cut at the
   * limit is no proof of failure, as a whole one over the limit; one whose reading broke off is
   * malformed.
   */
  <E extends CatalogException> Decoded<E> decodeBody(int httpStatus, byte[] body, String cut,
      boolean overLimit, HeaderLookup headers, Function<ErrorReport, E> toException) {
    Reading reading = reading(httpStatus, body, cut, overLimit, headers);
    ErrorReport report = reading.report();
    if (!isSuccessful(httpStatus) || (report.bodyHttpStatus() != 0 && !isSuccessful(report.bodyHttpStatus())
        && !format.isProblemDetails())) {
      // A 2xx whose body says another status (Google's error.code) is a failure, as that status is; a
      // problem detail's status is advisory (RFC 9457, section 3.1.2): its type decides.
      return new Decoded.Failure<>(CatalogException.decoded(toException, report));
    }
    String bodyStatus = report.bodyStatus();
    if (bodyStatus != null && !bodyStatus.equals(format.successStatus())) {
      E exception = CatalogException.decoded(toException, report);
      return bodyStatus.equals(format.warningStatus())
          ? new Decoded.Warning<>(exception)
          : new Decoded.Failure<>(exception);
    }
    if (reading.warned()) {
      // A success that names a warning (Slack's "warning"): typed by that code, whatever its type.
      return new Decoded.Warning<>(CatalogException.decoded(toException, report));
    }
    boolean bodyCode = !format.codeIsHttpStatus() && report.code() != null && !report.code().isEmpty();
    if (bodyStatus != null && !bodyCode) {
      return new Decoded.Success<>(report);
    }
    // No body status, or a success status beside an error code ({"ok": true, "error":
    // "channel_not_found"}): the code's type decides.
    if (report.code() == null) {
      // A truncated or non-JSON 2xx body cannot say the request went well; one too big to read can.
      return reading.malformed() && !format.codeIsHttpStatus()
          ? new Decoded.Failure<>(CatalogException.decoded(toException, report))
          : new Decoded.Success<>(report);
    }
    E exception = CatalogException.decoded(toException, report);
    Outcome outcome = exception.type().outcome();
    if (outcome == Outcome.SUCCESS || (format.codeIsHttpStatus() && exception.errorCode().isUnknown())) {
      // A 2xx status the catalog does not know is a success, not an unknown error.
      return new Decoded.Success<>(report);
    }
    return outcome == Outcome.WARNING
        ? new Decoded.Warning<>(exception)
        : new Decoded.Failure<>(exception);
  }

  /**
   * Reads what the envelope says of a response, whatever its body: never throws.
   *
   * @param httpStatus the response's HTTP status
   * @param body the raw body, {@code null} for none
   * @param headers the response headers (names in any case), {@code null} for none
   */
  public ErrorReport read(int httpStatus, byte[] body, Map<String, List<String>> headers) {
    return reading(httpStatus, body, null, false, lookup(headers)).report();
  }

  /**
   * A report, whether its body was malformed (not JSON, truncated), not merely over a limit, and
   * whether its code is the warning a success named.
   */
  private record Reading(ErrorReport report, boolean malformed, boolean warned) {}

  private static boolean isSuccessful(int httpStatus) {
    return httpStatus >= 200 && httpStatus <= 299;
  }

  private Reading reading(int httpStatus, byte[] body, String cut, boolean overLimit, HeaderLookup headers) {
    byte[] raw = body == null ? new byte[0] : body;
    ErrorReport.Builder report = ErrorReport.builder().httpStatus(httpStatus).body(raw);
    List<String> problems = new ArrayList<>();
    if (format.codeIsHttpStatus()) {
      report.code(Integer.toString(httpStatus));
    }
    report.retryAfter(RetryAfter.parse(header(headers, RetryAfter.HEADER), clock, problems));
    report.shouldRetry(shouldRetry(headers, problems));
    String headerCorrelationId = header(headers, format.correlationIdHeader());
    report.correlationId(headerCorrelationId);
    boolean warned = false;
    EnvelopeReader.Fields fields;
    if (cut == null) {
      fields = reader.read(raw, problems);
      if (format.isProblemDetails()) {
        fields = ProblemDetails.read(format, fields, problems);
      }
    } else {
      problems.add(cut);
      fields = EnvelopeReader.Fields.unparsed(!overLimit);
    }
    if (fields.parsed()) {
      if (codeInBody) {
        report.code(fields.code());
      }
      report.type(fields.type())
          .description(fields.description())
          .bodyStatus(fields.status());
      if (fields.correlationId() != null) {
        report.correlationId(fields.correlationId());
      }
      String bodyCode = fields.code();
      if (fields.warning() != null && (bodyCode == null || bodyCode.isEmpty())) {
        // The warning's code types the exception, as an error code does; where the status is the
        // code, the status types it.
        if (codeInBody) {
          report.code(fields.warning());
        }
        warned = true;
      }
      int bodyHttpStatus = bodyHttpStatus(fields.httpStatus(), problems);
      report.bodyHttpStatus(bodyHttpStatus);
      if (format.isProblemDetails()) {
        ProblemDetails.checkStatus(bodyHttpStatus, httpStatus, problems);
      }
      if (!fields.attributes().isEmpty()) {
        fields.attributes().forEach(report::attribute);
      }
    }
    if (!problems.isEmpty()) {
      report.problem(String.join("; ", problems));
    }
    return new Reading(report.build(), fields.malformed(), warned);
  }

  /** The HTTP status a body field holds, 0 when none or not a status (then said in the problems). */
  private int bodyHttpStatus(String value, List<String> problems) {
    if (value == null) {
      return 0;
    }
    if (value.length() == 3 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
      int status = Integer.parseInt(value);
      if (status >= 100 && status <= 599) {
        return status;
      }
    }
    problems.add("HTTP status at " + format.httpStatus() + " \"" + abbreviate(value) + "\" is not an HTTP status; ignored");
    return 0;
  }

  /** {@code headers} as a look-up; none for an empty map, which this call does not see change. */
  private static HeaderLookup lookup(Map<String, List<String>> headers) {
    return headers == null || headers.isEmpty() ? HeaderLookup.none() : HeaderLookup.of(headers);
  }

  private static String header(HeaderLookup headers, String name) {
    return headers == null || name.isEmpty() ? null : headers.first(name);
  }

  /** A retry header's {@code true} or {@code false} (in any case); {@code null} when none or neither. */
  private Boolean shouldRetry(HeaderLookup headers, List<String> problems) {
    String value = header(headers, format.retryHeader());
    if (value == null) {
      return null;
    }
    String trimmed = value.trim();
    if (trimmed.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    if (trimmed.equalsIgnoreCase("false")) {
      return Boolean.FALSE;
    }
    problems.add(format.retryHeader() + " \"" + abbreviate(trimmed) + "\" is neither true nor false; ignored");
    return null;
  }

  /** A header's or field's value, cut for a problem's sentence. */
  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "...";
  }

  /**
   * The response a server sends for {@code exception}: its HTTP status (else the code itself when the
   * status is the code, else the format's default), the envelope with the status field its type's
   * outcome calls for, and a {@code Retry-After} when the advice is to wait. An attribute that is the
   * compact JSON text of an object or array, as decoding keeps one, is written as that object or array.
   */
  public EncodedError encode(CatalogException exception) {
    return writer.write(exception, null);
  }

  /**
   * {@link #encode(CatalogException)} for a reader of {@code locale}, such as a request's {@code
   * Accept-Language}: a problem detail's {@code title} is the entry's description in that locale (the
   * same tag, else the same language, else the catalog's default); another envelope's description
   * field is, when the exception carries no description of its own.
   */
  public EncodedError encode(CatalogException exception, Locale locale) {
    return writer.write(exception, Objects.requireNonNull(locale, "locale"));
  }
}
