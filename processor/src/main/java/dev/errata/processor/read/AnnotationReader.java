package dev.errata.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/** Reads annotation values by element name, defaults included, keeping where each was written. */
final class AnnotationReader {

  private final Elements elements;

  AnnotationReader(Elements elements) {
    this.elements = elements;
  }

  /** The annotation of type {@code qualifiedName} directly on {@code element}, or {@code null}. */
  static AnnotationMirror find(Element element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (type.getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  AnnotationValue value(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        elements.getElementValuesWithDefaults(mirror).entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    throw new IllegalArgumentException(
        "@" + mirror.getAnnotationType() + " has no element " + name);
  }

  /** A value the user wrote, or the default; javac reports on a default at the annotation itself. */
  private AnnotationValue written(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  Located<String> string(Element element, AnnotationMirror mirror, String name) {
    return new Located<>(
        String.valueOf(value(mirror, name).getValue()), element, mirror, written(mirror, name));
  }

  Located<Integer> integer(Element element, AnnotationMirror mirror, String name) {
    Object value = value(mirror, name).getValue();
    return new Located<>(
        value instanceof Integer i ? i : 0, element, mirror, written(mirror, name));
  }

  Located<Boolean> bool(Element element, AnnotationMirror mirror, String name) {
    return new Located<>(
        Boolean.TRUE.equals(value(mirror, name).getValue()), element, mirror, written(mirror, name));
  }

  /** The simple name of an enum constant value. */
  Located<String> enumConstant(Element element, AnnotationMirror mirror, String name) {
    Object value = value(mirror, name).getValue();
    String constant = value instanceof VariableElement variable
        ? variable.getSimpleName().toString()
        : String.valueOf(value);
    return new Located<>(constant, element, mirror, written(mirror, name));
  }

  List<Located<String>> strings(Element element, AnnotationMirror mirror, String name) {
    List<Located<String>> values = new ArrayList<>();
    for (AnnotationValue item : list(mirror, name)) {
      values.add(new Located<>(String.valueOf(item.getValue()), element, mirror, item));
    }
    return values;
  }

  /** The nested annotations of an annotation-array element. */
  List<AnnotationMirror> annotations(AnnotationMirror mirror, String name) {
    List<AnnotationMirror> values = new ArrayList<>();
    for (AnnotationValue item : list(mirror, name)) {
      if (item.getValue() instanceof AnnotationMirror nested) {
        values.add(nested);
      }
    }
    return values;
  }

  AnnotationMirror annotation(AnnotationMirror mirror, String name) {
    return (AnnotationMirror) value(mirror, name).getValue();
  }

  private List<AnnotationValue> list(AnnotationMirror mirror, String name) {
    Object value = value(mirror, name).getValue();
    List<AnnotationValue> items = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        items.add((AnnotationValue) item);
      }
    }
    return items;
  }
}
