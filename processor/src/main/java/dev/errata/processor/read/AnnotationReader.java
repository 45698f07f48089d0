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

/**
 * Reads Errata annotations: values the user wrote from the annotation mirror, with their position;
 * defaults from the annotation classes themselves. javac's own defaults cannot be trusted here: for an
 * annotation type first loaded during a round (such as {@code @Envelope} when the source never names
 * it), they are unreadable proxies until the round ends.
 */
final class AnnotationReader {

  /**
   * An Errata annotation as written, or absent (all defaults).
   *
   * @param type the annotation class
   * @param mirror the annotation as written, or {@code null} when absent
   * @param reportOn where to report its problems: itself, or the nearest enclosing written annotation
   */
  record Written(Class<? extends Annotation> type, AnnotationMirror mirror, AnnotationMirror reportOn) {

    static Written of(Class<? extends Annotation> type, AnnotationMirror mirror) {
      return new Written(type, mirror, mirror);
    }
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

  /** The value the user wrote for {@code name}, or {@code null}. */
  private static AnnotationValue written(Written annotation, String name) {
    if (annotation.mirror() == null) {
      return null;
    }
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.mirror().getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return entry.getValue();
      }
    }
    return null;
  }

  /** The written value as javac models it, else the default as the annotation class declares it. */
  private static Object raw(Written annotation, String name) {
    AnnotationValue written = written(annotation, name);
    if (written != null) {
      return written.getValue();
    }
    try {
      return annotation.type().getMethod(name).getDefaultValue();
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException("@" + annotation.type().getSimpleName() + " has no " + name, e);
    }
  }

  private static <T> Located<T> located(T value, Element element, Written annotation, String name) {
    return new Located<>(value, element, annotation.reportOn(), written(annotation, name));
  }

  Located<String> string(Element element, Written annotation, String name) {
    return located(String.valueOf(raw(annotation, name)), element, annotation, name);
  }

  Located<Integer> integer(Element element, Written annotation, String name) {
    Object value = raw(annotation, name);
    return located(value instanceof Integer i ? i : 0, element, annotation, name);
  }

  Located<Boolean> bool(Element element, Written annotation, String name) {
    return located(Boolean.TRUE.equals(raw(annotation, name)), element, annotation, name);
  }

  /** The name of an enum constant value. */
  Located<String> enumConstant(Element element, Written annotation, String name) {
    Object value = raw(annotation, name);
    String constant = value instanceof VariableElement variable
        ? variable.getSimpleName().toString()
        : value instanceof Enum<?> declared ? declared.name() : String.valueOf(value);
    return located(constant, element, annotation, name);
  }

  /** The items of a string-array element, each located at its own value. */
  List<Located<String>> strings(Element element, Written annotation, String name) {
    List<Located<String>> values = new ArrayList<>();
    AnnotationValue written = written(annotation, name);
    if (written != null) {
      for (AnnotationValue item : items(written)) {
        values.add(new Located<>(String.valueOf(item.getValue()), element, annotation.reportOn(), item));
      }
      return values;
    }
    Object defaults = raw(annotation, name);
    for (int i = 0; i < Array.getLength(defaults); i++) {
      values.add(new Located<>(String.valueOf(Array.get(defaults, i)), element, annotation.reportOn(), null));
    }
    return values;
  }

  /** The nested annotations of an annotation-array element; Errata's defaults for these are empty. */
  List<Written> annotations(Written annotation, String name, Class<? extends Annotation> type) {
    List<Written> values = new ArrayList<>();
    AnnotationValue written = written(annotation, name);
    if (written != null) {
      for (AnnotationValue item : items(written)) {
        if (item.getValue() instanceof AnnotationMirror nested) {
          values.add(Written.of(type, nested));
        }
      }
    }
    return values;
  }

  /** A nested annotation element: as written, or absent. */
  Written annotation(Written annotation, String name, Class<? extends Annotation> type) {
    AnnotationValue written = written(annotation, name);
    return written != null && written.getValue() instanceof AnnotationMirror nested
        ? Written.of(type, nested)
        : new Written(type, null, annotation.reportOn());
  }

  private static List<AnnotationValue> items(AnnotationValue array) {
    List<AnnotationValue> items = new ArrayList<>();
    if (array.getValue() instanceof List<?> list) {
      for (Object item : list) {
        items.add((AnnotationValue) item);
      }
    } else {
      // A single value written without braces for an array element.
      items.add(array);
    }
    return items;
  }
}
