package dev.errata.processor.validate;

import dev.errata.processor.model.CodePattern;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.Quoted;
import dev.errata.processor.read.CodeDeclaration;
import dev.errata.processor.read.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one {@code @Code} or {@code @HttpStatus} entry on its own: its type (its own or its group's),
 * its HTTP status, its descriptions, a value that is a constant, and the code or statuses it reads as.
 * Checks across entries (overlaps, clashes, status conflicts) are their own classes.
 */
final class CodeCheck {

  private final ValidationReport report;
  private final TypeCheck types;
  private final DescriptionCheck descriptions;
  private final StatusCheck statuses;
  private final CodeReadingCheck readings;
  private final CodeExamples examples;
  /** Whether the envelope takes the HTTP status as the code, so no entry stands for a status. */
  private final boolean statusIsCode;

  CodeCheck(ValidationReport report, TypeCheck types, DescriptionCheck descriptions, StatusCheck statuses,
      CodeReadingCheck readings, CodeExamples examples, boolean statusIsCode) {
    this.report = report;
    this.types = types;
    this.descriptions = descriptions;
    this.statuses = statuses;
    this.readings = readings;
    this.examples = examples;
    this.statusIsCode = statusIsCode;
  }

  /** Checks one code; empty when its value is no code at all (not a String constant, bad syntax). */
  Optional<ErrorEntry> check(CodeDeclaration code, String groupPath, String groupType, int groupHttp) {
    String name = code.name();
    Map<String, String> texts = descriptions.check(code.displayName(), code.descriptions());
    String type = groupType;
    if (!code.type().value().isEmpty()) {
      type = code.type().value();
      types.checkReference(code.type(), code.displayName());
    } else if (type.isEmpty()) {
      String give = code.at().origin() != null
          ? "Give it a \"type\""
          : "Give it @" + (code.statusOnly() ? "HttpStatus" : "Code") + "(type = ...) or put it in a"
              + " @Group(type = ...)";
      report.report(Diagnostics.MISSING_TYPE, code.annotationAt(), code.displayName(), give,
          TypeCheck.typesLocation(code.at()), types.declared());
    }
    int http = groupHttp;
    if (code.http().value() != 0) {
      http = code.http().value();
      if (!StatusCheck.isHttpStatus(http)) {
        report.report(Diagnostics.HTTP_STATUS, code.http(), code.displayName(), http);
      }
    }
    if (!(code.constantValue() instanceof String text)) {
      report.report(Diagnostics.CODE_NOT_CONSTANT, code.at(), code.statusOnly() ? "HttpStatus" : "Code",
          code.displayName(), describeNonConstant(code), code.statusOnly() ? "an HTTP status" : "a code",
          name, code.statusOnly() ? "5xx" : examples.code());
      return Optional.empty();
    }
    if (code.statusOnly()) {
      return statusEntry(code, text, groupPath, type, texts);
    }
    int httpStatus = http;
    List<CodePattern> forHttpStatus = new ArrayList<>();
    for (Located<String> status : code.forHttpStatus().value()) {
      statuses.parse(code, "forHttpStatus", status.value(), status).ifPresent(forHttpStatus::add);
    }
    String codeType = type;
    return readings.read(code, text).map(read -> new ErrorEntry(name, Optional.of(read), codeType, httpStatus,
        groupPath, texts, forHttpStatus, code.order()));
  }

  /** An {@code @HttpStatus} entry: its value is the statuses it stands for, and it has no code. */
  private Optional<ErrorEntry> statusEntry(
      CodeDeclaration code, String text, String groupPath, String type, Map<String, String> texts) {
    if (statusIsCode) {
      report.report(Diagnostics.STATUS_IS_CODE, code.at(), code.displayName(), code.name(), Quoted.of(text));
      return Optional.empty();
    }
    return statuses.parse(code, code.at().origin() != null ? "status" : "@HttpStatus", text, code.at())
        .map(status -> new ErrorEntry(code.name(), Optional.<CodePattern>empty(), type,
            StatusCheck.sentStatus(status), groupPath, texts, List.of(status), code.order()));
  }

  private static String describeNonConstant(CodeDeclaration code) {
    String type = code.valueType();
    if (!type.equals("java.lang.String")) {
      return "of type " + type;
    }
    return "not a compile-time constant";
  }
}
