package dev.errata.processor.read;

import java.util.List;

/**
 * The {@code @Envelope} of a catalog as written: JSON Pointers and the success status, and the body's
 * format ({@code POINTERS} or {@code PROBLEM_DETAILS}) with its problem type prefix.
 */
public record EnvelopeDeclaration(
    Located<String> code,
    Located<String> type,
    Located<String> description,
    Located<String> status,
    Located<String> successStatus,
    Located<String> warningStatus,
    Located<String> failureStatus,
    Located<Integer> defaultHttpStatus,
    Located<String> correlationId,
    List<AttributeDeclaration> attributes,
    Located<String> codeJson,
    Located<String> statusJson,
    Located<String> warning,
    Located<String> httpStatus,
    Located<String> correlationIdHeader,
    Located<String> retryHeader,
    Located<String> format,
    Located<String> typePrefix) {

  /** One {@code @Attribute} as written. */
  public record AttributeDeclaration(Located<String> name, Located<String> pointer, Located<String> json) {}
}
