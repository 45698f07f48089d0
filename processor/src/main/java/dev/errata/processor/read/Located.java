package dev.errata.processor.read;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * A value read from the source, with where it was written, so a problem with it can be reported on
 * the exact annotation value; a value read from a JSON catalog file also says where in the file.
 *
 * @param value the value
 * @param element the element the annotation is on
 * @param mirror the annotation holding the value (possibly nested in another), or {@code null}
 * @param annotationValue the annotation value, or {@code null} when the value is not one
 * @param origin where in a JSON source the value is, such as {@code errors/x.json /codes/3/code (line
 *     42)}, put before the message; {@code null} for a value written in Java
 */
public record Located<T>(
    T value, Element element, AnnotationMirror mirror, AnnotationValue annotationValue, String origin) {

  /** A value written in Java. */
  public Located(T value, Element element, AnnotationMirror mirror, AnnotationValue annotationValue) {
    this(value, element, mirror, annotationValue, null);
  }

  /** The same position holding another value. */
  public <U> Located<U> with(U other) {
    return new Located<>(other, element, mirror, annotationValue, origin);
  }
}
