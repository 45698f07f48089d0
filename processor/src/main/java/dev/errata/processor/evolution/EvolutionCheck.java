package dev.errata.processor.evolution;

import dev.errata.processor.read.CatalogSources;
import dev.errata.processor.read.CatalogDeclaration;
import dev.errata.processor.read.JsonCatalogReader;
import dev.errata.processor.read.Located;
import dev.errata.processor.read.SourceProblem;
import dev.errata.processor.validate.Diagnostics;
import dev.errata.processor.validate.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * Compares a valid catalog with its baseline, the catalog as its clients know it: reports each
 * breaking change as an error (a note when {@code accept} names it) and each compatible one as a note,
 * and gives the change log.
 */
public final class EvolutionCheck {

  /**
   * The processor option naming a directory that holds the baselines of catalogs that name none, each
   * as exported: {@code <package>.<Name>.json}.
   */
  public static final String BASELINE_DIR_OPTION = "errata.baselineDir";

  /** What was found: the problems and notes to print, and the change log when there is a baseline. */
  public record Result(ValidationReport report, Optional<String> changeLog) {}

  private EvolutionCheck() {}

  /**
   * Checks the catalog {@code current} (valid, exported as {@code exported} gives, to {@code
   * resourceBase}{@code .json}) against its baseline, if it has one; a catalog without one costs no
   * export and no JSON reading. Both are compared as exported, so that what the export makes explicit
   * (readings, each code's type and status) means the same on both sides; what is reported where comes
   * from {@code current}.
   */
  public static Result check(
      ProcessingEnvironment environment, CatalogDeclaration current, Supplier<String> exported,
      String resourceBase) {
    ValidationReport report = new ValidationReport();
    Map<String, AnnotationValue> values = new LinkedHashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> value
        : current.annotation().getElementValues().entrySet()) {
      values.put(value.getKey().getSimpleName().toString(), value.getValue());
    }
    AnnotationValue baselineValue = values.get("baseline");
    String path;
    String text;
    Located<String> baselineAt;
    if (baselineValue != null && !String.valueOf(baselineValue.getValue()).isEmpty()) {
      path = String.valueOf(baselineValue.getValue());
      baselineAt = new Located<>(path, current.element(), current.annotation(), baselineValue);
      List<String> tried = new ArrayList<>();
      CatalogSources.Found found = CatalogSources.find(environment.getFiler(), path, tried);
      if (found == null) {
        report.report(Diagnostics.BASELINE_NOT_FOUND, baselineAt, path, String.join("; ", tried), path);
        return new Result(report, Optional.empty());
      }
      text = found.text();
    } else {
      String directory = environment.getOptions().get(BASELINE_DIR_OPTION);
      if (directory == null || directory.isEmpty()) {
        return new Result(report, Optional.empty());
      }
      Path file = Path.of(directory).resolve(resourceBase.substring(resourceBase.lastIndexOf('/') + 1) + ".json");
      if (!Files.isRegularFile(file)) {
        // A catalog not released yet: no client knows it.
        return new Result(report, Optional.empty());
      }
      path = file.toString();
      baselineAt = new Located<>(path, current.element(), current.annotation(), null);
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        // There, but not readable as a baseline: not UTF-8 text, or not readable at all.
        report.report(Diagnostics.BASELINE_FORMAT, baselineAt, path + ": cannot be read as UTF-8 text (" + e
            + "); export it again from the release your clients use");
        return new Result(report, Optional.empty());
      }
    }
    Optional<Snapshot> baseline = read(current, baselineAt, text, report);
    if (baseline.isEmpty()) {
      return new Result(report, Optional.empty());
    }
    Optional<Snapshot> export =
        read(current, baselineAt.with(resourceBase + ".json"), exported.get(), new ValidationReport());
    if (export.isEmpty()) {
      throw new IllegalStateException("the export of " + current.name().value() + " does not read back");
    }
    Snapshot now = export.get().placedAs(Snapshot.of(current));
    List<Change> changes = CatalogDiff.compare(baseline.get(), now);
    Map<String, Located<String>> accepted = accepted(current, values.get("accept"), report);
    for (Change change : changes) {
      if (!change.breaking()) {
        report.report(change.rule(), change.at(), change.args().toArray());
      } else if (accepted.remove(change.acceptance()) != null) {
        String message = change.message();
        report.report(Diagnostics.BREAK_ACCEPTED, change.at(), change.acceptance(),
            message.substring(message.indexOf(']') + 2));
      } else {
        report.report(change.rule(), change.at(), change.args().toArray());
      }
    }
    for (Located<String> unused : accepted.values()) {
      report.report(Diagnostics.ACCEPT_UNUSED, unused, unused.value());
    }
    List<String> acceptances = new ArrayList<>();
    for (AnnotationValue value : list(values.get("accept"))) {
      acceptances.add(String.valueOf(value.getValue()));
    }
    // A baseline of the option is named by its file name alone: the change log is the same on any machine.
    String name = baselineValue != null && !String.valueOf(baselineValue.getValue()).isEmpty()
        ? path
        : Path.of(path).getFileName().toString();
    return new Result(report, Optional.of(ChangeLog.write(now, name, changes, Set.copyOf(acceptances))));
  }

  /** The baseline's snapshot, read as a {@code source} file is; empty after reporting why not. */
  private static Optional<Snapshot> read(
      CatalogDeclaration current, Located<String> baselineAt, String text, ValidationReport report) {
    CatalogDeclaration asBaseline = new CatalogDeclaration(current.element(), current.annotation(),
        current.name(), current.codePattern(), current.locales(), current.types(), current.unknownType(),
        current.envelope(), baselineAt, current.root(), List.of(), List.of());
    JsonCatalogReader.Result read = JsonCatalogReader.read(asBaseline, baselineAt.value(), text);
    for (SourceProblem problem : read.problems()) {
      report.report(Diagnostics.BASELINE_FORMAT, problem.at(), problem.at().value());
    }
    if (!read.problems().isEmpty() || read.declaration().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Snapshot.of(read.declaration().get()));
  }

  private static Map<String, Located<String>> accepted(
      CatalogDeclaration current, AnnotationValue accept, ValidationReport report) {
    Map<String, Located<String>> accepted = new LinkedHashMap<>();
    for (AnnotationValue value : list(accept)) {
      String text = String.valueOf(value.getValue());
      Located<String> at = new Located<>(text, current.element(), current.annotation(), value);
      int colon = text.indexOf(':');
      if (colon <= 0 || colon == text.length() - 1) {
        report.report(Diagnostics.ACCEPT_SYNTAX, at, text);
      } else {
        accepted.put(text, at);
      }
    }
    return accepted;
  }

  private static List<AnnotationValue> list(AnnotationValue value) {
    List<AnnotationValue> items = new ArrayList<>();
    if (value != null && value.getValue() instanceof List<?> list) {
      for (Object item : list) {
        items.add((AnnotationValue) item);
      }
    }
    return items;
  }
}
