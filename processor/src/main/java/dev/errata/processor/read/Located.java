package dev.errata.processor.read;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;

/**
 * A value read from the source, with where it was written, so a problem with it can be reported on
 * the exact annotation value.
 *
 * @param value the value
 * @param element the element the annotation is on
 * @param mirror the annotation holding the value (possibly nested in another), or {@code null}
 * @param annotationValue the annotation value, or {@code null} when the value is not one
 */
public record Located<T>(
    T value, Element element, AnnotationMirror mirror, AnnotationValue annotationValue) {}
