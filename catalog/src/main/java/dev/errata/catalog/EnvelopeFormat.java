package dev.errata.catalog;

import java.util.Map;
import java.util.Objects;

/**
 * How an API lays out its JSON error body: a JSON Pointer (RFC 6901) for each field, {@code ""} where the
 * body has none; or an RFC 9457 problem detail ({@link Builder#problemDetails(String)}). Generated
 * matchers build one from the catalog's {@code @Envelope}. Immutable.
 */
public final class EnvelopeFormat {

  /** The {@link #code()} that means the HTTP status itself is the error code. */
  public static final String HTTP_STATUS = "<http-status>";

  /** This format's values: a copy of its builder's, never changed. */
  private final EnvelopeSettings settings;

  private EnvelopeFormat(Builder builder) {
    this.settings = builder.settings.copy();
  }

  /** A builder with no fields mapped and a default HTTP status of 500. */
  public static Builder builder() {
    return new Builder();
  }

  /** Pointer to the error code, or {@link #HTTP_STATUS}. */
  public String code() {
    return settings.code;
  }

  /** Whether the HTTP status is the code. */
  public boolean codeIsHttpStatus() {
    return HTTP_STATUS.equals(settings.code);
  }

  /** Pointer to the type the response names. */
  public String type() {
    return settings.type;
  }

  /** Pointer to the description. */
  public String description() {
    return settings.description;
  }

  /** Pointer to the body's own status field. */
  public String status() {
    return settings.status;
  }

  /** The status field's value for a success. */
  public String successStatus() {
    return settings.successStatus;
  }

  /** The status field's value for a success with a warning. */
  public String warningStatus() {
    return settings.warningStatus;
  }

  /** The status field's value an encoded error gets. */
  public String failureStatus() {
    return settings.failureStatus;
  }

  /** Pointer to the correlation id. */
  public String correlationId() {
    return settings.correlationId;
  }

  /** The HTTP status an encoded error gets when its code declares none. */
  public int defaultHttpStatus() {
    return settings.defaultHttpStatus;
  }

  /** Pointers to further fields, by the name they are kept under. */
  public Map<String, String> attributes() {
    return settings.attributes;
  }

  /** The JSON type the code is written with. */
  public JsonType codeJson() {
    return settings.codeJson;
  }

  /** The JSON type the status field is written with. */
  public JsonType statusJson() {
    return settings.statusJson;
  }

  /** The JSON type an attribute is written with ({@link JsonType#STRING} for one not declared). */
  public JsonType attributeJson(String name) {
    return settings.attributeJson.getOrDefault(name, JsonType.STRING);
  }

  /** Pointer to the field whose presence in a success signals a warning, holding its code. */
  public String warning() {
    return settings.warning;
  }

  /** Pointer to the field that carries the HTTP status as a number. */
  public String httpStatus() {
    return settings.httpStatus;
  }

  /** The header that carries the correlation id, {@code ""} for none. */
  public String correlationIdHeader() {
    return settings.correlationIdHeader;
  }

  /** The header whose {@code true} or {@code false} overrides the retry advice, {@code ""} for none. */
  public String retryHeader() {
    return settings.retryHeader;
  }

  /** Whether the body is an RFC 9457 problem detail: see {@link Builder#problemDetails(String)}. */
  public boolean isProblemDetails() {
    return settings.problemDetails;
  }

  /** The URI every problem type starts with, before the code; {@code ""} outside problem details. */
  public String typePrefix() {
    return settings.typePrefix;
  }

  /** Builds an {@link EnvelopeFormat}. */
  public static final class Builder {
    private final EnvelopeSettings settings = new EnvelopeSettings();

    private Builder() {}

    /**
     * An RFC 9457 problem detail ({@code application/problem+json}) whose {@code type} URIs are {@code
     * typePrefix} and the code; description, correlation id and HTTP status are {@code /detail},
     * {@code /instance} (unless {@link #correlationId(String)} says otherwise) and {@code /status} (advisory);
     * {@code title} is the entry's description. Extension members are attributes.
     */
    public Builder problemDetails(String typePrefix) {
      settings.problemDetails = true;
      settings.typePrefix = Objects.requireNonNull(typePrefix);
      settings.code = "/type";
      settings.description = "/detail";
      settings.correlationId = "/instance";
      settings.httpStatus = "/status";
      return this;
    }

    /** The JSON type the code is written with. */
    public Builder codeJson(JsonType json) {
      settings.codeJson = Objects.requireNonNull(json);
      return this;
    }

    /** The JSON type the status field is written with. */
    public Builder statusJson(JsonType json) {
      settings.statusJson = Objects.requireNonNull(json);
      return this;
    }

    /** Pointer to the field whose presence in a success signals a warning, holding its code. */
    public Builder warning(String pointer) {
      settings.warning = Objects.requireNonNull(pointer);
      return this;
    }

    /** Pointer to the field that carries the HTTP status as a number. */
    public Builder httpStatus(String pointer) {
      settings.httpStatus = Objects.requireNonNull(pointer);
      return this;
    }

    /** The header that carries the correlation id. */
    public Builder correlationIdHeader(String name) {
      settings.correlationIdHeader = Objects.requireNonNull(name);
      return this;
    }

    /** The header whose {@code true} or {@code false} overrides the retry advice. */
    public Builder retryHeader(String name) {
      settings.retryHeader = Objects.requireNonNull(name);
      return this;
    }

    /** A further field, kept under {@code name}, written with the JSON type {@code json}. */
    public Builder attribute(String name, String pointer, JsonType json) {
      attribute(name, pointer);
      settings.attributeJson.put(name, Objects.requireNonNull(json));
      return this;
    }

    /** Pointer to the error code, or {@link #HTTP_STATUS}. */
    public Builder code(String pointer) {
      settings.code = Objects.requireNonNull(pointer);
      return this;
    }

    /** Pointer to the type the response names. */
    public Builder type(String pointer) {
      settings.type = Objects.requireNonNull(pointer);
      return this;
    }

    /** Pointer to the description. */
    public Builder description(String pointer) {
      settings.description = Objects.requireNonNull(pointer);
      return this;
    }

    /** Pointer to the body's own status field. */
    public Builder status(String pointer) {
      settings.status = Objects.requireNonNull(pointer);
      return this;
    }

    /** The status field's value for a success. */
    public Builder successStatus(String value) {
      settings.successStatus = Objects.requireNonNull(value);
      return this;
    }

    /** The status field's value for a success with a warning. */
    public Builder warningStatus(String value) {
      settings.warningStatus = Objects.requireNonNull(value);
      return this;
    }

    /** The status field's value an encoded error gets. */
    public Builder failureStatus(String value) {
      settings.failureStatus = Objects.requireNonNull(value);
      return this;
    }

    /** Pointer to the correlation id. */
    public Builder correlationId(String pointer) {
      settings.correlationId = Objects.requireNonNull(pointer);
      return this;
    }

    /** The HTTP status an encoded error gets when its code declares none. */
    public Builder defaultHttpStatus(int status) {
      settings.defaultHttpStatus = status;
      return this;
    }

    /** A further field, kept under {@code name}. */
    public Builder attribute(String name, String pointer) {
      settings.attributes.put(Objects.requireNonNull(name), Objects.requireNonNull(pointer));
      return this;
    }

    /** The format. */
    public EnvelopeFormat build() {
      return new EnvelopeFormat(this);
    }
  }
}
