package dev.errata.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
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
  private final JsonType codeJson;
  private final JsonType statusJson;
  private final String warning;
  private final String httpStatus;
  private final String correlationIdHeader;
  private final String retryHeader;
  private final Map<String, JsonType> attributeJson;
  private final boolean problemDetails;
  private final String typePrefix;

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
    this.codeJson = builder.codeJson;
    this.statusJson = builder.statusJson;
    this.warning = builder.warning;
    this.httpStatus = builder.httpStatus;
    this.correlationIdHeader = builder.correlationIdHeader;
    this.retryHeader = builder.retryHeader;
    this.attributeJson = Collections.unmodifiableMap(new LinkedHashMap<>(builder.attributeJson));
    this.problemDetails = builder.problemDetails;
    this.typePrefix = builder.typePrefix;
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

  /** The JSON type the code is written with. */
  public JsonType codeJson() {
    return codeJson;
  }

  /** The JSON type the status field is written with. */
  public JsonType statusJson() {
    return statusJson;
  }

  /** The JSON type an attribute is written with ({@link JsonType#STRING} for one not declared). */
  public JsonType attributeJson(String name) {
    return attributeJson.getOrDefault(name, JsonType.STRING);
  }

  /** Pointer to the field whose presence in a success signals a warning, holding its code. */
  public String warning() {
    return warning;
  }

  /** Pointer to the field that carries the HTTP status as a number. */
  public String httpStatus() {
    return httpStatus;
  }

  /** The header that carries the correlation id, {@code ""} for none. */
  public String correlationIdHeader() {
    return correlationIdHeader;
  }

  /** The header whose {@code true} or {@code false} overrides the retry advice, {@code ""} for none. */
  public String retryHeader() {
    return retryHeader;
  }

  /** Whether the body is an RFC 9457 problem detail: see {@link Builder#problemDetails(String)}. */
  public boolean isProblemDetails() {
    return problemDetails;
  }

  /** The URI every problem type starts with, before the code; {@code ""} outside problem details. */
  public String typePrefix() {
    return typePrefix;
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
    private JsonType codeJson = JsonType.STRING;
    private JsonType statusJson = JsonType.STRING;
    private String warning = "";
    private String httpStatus = "";
    private String correlationIdHeader = "";
    private String retryHeader = "";
    private final Map<String, JsonType> attributeJson = new LinkedHashMap<>();
    private boolean problemDetails;
    private String typePrefix = "";

    private Builder() {}

    /**
     * An RFC 9457 problem detail ({@code application/problem+json}) whose {@code type} URIs are {@code
     * typePrefix} and the code; description, correlation id and HTTP status are {@code /detail},
     * {@code /instance} (unless {@link #correlationId(String)} says otherwise) and {@code /status} (advisory);
     * {@code title} is the entry's description. Extension members are attributes.
     */
    public Builder problemDetails(String typePrefix) {
      this.problemDetails = true;
      this.typePrefix = Objects.requireNonNull(typePrefix);
      this.code = "/type";
      this.description = "/detail";
      this.correlationId = "/instance";
      this.httpStatus = "/status";
      return this;
    }

    /** The JSON type the code is written with. */
    public Builder codeJson(JsonType json) {
      this.codeJson = Objects.requireNonNull(json);
      return this;
    }

    /** The JSON type the status field is written with. */
    public Builder statusJson(JsonType json) {
      this.statusJson = Objects.requireNonNull(json);
      return this;
    }

    /** Pointer to the field whose presence in a success signals a warning, holding its code. */
    public Builder warning(String pointer) {
      this.warning = Objects.requireNonNull(pointer);
      return this;
    }

    /** Pointer to the field that carries the HTTP status as a number. */
    public Builder httpStatus(String pointer) {
      this.httpStatus = Objects.requireNonNull(pointer);
      return this;
    }

    /** The header that carries the correlation id. */
    public Builder correlationIdHeader(String name) {
      this.correlationIdHeader = Objects.requireNonNull(name);
      return this;
    }

    /** The header whose {@code true} or {@code false} overrides the retry advice. */
    public Builder retryHeader(String name) {
      this.retryHeader = Objects.requireNonNull(name);
      return this;
    }

    /** A further field, kept under {@code name}, written with the JSON type {@code json}. */
    public Builder attribute(String name, String pointer, JsonType json) {
      attribute(name, pointer);
      attributeJson.put(name, Objects.requireNonNull(json));
      return this;
    }

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
