package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;

/** The types of the {@code errata-catalog} runtime that generated code refers to. */
final class RuntimeTypes {

  private static final String PACKAGE = "dev.errata.catalog";

  static final ClassName ERROR_CODE = ClassName.get(PACKAGE, "ErrorCode");
  static final ClassName ERROR_KIND = ClassName.get(PACKAGE, "ErrorKind");
  static final ClassName RETRY_ADVICE = ClassName.get(PACKAGE, "RetryAdvice");
  static final ClassName CATALOG_EXCEPTION = ClassName.get(PACKAGE, "CatalogException");
  static final ClassName ERROR_REPORT = ClassName.get(PACKAGE, "ErrorReport");
  static final ClassName CODE_MATCHING = ClassName.get(PACKAGE, "CodeMatching");
  static final ClassName OUTCOME = ClassName.get(PACKAGE, "Outcome");
  static final ClassName ENVELOPE_FORMAT = ClassName.get(PACKAGE, "EnvelopeFormat");
  static final ClassName JSON_TYPE = ClassName.get(PACKAGE, "JsonType");
  static final ClassName ENVELOPE_CODEC = ClassName.get(PACKAGE, "EnvelopeCodec");
  static final ClassName DECODED = ClassName.get(PACKAGE, "Decoded");
  static final ClassName ENCODED_ERROR = ClassName.get(PACKAGE, "EncodedError");
  static final ClassName CATALOG = ClassName.get(PACKAGE, "Catalog");

  private RuntimeTypes() {}
}
