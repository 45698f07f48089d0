package dev.errata.processor.validate;

import dev.errata.processor.model.EnvelopeDef;
import dev.errata.processor.read.EnvelopeDeclaration;
import dev.errata.processor.read.Located;
import java.util.regex.Pattern;

/**
 * Checks what the envelope says of the wire beyond its pointers: the header names it reads, and that
 * the status values can be written with the JSON type declared for them.
 */
final class EnvelopeWireCheck {

  /** An HTTP field name (RFC 9110 token). */
  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");
  private static final Pattern WHOLE_NUMBER = Pattern.compile("0|-?[1-9][0-9]*");

  private final ValidationReport report;

  EnvelopeWireCheck(ValidationReport report) {
    this.report = report;
  }

  void check(EnvelopeDeclaration envelope) {
    checkHeader("correlationIdHeader", envelope.correlationIdHeader());
    checkHeader("retryHeader", envelope.retryHeader());
    if (envelope.retryHeader().value().equalsIgnoreCase("Retry-After")) {
      report.report(Diagnostics.RETRY_HEADER, envelope.retryHeader(), envelope.retryHeader().value());
    }
    String json = envelope.statusJson().value();
    if (!json.equals(EnvelopeDef.STRING)) {
      checkStatusValue("successStatus", envelope.successStatus(), json);
      checkStatusValue("warningStatus", envelope.warningStatus(), json);
      checkStatusValue("failureStatus", envelope.failureStatus(), json);
    }
  }

  private void checkHeader(String what, Located<String> name) {
    if (!name.value().isEmpty() && !HEADER_NAME.matcher(name.value()).matches()) {
      report.report(Diagnostics.HEADER_NAME, name, what, name.value());
    }
  }

  private void checkStatusValue(String what, Located<String> value, String json) {
    String text = value.value();
    boolean fits = text.isEmpty() || (json.equals("BOOLEAN")
        ? text.equals("true") || text.equals("false")
        : WHOLE_NUMBER.matcher(text).matches());
    if (!fits) {
      report.report(Diagnostics.STATUS_JSON, value, what, text, json,
          json.equals("BOOLEAN") ? "\"true\" or \"false\"" : "a whole number such as \"0\"");
    }
  }
}
