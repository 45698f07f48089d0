package dev.errata.processor;

import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.ElementFilter;

/**
 * Finds a type a catalog refers to that the compiler could not resolve (yet): such a catalog waits for
 * a later round, when another processor may have generated it.
 */
final class UnresolvedTypes {

  private UnresolvedTypes() {}

  /** The first unresolved type in a field of the catalog or its nested interfaces, or {@code null}. */
  static String find(TypeElement type) {
    for (VariableElement field : ElementFilter.fieldsIn(type.getEnclosedElements())) {
      if (field.asType().getKind() == TypeKind.ERROR) {
        return field.asType() + " (the type of " + field.getSimpleName() + ")";
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
}
