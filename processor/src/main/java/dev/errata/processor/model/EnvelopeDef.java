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
    List<AttributeDef> attributes) {

  /** The {@code code} value that says the HTTP status is the code: {@code @Envelope}'s. */
  public static final String HTTP_STATUS = dev.errata.annotations.Envelope.HTTP_STATUS;

  /** Copies the attributes. */
  public EnvelopeDef {
    attributes = List.copyOf(attributes);
  }

  /** A further named field of the envelope. */
  public record AttributeDef(String name, String pointer) {}
}
