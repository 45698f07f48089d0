package dev.errata.processor;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * Finds a type a catalog refers to that the compiler could not resolve (yet): such a catalog waits for
 * a later round, when another processor may have generated it. That includes an annotation value that
 * names a constant of such a type ({@code @Code(type = Types.MISSING)}): javac reads it as the text
 * {@code <error>}, which the checks would take for the catalog's own mistake.
 */
final class UnresolvedTypes {

  private UnresolvedTypes() {}

  /** The first unresolved type in a field of the catalog or its nested interfaces, or {@code null}. */
  static String find(TypeElement type) {
    String inAnnotations = inAnnotations(type);
    if (inAnnotations != null) {
      return inAnnotations;
    }
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.asType().getKind() == TypeKind.ERROR) {
        return field.asType() + " (the type of " + field.getSimpleName() + ")";
      }
      inAnnotations = inAnnotations(field);
      if (inAnnotations != null) {
        return inAnnotations;
      }
    }
    for (Element nested : type.getEnclosedElements()) {
      if (nested.getKind() == ElementKind.INTERFACE) {
        String unresolved = find((TypeElement) nested);
        if (unresolved != null) {
          return unresolved;
        }
      }
    }
    return null;
  }

  /** A value of an annotation written on {@code element} that could not be resolved, or {@code null}. */
  private static String inAnnotations(Element element) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      for (AnnotationValue value : annotation.getElementValues().values()) {
        if (unresolved(value)) {
          return "a value of @" + annotation.getAnnotationType().asElement().getSimpleName() + " on "
              + element.getSimpleName();
        }
      }
    }
    return null;
  }

  private static boolean unresolved(AnnotationValue value) {
    Object content = value.getValue();
    if (content instanceof List<?> items) {
      return items.stream().anyMatch(item -> item instanceof AnnotationValue nested && unresolved(nested));
    }
    if (content instanceof AnnotationMirror nested) {
      return nested.getElementValues().values().stream().anyMatch(UnresolvedTypes::unresolved);
    }
    // javac's erroneous value prints as <error>; a string written <error> prints quoted.
    return "<error>".equals(content) && "<error>".equals(value.toString());
  }
}
