package dev.errata.processor;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.Group;
import dev.errata.annotations.HttpStatus;
import dev.errata.processor.read.CatalogReader;
import dev.errata.processor.validate.Diagnostics;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;

/**
 * Reports {@code @Code}, {@code @HttpStatus} and {@code @Group} where they have no effect: outside any
 * catalog interface or its nested interfaces (the catalog's own checks cover everything inside one).
 */
final class StrayAnnotationCheck {

  private final Messager messager;

  StrayAnnotationCheck(Messager messager) {
    this.messager = messager;
  }

  void check(RoundEnvironment round) {
    for (Element element : round.getElementsAnnotatedWith(Code.class)) {
      if (!coveredByCatalog(element.getEnclosingElement())) {
        report("Code", element);
      }
    }
    for (Element element : round.getElementsAnnotatedWith(HttpStatus.class)) {
      if (!coveredByCatalog(element.getEnclosingElement())) {
        report("HttpStatus", element);
      }
    }
    for (Element element : round.getElementsAnnotatedWith(Group.class)) {
      if (!coveredByCatalog(element.getEnclosingElement())) {
        report("Group", element);
      }
    }
  }

  /**
   * Whether a member of {@code element} is the business of a catalog's own checks: {@code element} is
   * a catalog interface or nested in one through interfaces only, or lies in a type wrongly annotated
   * {@code @ErrorCatalog} (already reported as not an interface), or in a class wrongly annotated
   * {@code @Group} (already reported as not an interface: making it one is the whole fix).
   */
  private static boolean coveredByCatalog(Element element) {
    boolean throughInterfaces = true;
    for (Element at = element;
        at != null && (at.getKind().isClass() || at.getKind().isInterface());
        at = at.getEnclosingElement()) {
      // Mirrors, not getAnnotation: that would build reflective proxies of the annotations (a
      // class of its own for each), a cost paid in every build for nothing but a yes or no.
      if (CatalogReader.isAnnotated(at, ErrorCatalog.class)) {
        return throughInterfaces || at.getKind() != ElementKind.INTERFACE;
      }
      throughInterfaces &=
          at.getKind() == ElementKind.INTERFACE || CatalogReader.isAnnotated(at, Group.class);
    }
    return false;
  }

  private void report(String annotation, Element element) {
    messager.printMessage(
        Diagnostics.OUTSIDE_CATALOG.kind(),
        Diagnostics.OUTSIDE_CATALOG.format(annotation, CatalogReader.displayName(element)),
        element);
  }
}
