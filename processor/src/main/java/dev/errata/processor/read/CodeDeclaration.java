package dev.errata.processor.read;

import java.util.List;

/**
 * One code as written: an {@code @Code} (or {@code @HttpStatus}) field, or an entry of a JSON catalog
 * file.
 *
 * @param name the symbolic name (the field's), also the generated enum constant
 * @param displayName how messages name it, such as {@code KhipuErrors.LOGON}
 * @param at where the code as a whole is reported: the field, or the JSON entry
 * @param annotationAt where its annotation is reported: the field's {@code @Code}, or the JSON entry
 * @param constantValue the code's value (the field's compile-time constant), or {@code null} when
 *     it has none
 * @param valueType the declared type of the value, such as {@code java.lang.String} or {@code int}
 * @param type the type name given by {@code @Code(type)}, {@code ""} for the group's
 * @param http the status given by {@code @Code(http)}, 0 for the group's
 * @param descriptions its descriptions
 * @param reading the name of the {@code CodeReading} constant its value is read by
 * @param forHttpStatus the statuses given by {@code @Code(forHttpStatus)}
 * @param statusOnly whether it is an {@code @HttpStatus} entry, whose value is an HTTP status, not a code
 * @param order its place in declaration order: a group's own codes in source order, then its nested
 *     groups' in source order (the order javac and ECJ agree on); a JSON file's in array order
 */
public record CodeDeclaration(
    String name,
    String displayName,
    Located<String> at,
    Located<String> annotationAt,
    Object constantValue,
    String valueType,
    Located<String> type,
    Located<Integer> http,
    List<DescriptionDeclaration> descriptions,
    Located<String> reading,
    Located<List<Located<String>>> forHttpStatus,
    boolean statusOnly,
    int order) {}
