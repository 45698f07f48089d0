package dev.errata.processor.read;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/**
 * One {@code @Code} field as written.
 *
 * @param field the field
 * @param displayName how messages name it, such as {@code KhipuErrors.LOGON}
 * @param codeAnnotation its {@code @Code} annotation
 * @param constantValue the field's compile-time constant value, or {@code null} when it has none
 * @param type the type name given by {@code @Code(type)}, {@code ""} for the group's
 * @param http the status given by {@code @Code(http)}, 0 for the group's
 * @param descriptions its descriptions
 */
public record CodeDeclaration(
    VariableElement field,
    String displayName,
    AnnotationMirror codeAnnotation,
    Object constantValue,
    Located<String> type,
    Located<Integer> http,
    List<DescriptionDeclaration> descriptions) {}
