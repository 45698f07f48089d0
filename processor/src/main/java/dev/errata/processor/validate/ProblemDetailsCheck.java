package dev.errata.processor.validate;

import dev.errata.annotations.Envelope;
import dev.errata.processor.model.EnvelopeDef;
import dev.errata.processor.model.ExactCode;
import dev.errata.processor.model.Quoted;
import dev.errata.processor.read.EnvelopeDeclaration;
import dev.errata.processor.read.Located;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Set;

/**
 * Checks an envelope of {@code format = PROBLEM_DETAILS} (RFC 9457): a {@code typePrefix} that is an
 * absolute URI, the elements the format fixes left alone, the other pointers on extension members,
 * and codes that fit in the URI path segment after the prefix. An envelope of another format must not
 * name a {@code typePrefix}.
 */
final class ProblemDetailsCheck {

  /** The members RFC 9457 defines, which the format reads and writes itself. */
  private static final Set<String> MEMBERS = Set.of("type", "title", "status", "detail", "instance");

  /** What is left in the segment after the prefix, unescaped: RFC 3986 pchar without '%'. */
  private static final String SEGMENT_MARKS = "-._~!$&'()*+,;=:@";

  private final ValidationReport report;

  ProblemDetailsCheck(ValidationReport report) {
    this.report = report;
  }

  /**
   * The envelope with the pointers the format fixes filled in ({@code /type}, {@code /detail},
   * {@code /instance} unless {@code correlationId} names another member, {@code /status}); problems are
   * reported. An envelope of another format is returned as it is.
   */
  EnvelopeDef check(EnvelopeDeclaration declared, EnvelopeDef envelope) {
    if (!envelope.isProblemDetails()) {
      if (!envelope.typePrefix().isEmpty()) {
        report.report(Diagnostics.PROBLEM_TYPE_PREFIX_UNUSED, declared.typePrefix(), envelope.typePrefix());
      }
      return envelope;
    }
    checkPrefix(declared);
    fixed("code", declared.code(), "/type", "the code is the problem's \"type\" member (the HTTP status's"
        + " entry when it is about:blank or absent)");
    fixed("codeJson", declared.codeJson(), null, "a problem type is a JSON string");
    fixed("description", declared.description(), "/detail", "the description is the \"detail\" member");
    fixed("httpStatus", declared.httpStatus(), "/status", "the HTTP status is the \"status\" member");
    String statuses = "a problem detail has no success or warning status: its HTTP status says it";
    fixed("status", declared.status(), null, statuses);
    fixed("statusJson", declared.statusJson(), null, statuses);
    fixed("successStatus", declared.successStatus(), null, statuses);
    fixed("warningStatus", declared.warningStatus(), null, statuses);
    fixed("failureStatus", declared.failureStatus(), null, statuses);
    fixed("warning", declared.warning(), null, statuses);
    boolean instanceIsCorrelationId = envelope.correlationId().isEmpty() || envelope.correlationId().equals("/instance");
    extension("type", declared.type(), instanceIsCorrelationId);
    extension("correlationId", declared.correlationId(), false);
    for (EnvelopeDeclaration.AttributeDeclaration attribute : declared.attributes()) {
      extension("attribute " + attribute.name().value(), attribute.pointer(), instanceIsCorrelationId);
    }
    return new EnvelopeDef("/type", envelope.type(), "/detail", "", "", "", "", envelope.defaultHttpStatus(),
        instanceIsCorrelationId ? "/instance" : envelope.correlationId(), envelope.attributes(),
        EnvelopeDef.STRING, EnvelopeDef.STRING, "", "/status", envelope.correlationIdHeader(),
        envelope.retryHeader(), EnvelopeDef.PROBLEM_DETAILS, envelope.typePrefix());
  }

  /**
   * Checks each code that follows the prefix: every character one a path segment holds as it is (a
   * code is never percent-encoded), and no exact code that is a dot segment, which resolving a type
   * removes.
   */
  void checkCodes(List<CatalogValidator.SourcedEntry> entries) {
    for (CatalogValidator.SourcedEntry sourced : entries) {
      if (sourced.entry().isStatusOnly() || !(sourced.declaration().constantValue() instanceof String code)) {
        continue;
      }
      String problem = null;
      if (sourced.pattern() instanceof ExactCode && (code.equals(".") || code.equals(".."))) {
        problem = "\"" + code + "\" is a dot segment, which resolving a URI removes";
      } else {
        for (int i = 0; i < code.length() && problem == null; i++) {
          char c = code.charAt(i);
          if (!isSegmentCharacter(c)) {
            problem = c == '/' ? "'/' would start another path segment"
                : Quoted.of(String.valueOf(c)) + " would have to be percent-encoded";
          }
        }
      }
      if (problem != null) {
        report.report(Diagnostics.PROBLEM_CODE_SEGMENT, sourced.declaration().at(),
            sourced.declaration().displayName(), Quoted.of(code), problem);
      }
    }
  }

  private static boolean isSegmentCharacter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || SEGMENT_MARKS.indexOf(c) >= 0;
  }

  private void checkPrefix(EnvelopeDeclaration declared) {
    String prefix = declared.typePrefix().value();
    if (prefix.isEmpty()) {
      report.report(Diagnostics.PROBLEM_TYPE_PREFIX_MISSING, declared.format());
      return;
    }
    String problem;
    try {
      problem = new URI(prefix).isAbsolute() ? null : "it has no scheme, such as https:";
    } catch (URISyntaxException e) {
      problem = e.getReason() + " at index " + e.getIndex();
    }
    if (problem != null) {
      report.report(Diagnostics.PROBLEM_TYPE_PREFIX, declared.typePrefix(), prefix, problem);
    }
  }

  /** An element the format fixes: it must keep {@code @Envelope}'s default, or say what the format says. */
  private void fixed(String element, Located<?> value, String preset, String why) {
    Object written = value.value();
    if (!written.equals(defaultOf(element)) && !written.equals(preset)) {
      report.report(Diagnostics.PROBLEM_FIXED_ELEMENT, value, element, written, why);
    }
  }

  /** A pointer the catalog declares beside the format's members: it must not point into them. */
  private void extension(String element, Located<String> pointer, boolean instanceIsCorrelationId) {
    String member = firstSegment(pointer.value());
    if (member == null || !MEMBERS.contains(member)) {
      return;
    }
    if (member.equals("instance") && !instanceIsCorrelationId) {
      return;
    }
    report.report(Diagnostics.PROBLEM_MEMBER, pointer, element, pointer.value(), member,
        member.equals("instance")
            ? " (as the correlation id; name another member in correlationId, such as \"/traceId\", to keep"
                + " instance apart)"
            : "");
  }

  /** The first reference token of a JSON Pointer, unescaped; {@code null} for the empty pointer. */
  private static String firstSegment(String pointer) {
    if (pointer.isEmpty()) {
      return null;
    }
    int end = pointer.indexOf('/', 1);
    return pointer.substring(1, end < 0 ? pointer.length() : end).replace("~1", "/").replace("~0", "~");
  }

  private static Object defaultOf(String element) {
    try {
      Object value = Envelope.class.getMethod(element).getDefaultValue();
      return value instanceof Enum<?> constant ? constant.name() : value;
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("@Envelope has no " + element, e);
    }
  }
}
