package dev.errata.processor.model;

import java.util.List;

/**
 * Where an error's fields sit in the API's JSON body, as JSON Pointers; {@code ""} means absent.
 *
 * @param code pointer to the code, or {@link #HTTP_STATUS} when the status is the code
 * @param type pointer to the type the response names
 * @param description pointer to the description
 * @param status pointer to the body's own status field
 * @param successStatus the status field's value that means success
 * @param warningStatus the status field's value that means a warning
 * @param failureStatus the status field's value a server writes for an error
 * @param defaultHttpStatus the HTTP status of an encoded error whose code declares none
 * @param correlationId pointer to the correlation id
 * @param attributes further named fields
 * @param codeJson the JSON type the code is written with ({@code STRING}, {@code NUMBER}, {@code BOOLEAN})
 * @param statusJson the JSON type the status field is written with
 * @param warning pointer to the field whose presence in a success signals a warning
 * @param httpStatus pointer to the field that carries the HTTP status as a number
 * @param correlationIdHeader the header that carries the correlation id
 * @param retryHeader the header whose {@code true} or {@code false} overrides the retry advice
 * @param format the body's layout, {@link #POINTERS} or {@link #PROBLEM_DETAILS} (whose members the
 *     pointers above then name: {@code /type}, {@code /detail}, {@code /instance} unless another
 *     member is the correlation id, {@code /status})
 * @param typePrefix the URI every problem type starts with; {@code ""} outside {@link #PROBLEM_DETAILS}
 */
public record EnvelopeDef(
    String code,
    String type,
    String description,
    String status,
    String successStatus,
    String warningStatus,
    String failureStatus,
    int defaultHttpStatus,
    String correlationId,
    List<AttributeDef> attributes,
    String codeJson,
    String statusJson,
    String warning,
    String httpStatus,
    String correlationIdHeader,
    String retryHeader,
    String format,
    String typePrefix) {

  /** The format of an envelope whose fields sit where its pointers say. */
  public static final String POINTERS = "POINTERS";

  /** The format of an RFC 9457 problem detail. */
  public static final String PROBLEM_DETAILS = "PROBLEM_DETAILS";

  /** The {@code code} value that says the HTTP status is the code: {@code @Envelope}'s. */
  public static final String HTTP_STATUS = dev.errata.annotations.Envelope.HTTP_STATUS;

  /** The JSON type of a field not declared otherwise. */
  public static final String STRING = "STRING";

  /** Copies the attributes. */
  public EnvelopeDef {
    attributes = List.copyOf(attributes);
  }

  /** An envelope of string fields, without warning, body HTTP status or headers. */
  public EnvelopeDef(String code, String type, String description, String status, String successStatus,
      String warningStatus, String failureStatus, int defaultHttpStatus, String correlationId,
      List<AttributeDef> attributes) {
    this(code, type, description, status, successStatus, warningStatus, failureStatus, defaultHttpStatus,
        correlationId, attributes, STRING, STRING, "", "", "", "", POINTERS, "");
  }

  /** Whether the body is an RFC 9457 problem detail. */
  public boolean isProblemDetails() {
    return format.equals(PROBLEM_DETAILS);
  }

  /** A further named field of the envelope, and the JSON type it is written with. */
  public record AttributeDef(String name, String pointer, String json) {

    /** A field written as a string. */
    public AttributeDef(String name, String pointer) {
      this(name, pointer, STRING);
    }
  }
}
