package dev.errata.processor.validate;

import dev.errata.processor.read.CatalogDeclaration;
import dev.errata.processor.read.EnvelopeDeclaration;
import dev.errata.processor.read.JsonCatalogReader;
import dev.errata.processor.read.Located;
import dev.errata.processor.read.SourceProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A catalog read from a file declares it all there: the interface keeps only its name. Anything else
 * written in Java would be silently ignored or fight the file, so it is an error.
 */
public final class SourceConflicts {

  private SourceConflicts() {}

  /**
   * The problems of a catalog with a source: what {@code annotated} also declares in Java, and what
   * reading its file found ({@code read}), each with its own id.
   */
  public static ValidationReport check(CatalogDeclaration annotated, JsonCatalogReader.Result read) {
    ValidationReport report = new ValidationReport();
    check(annotated, report);
    String path = annotated.source().value();
    for (SourceProblem problem : read.problems()) {
      Located<String> at = problem.at();
      switch (problem.kind()) {
        case NOT_FOUND -> report.report(Diagnostics.SOURCE_NOT_FOUND, at, path, at.value(), path);
        case SYNTAX -> report.report(Diagnostics.SOURCE_SYNTAX, at, at.value());
        case VERSION -> report.report(Diagnostics.SOURCE_VERSION, at, at.value());
        case KEY -> report.report(Diagnostics.SOURCE_KEY, at, at.value());
        case VALUE -> report.report(Diagnostics.SOURCE_VALUE, at, at.value());
        case NAME -> report.report(Diagnostics.SOURCE_NAME, at, at.value());
        case GROUP -> report.report(Diagnostics.SOURCE_GROUP, at, at.value());
        case ENTRY -> report.report(Diagnostics.SOURCE_ENTRY, at, at.value());
      }
    }
    return report;
  }

  /** Reports what {@code annotated}, a catalog with a source, also declares in Java. */
  static void check(CatalogDeclaration annotated, ValidationReport report) {
    List<String> declared = new ArrayList<>();
    if (!annotated.root().codes().isEmpty()) {
      declared.add("@Code constants");
    }
    if (!annotated.root().groups().isEmpty()) {
      declared.add("nested groups");
    }
    if (written(annotated.codePattern())) {
      declared.add("codePattern");
    }
    if (written(annotated.locales())) {
      declared.add("locales");
    }
    if (!annotated.types().isEmpty()) {
      declared.add("types");
    }
    if (written(annotated.unknownType())) {
      declared.add("unknownType");
    }
    EnvelopeDeclaration envelope = annotated.envelope();
    if (Stream.of(envelope.code(), envelope.type(), envelope.description(), envelope.status(),
            envelope.successStatus(), envelope.warningStatus(), envelope.failureStatus(),
            envelope.defaultHttpStatus(), envelope.correlationId(), envelope.codeJson(), envelope.statusJson(),
            envelope.warning(), envelope.httpStatus(), envelope.correlationIdHeader(), envelope.retryHeader())
        .anyMatch(SourceConflicts::written) || !envelope.attributes().isEmpty()) {
      declared.add("an envelope");
    }
    if (!declared.isEmpty()) {
      report.report(Diagnostics.SOURCE_CONFLICT, annotated.source(),
          annotated.element().getSimpleName(), annotated.source().value(), String.join(", ", declared));
    }
  }

  private static boolean written(Located<?> value) {
    return value.annotationValue() != null;
  }
}
