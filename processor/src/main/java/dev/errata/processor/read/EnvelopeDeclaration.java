package dev.errata.processor.read;

import java.util.List;

/** The {@code @Envelope} of a catalog as written: JSON Pointers and the success status. */
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
    Located<String> retryHeader) {

  /** One {@code @Attribute} as written. */
  public record AttributeDeclaration(Located<String> name, Located<String> pointer, Located<String> json) {}
}
