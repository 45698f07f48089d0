package dev.errata.processor.validate;

import dev.errata.processor.read.Located;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/** Every problem found in a catalog, each with where to report it; printed once, all together. */
public final class ValidationReport {

  /** One problem, at an element and, where known, the annotation and value that caused it. */
  public record Problem(
      Diagnostics diagnostic,
      String message,
      Element element,
      AnnotationMirror mirror,
      AnnotationValue value) {

    /** Prints the problem to the compiler's messager, at its element, annotation and value. */
    public void printTo(Messager messager) {
      if (mirror == null) {
        messager.printMessage(diagnostic.kind(), message, element);
      } else if (value == null) {
        messager.printMessage(diagnostic.kind(), message, element, mirror);
      } else {
        messager.printMessage(diagnostic.kind(), message, element, mirror, value);
      }
    }
  }

  private final List<Problem> problems = new ArrayList<>();

  /** Records a problem at an element, an annotation and one of its values (either may be null). */
  public void report(
      Diagnostics diagnostic,
      Element element,
      AnnotationMirror mirror,
      AnnotationValue value,
      Object... args) {
    problems.add(new Problem(diagnostic, diagnostic.format(args), element, mirror, value));
  }

  /**
   * Records a problem at the position of a value read from the source; for a value of a JSON source,
   * the message names the file, the entry's JSON path and line, after its bracketed id.
   */
  public void report(Diagnostics diagnostic, Located<?> at, Object... args) {
    String message = diagnostic.format(args);
    if (at.origin() != null) {
      int id = message.indexOf(']') + 1;
      message = message.substring(0, id) + " " + at.origin() + ":" + message.substring(id);
    }
    problems.add(new Problem(diagnostic, message, at.element(), at.mirror(), at.annotationValue()));
  }

  /** Whether no problem was found. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /** The problems, in the order found. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }
}
