package dev.errata.processor.read;

import java.lang.annotation.Annotation;
import java.lang.reflect.Array;
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

  /**
   * What {@code name} holds, written or default. javac 17 leaves the defaults of an annotation type it
   * first reads from its class file during processing (such as {@code @Envelope}'s, when a catalog
   * keeps the default envelope) as placeholders until its next round, and a placeholder array, enum
   * or annotation cannot be read; the annotation class on the processor path has the same defaults.
   */
  private Object read(AnnotationMirror mirror, String name) {
    AnnotationValue value = value(mirror, name);
    try {
      return value.getValue();
    } catch (UnsupportedOperationException placeholder) {
      return classDefault(mirror, name);
    }
  }

  private static Object classDefault(AnnotationMirror mirror, String name) {
    String type = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
    Object value;
    try {
      value = Class.forName(type, false, AnnotationReader.class.getClassLoader())
          .getMethod(name)
          .getDefaultValue();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read the default of @" + type + "." + name, e);
    }
    if (value instanceof Enum<?> constant) {
      return constant.name();
    }
    if (value != null && value.getClass().isArray()) {
      if (Array.getLength(value) == 0) {
        return List.of();
      }
      // Items would need AnnotationValues of their own; no Errata annotation has such a default.
      throw new IllegalStateException("cannot read the non-empty default of @" + type + "." + name);
    }
    if (value instanceof Annotation) {
      throw new IllegalStateException("cannot read the annotation default of @" + type + "." + name);
    }
    return value;
  }

  Located<String> string(Element element, AnnotationMirror mirror, String name) {
    return new Located<>(
        String.valueOf(read(mirror, name)), element, mirror, written(mirror, name));
  }

  Located<Integer> integer(Element element, AnnotationMirror mirror, String name) {
    Object value = read(mirror, name);
    return new Located<>(
        value instanceof Integer i ? i : 0, element, mirror, written(mirror, name));
  }

  Located<Boolean> bool(Element element, AnnotationMirror mirror, String name) {
    return new Located<>(
        Boolean.TRUE.equals(read(mirror, name)), element, mirror, written(mirror, name));
  }

  /** The simple name of an enum constant value. */
  Located<String> enumConstant(Element element, AnnotationMirror mirror, String name) {
    Object value = read(mirror, name);
    String constant = value instanceof VariableElement variable
        ? variable.getSimpleName().toString()
        : String.valueOf(value);
    return new Located<>(constant, element, mirror, written(mirror, name));
  }

  /** A string array: each string where it was written, and the array where it was written. */
  Located<List<Located<String>>> strings(Element element, AnnotationMirror mirror, String name) {
    List<Located<String>> values = new ArrayList<>();
    for (AnnotationValue item : list(mirror, name)) {
      values.add(new Located<>(String.valueOf(item.getValue()), element, mirror, item));
    }
    return new Located<>(List.copyOf(values), element, mirror, written(mirror, name));
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
    return (AnnotationMirror) read(mirror, name);
  }

  private List<AnnotationValue> list(AnnotationMirror mirror, String name) {
    Object value = read(mirror, name);
    List<AnnotationValue> items = new ArrayList<>();
    if (value instanceof List<?> list) {
      for (Object item : list) {
        items.add((AnnotationValue) item);
      }
    }
    return items;
  }
}
