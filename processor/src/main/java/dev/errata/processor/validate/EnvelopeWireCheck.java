package dev.errata.processor.validate;

import dev.errata.processor.model.EnvelopeDef;
import dev.errata.processor.read.EnvelopeDeclaration;
import dev.errata.processor.read.Located;

/**
 * Checks what the envelope says of the wire beyond its pointers: the header names it reads, and that
 * the status values can be written with the JSON type declared for them.
 */
final class EnvelopeWireCheck {

  /** The characters of an HTTP field name (an RFC 9110 token) besides letters and digits. */
  private static final String TOKEN_SYMBOLS = "!#$%&'*+-.^_`|~";

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
    if (!name.value().isEmpty() && !isToken(name.value())) {
      report.report(Diagnostics.HEADER_NAME, name, what, name.value());
    }
  }

  private void checkStatusValue(String what, Located<String> value, String json) {
    String text = value.value();
    boolean fits = text.isEmpty() || (json.equals("BOOLEAN")
        ? text.equals("true") || text.equals("false")
        : isWholeNumber(text));
    if (!fits) {
      report.report(Diagnostics.STATUS_JSON, value, what, text, json,
          json.equals("BOOLEAN") ? "\"true\" or \"false\"" : "a whole number such as \"0\"");
    }
  }

  /** Whether {@code text} is an RFC 9110 token: ASCII letters, digits and the symbols above. */
  private static boolean isToken(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isAsciiLetterOrDigit(c) && TOKEN_SYMBOLS.indexOf(c) < 0) {
        return false;
      }
    }
    return !text.isEmpty();
  }

  /** Whether {@code text} is {@code 0} or a whole number without leading zeros, maybe negative. */
  private static boolean isWholeNumber(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    if (text.length() == start || !isDigits(text, start)) {
      return false;
    }
    return text.charAt(start) != '0' || text.equals("0");
  }

  private static boolean isDigits(String text, int start) {
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
