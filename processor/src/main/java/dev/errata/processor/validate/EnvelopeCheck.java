package dev.errata.processor.validate;

import dev.errata.processor.model.EnvelopeDef;
import dev.errata.processor.read.EnvelopeDeclaration;
import dev.errata.processor.read.Located;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a catalog's {@code @Envelope}: every pointer a JSON Pointer, the default HTTP status a
 * status, attribute names present and distinct, the wire elements ({@link EnvelopeWireCheck}) and
 * the problem details format ({@link ProblemDetailsCheck}).
 */
final class EnvelopeCheck {

  private final ValidationReport report;

  EnvelopeCheck(ValidationReport report) {
    this.report = report;
  }

  /** The envelope, whatever its problems (they are reported). */
  EnvelopeDef check(EnvelopeDeclaration envelope) {
    if (!envelope.code().value().equals(EnvelopeDef.HTTP_STATUS)) {
      checkPointer("code", envelope.code());
    }
    checkPointer("type", envelope.type());
    checkPointer("description", envelope.description());
    checkPointer("status", envelope.status());
    checkPointer("correlationId", envelope.correlationId());
    checkPointer("warning", envelope.warning());
    checkPointer("httpStatus", envelope.httpStatus());
    new EnvelopeWireCheck(report).check(envelope);
    if (!StatusCheck.isHttpStatus(envelope.defaultHttpStatus().value())) {
      report.report(Diagnostics.HTTP_STATUS, envelope.defaultHttpStatus(), "envelope defaultHttpStatus",
          envelope.defaultHttpStatus().value());
    }
    List<EnvelopeDef.AttributeDef> attributes = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (EnvelopeDeclaration.AttributeDeclaration attribute : envelope.attributes()) {
      String name = attribute.name().value();
      if (name.isBlank()) {
        report.report(Diagnostics.ATTRIBUTE_NAME, attribute.name(), name, "empty");
      } else if (!names.add(name)) {
        report.report(Diagnostics.ATTRIBUTE_NAME, attribute.name(), name, "declared twice");
      }
      checkPointer("attribute " + name, attribute.pointer());
      attributes.add(new EnvelopeDef.AttributeDef(name, attribute.pointer().value(), attribute.json().value()));
    }
    EnvelopeDef declared = new EnvelopeDef(
        envelope.code().value(),
        envelope.type().value(),
        envelope.description().value(),
        envelope.status().value(),
        envelope.successStatus().value(),
        envelope.warningStatus().value(),
        envelope.failureStatus().value(),
        envelope.defaultHttpStatus().value(),
        envelope.correlationId().value(),
        attributes,
        envelope.codeJson().value(),
        envelope.statusJson().value(),
        envelope.warning().value(),
        envelope.httpStatus().value(),
        envelope.correlationIdHeader().value(),
        envelope.retryHeader().value(),
        envelope.format().value(),
        envelope.typePrefix().value());
    return new ProblemDetailsCheck(report).check(envelope, declared);
  }

  private void checkPointer(String what, Located<String> pointer) {
    String value = pointer.value();
    if (!value.isEmpty() && !value.startsWith("/")) {
      report.report(Diagnostics.POINTER_SYNTAX, pointer, what, value);
    } else if (!escapesAreValid(value)) {
      report.report(Diagnostics.POINTER_ESCAPE, pointer, what, value);
    }
  }

  /** Whether every '~' in {@code pointer} starts an RFC 6901 escape, "~0" or "~1". */
  private static boolean escapesAreValid(String pointer) {
    for (int i = pointer.indexOf('~'); i >= 0; i = pointer.indexOf('~', i + 1)) {
      if (i + 1 == pointer.length() || (pointer.charAt(i + 1) != '0' && pointer.charAt(i + 1) != '1')) {
        return false;
      }
    }
    return true;
  }
}
