package dev.errata.catalog;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What is known of one failed response: its HTTP status and raw body, and what a decoder extracted from
 * them (code, type, description, correlation id, attributes, a {@code Retry-After} delay). Every field
 * but the status may be absent ({@code null}). Immutable.
 */
public final class ErrorReport implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final byte[] NO_BODY = new byte[0];
  /** The attributes of every report that has none; never changed. */
  private static final LinkedHashMap<String, String> NO_ATTRIBUTES = new LinkedHashMap<>();

  private final int httpStatus;
  private final String code;
  private final String type;
  private final String description;
  private final String correlationId;
  // A concrete serializable type: javac's serial lint (JDK 21+) flags interface-typed fields.
  private final LinkedHashMap<String, String> attributes;
  private final Duration retryAfter;
  private final String bodyStatus;
  private final String problem;
  private final byte[] body;
  private final int bodyHttpStatus;
  private final Boolean shouldRetry;

  private ErrorReport(Builder builder) {
    this.httpStatus = builder.httpStatus;
    this.code = builder.code;
    this.type = builder.type;
    this.description = builder.description;
    this.correlationId = builder.correlationId;
    this.attributes = builder.attributes == null || builder.attributes.isEmpty()
        ? NO_ATTRIBUTES
        : new LinkedHashMap<>(builder.attributes);
    this.retryAfter = builder.retryAfter;
    this.bodyStatus = builder.bodyStatus;
    this.problem = builder.problem;
    this.body = builder.body;
    this.bodyHttpStatus = builder.bodyHttpStatus;
    this.shouldRetry = builder.shouldRetry;
  }

  /** A report that carries only an error code, as a server raising an error has it. */
  public static ErrorReport ofCode(String code) {
    return builder().code(code).build();
  }

  /** A new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this report's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder builder = new Builder()
        .httpStatus(httpStatus)
        .code(code)
        .type(type)
        .description(description)
        .correlationId(correlationId)
        .retryAfter(retryAfter)
        .bodyStatus(bodyStatus)
        .problem(problem)
        .bodyHttpStatus(bodyHttpStatus)
        .shouldRetry(shouldRetry);
    attributes.forEach(builder::attribute);
    builder.body = body;
    return builder;
  }

  /** The HTTP status of the response, or 0 when there was no response (the error was raised locally). */
  public int httpStatus() {
    return httpStatus;
  }

  /** The error code the response carried, or {@code null}. */
  public String code() {
    return code;
  }

  /** The error type the response itself named, or {@code null}. */
  public String type() {
    return type;
  }

  /** The description the response carried, or {@code null}. */
  public String description() {
    return description;
  }

  /** The correlation (operation) id the response carried, or {@code null}. */
  public String correlationId() {
    return correlationId;
  }

  /** The value of a named attribute of the envelope, or {@code null}. */
  public String attribute(String name) {
    return attributes.get(name);
  }

  /** Every attribute found, by name, in the envelope's declaration order. */
  public Map<String, String> attributes() {
    return Collections.unmodifiableMap(attributes);
  }

  /** The delay a {@code Retry-After} header asked for, or {@code null}. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** The body's own status field (such as Khipu's {@code "ERROR"}), or {@code null}. */
  public String bodyStatus() {
    return bodyStatus;
  }

  /**
   * Why the body could not be read in full (not JSON, truncated, over a limit, a field of the wrong
   * type), or {@code null} when it could; whatever was read is kept either way.
   */
  public String problem() {
    return problem;
  }

  /** A copy of the raw response body; empty when there was none. */
  public byte[] body() {
    return body.clone();
  }

  /**
   * The HTTP status the body itself carries (Google's {@code error.code}), or 0 when the envelope
   * declares no such field or the body has none.
   */
  public int bodyHttpStatus() {
    return bodyHttpStatus;
  }

  /**
   * What a retry header (Stripe's {@code Stripe-Should-Retry}) said: {@code TRUE} or {@code FALSE},
   * overriding the retry advice; {@code null} when there was none.
   */
  public Boolean shouldRetry() {
    return shouldRetry;
  }

  /** The raw body decoded as UTF-8 (invalid bytes replaced), for logs and messages. */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ErrorReport that
        && httpStatus == that.httpStatus
        && Objects.equals(code, that.code)
        && Objects.equals(type, that.type)
        && Objects.equals(description, that.description)
        && Objects.equals(correlationId, that.correlationId)
        && attributes.equals(that.attributes)
        && Objects.equals(retryAfter, that.retryAfter)
        && Objects.equals(bodyStatus, that.bodyStatus)
        && Objects.equals(problem, that.problem)
        && bodyHttpStatus == that.bodyHttpStatus
        && Objects.equals(shouldRetry, that.shouldRetry)
        && Arrays.equals(body, that.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
            httpStatus, code, type, description, correlationId, attributes, retryAfter, bodyStatus, problem,
            bodyHttpStatus, shouldRetry)
        * 31 + Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "ErrorReport{httpStatus=" + httpStatus
        + ", code=" + code
        + ", type=" + type
        + ", description=" + description
        + ", correlationId=" + correlationId
        + ", attributes=" + attributes
        + ", retryAfter=" + retryAfter
        + ", bodyStatus=" + bodyStatus
        + ", problem=" + problem
        + (bodyHttpStatus == 0 ? "" : ", bodyHttpStatus=" + bodyHttpStatus)
        + (shouldRetry == null ? "" : ", shouldRetry=" + shouldRetry)
        + ", body=" + body.length + " bytes}";
  }

  /** Builds an {@link ErrorReport}; every value is optional. */
  public static final class Builder {
    private int httpStatus;
    private String code;
    private String type;
    private String description;
    private String correlationId;
    /** {@code null} until the first attribute, as most reports have none. */
    private Map<String, String> attributes;
    private Duration retryAfter;
    private String bodyStatus;
    private String problem;
    private byte[] body = NO_BODY;
    private int bodyHttpStatus;
    private Boolean shouldRetry;

    private Builder() {}

    /** The HTTP status the body itself carries (0 for none). */
    public Builder bodyHttpStatus(int bodyHttpStatus) {
      this.bodyHttpStatus = bodyHttpStatus;
      return this;
    }

    /** What a retry header said ({@code null} for none). */
    public Builder shouldRetry(Boolean shouldRetry) {
      this.shouldRetry = shouldRetry;
      return this;
    }

    /** The HTTP status of the response (0 for none). */
    public Builder httpStatus(int httpStatus) {
      this.httpStatus = httpStatus;
      return this;
    }

    /** The error code the response carried. */
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    /** The error type the response named. */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /** The description the response carried. */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /** The correlation (operation) id the response carried. */
    public Builder correlationId(String correlationId) {
      this.correlationId = correlationId;
      return this;
    }

    /** A named attribute of the envelope; a {@code null} value removes it. */
    public Builder attribute(String name, String value) {
      Objects.requireNonNull(name, "name");
      if (value != null) {
        if (attributes == null) {
          attributes = new LinkedHashMap<>();
        }
        attributes.put(name, value);
      } else if (attributes != null) {
        attributes.remove(name);
      }
      return this;
    }

    /** The delay a {@code Retry-After} header asked for. */
    public Builder retryAfter(Duration retryAfter) {
      this.retryAfter = retryAfter;
      return this;
    }

    /** The body's own status field. */
    public Builder bodyStatus(String bodyStatus) {
      this.bodyStatus = bodyStatus;
      return this;
    }

    /** Why the body could not be read in full. */
    public Builder problem(String problem) {
      this.problem = problem;
      return this;
    }

    /** The raw response body, copied; {@code null} means none. */
    public Builder body(byte[] body) {
      this.body = body == null ? NO_BODY : body.clone();
      return this;
    }

    /** The report. */
    public ErrorReport build() {
      return new ErrorReport(this);
    }
  }
}
