package dev.errata.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How an API lays out its JSON error body: a JSON Pointer (RFC 6901) for each field, {@code ""} where the
 * body has none. Generated matchers build one from the catalog's {@code @Envelope}. Immutable.
 */
public final class EnvelopeFormat {

  /** The {@link #code()} that means the HTTP status itself is the error code. */
  public static final String HTTP_STATUS = "<http-status>";

  private final String code;
  private final String type;
  private final String description;
  private final String status;
  private final String successStatus;
  private final String warningStatus;
  private final String failureStatus;
  private final String correlationId;
  private final int defaultHttpStatus;
  private final Map<String, String> attributes;

  private EnvelopeFormat(Builder builder) {
    this.code = builder.code;
    this.type = builder.type;
    this.description = builder.description;
    this.status = builder.status;
    this.successStatus = builder.successStatus;
    this.warningStatus = builder.warningStatus;
    this.failureStatus = builder.failureStatus;
    this.correlationId = builder.correlationId;
    this.defaultHttpStatus = builder.defaultHttpStatus;
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(builder.attributes));
  }

  /** A builder with no fields mapped and a default HTTP status of 500. */
  public static Builder builder() {
    return new Builder();
  }

  /** Pointer to the error code, or {@link #HTTP_STATUS}. */
  public String code() {
    return code;
  }

  /** Whether the HTTP status is the code. */
  public boolean codeIsHttpStatus() {
    return HTTP_STATUS.equals(code);
  }

  /** Pointer to the type the response names. */
  public String type() {
    return type;
  }

  /** Pointer to the description. */
  public String description() {
    return description;
  }

  /** Pointer to the body's own status field. */
  public String status() {
    return status;
  }

  /** The status field's value for a success. */
  public String successStatus() {
    return successStatus;
  }

  /** The status field's value for a success with a warning. */
  public String warningStatus() {
    return warningStatus;
  }

  /** The status field's value an encoded error gets. */
  public String failureStatus() {
    return failureStatus;
  }

  /** Pointer to the correlation id. */
  public String correlationId() {
    return correlationId;
  }

  /** The HTTP status an encoded error gets when its code declares none. */
  public int defaultHttpStatus() {
    return defaultHttpStatus;
  }

  /** Pointers to further fields, by the name they are kept under. */
  public Map<String, String> attributes() {
    return attributes;
  }

  /** Builds an {@link EnvelopeFormat}. */
  public static final class Builder {
    private String code = "";
    private String type = "";
    private String description = "";
    private String status = "";
    private String successStatus = "";
    private String warningStatus = "";
    private String failureStatus = "";
    private String correlationId = "";
    private int defaultHttpStatus = 500;
    private final Map<String, String> attributes = new LinkedHashMap<>();

    private Builder() {}

    /** Pointer to the error code, or {@link #HTTP_STATUS}. */
    public Builder code(String pointer) {
      this.code = Objects.requireNonNull(pointer);
      return this;
    }

    /** Pointer to the type the response names. */
    public Builder type(String pointer) {
      this.type = Objects.requireNonNull(pointer);
      return this;
    }

    /** Pointer to the description. */
    public Builder description(String pointer) {
      this.description = Objects.requireNonNull(pointer);
      return this;
    }

    /** Pointer to the body's own status field. */
    public Builder status(String pointer) {
      this.status = Objects.requireNonNull(pointer);
      return this;
    }

    /** The status field's value for a success. */
    public Builder successStatus(String value) {
      this.successStatus = Objects.requireNonNull(value);
      return this;
    }

    /** The status field's value for a success with a warning. */
    public Builder warningStatus(String value) {
      this.warningStatus = Objects.requireNonNull(value);
      return this;
    }

    /** The status field's value an encoded error gets. */
    public Builder failureStatus(String value) {
      this.failureStatus = Objects.requireNonNull(value);
      return this;
    }

    /** Pointer to the correlation id. */
    public Builder correlationId(String pointer) {
      this.correlationId = Objects.requireNonNull(pointer);
      return this;
    }

    /** The HTTP status an encoded error gets when its code declares none. */
    public Builder defaultHttpStatus(int status) {
      this.defaultHttpStatus = status;
      return this;
    }

    /** A further field, kept under {@code name}. */
    public Builder attribute(String name, String pointer) {
      attributes.put(Objects.requireNonNull(name), Objects.requireNonNull(pointer));
      return this;
    }

    /** The format. */
    public EnvelopeFormat build() {
      return new EnvelopeFormat(this);
    }
  }
}
