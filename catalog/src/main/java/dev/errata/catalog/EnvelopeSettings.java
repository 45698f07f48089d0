package dev.errata.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The values an {@link EnvelopeFormat} holds, with their defaults: no field mapped ({@code ""}), codes
 * and statuses written as strings, a default HTTP status of 500. Its builder fills one; each format
 * keeps its own {@link #copy()}, never changed after. Not thread-safe while being filled.
 */
final class EnvelopeSettings {
  String code = "";
  String type = "";
  String description = "";
  String status = "";
  String successStatus = "";
  String warningStatus = "";
  String failureStatus = "";
  String correlationId = "";
  int defaultHttpStatus = 500;
  final Map<String, String> attributes;
  JsonType codeJson = JsonType.STRING;
  JsonType statusJson = JsonType.STRING;
  String warning = "";
  String httpStatus = "";
  String correlationIdHeader = "";
  String retryHeader = "";
  final Map<String, JsonType> attributeJson;
  boolean problemDetails;
  String typePrefix = "";

  /** The defaults, with no attributes. */
  EnvelopeSettings() {
    this(new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  /** A copy whose maps are unmodifiable and independent of this one's. */
  EnvelopeSettings copy() {
    EnvelopeSettings copy = new EnvelopeSettings(
        Collections.unmodifiableMap(new LinkedHashMap<>(attributes)),
        Collections.unmodifiableMap(new LinkedHashMap<>(attributeJson)));
    copy.code = code;
    copy.type = type;
    copy.description = description;
    copy.status = status;
    copy.successStatus = successStatus;
    copy.warningStatus = warningStatus;
    copy.failureStatus = failureStatus;
    copy.correlationId = correlationId;
    copy.defaultHttpStatus = defaultHttpStatus;
    copy.codeJson = codeJson;
    copy.statusJson = statusJson;
    copy.warning = warning;
    copy.httpStatus = httpStatus;
    copy.correlationIdHeader = correlationIdHeader;
    copy.retryHeader = retryHeader;
    copy.problemDetails = problemDetails;
    copy.typePrefix = typePrefix;
    return copy;
  }

  private EnvelopeSettings(Map<String, String> attributes, Map<String, JsonType> attributeJson) {
    this.attributes = attributes;
    this.attributeJson = attributeJson;
  }
}
