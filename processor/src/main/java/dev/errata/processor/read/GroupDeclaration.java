package dev.errata.processor.read;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * The catalog interface itself ({@code path} {@code ""}) or one nested interface (a group), as written.
 *
 * @param element the interface
 * @param path the dotted path of simple names below the catalog, {@code ""} for the catalog
 * @param groupAnnotation its {@code @Group}, or {@code null} when it has none
 * @param type the default type of its codes, {@code ""} for the enclosing group's
 * @param http the default status of its codes, 0 for the enclosing group's
 * @param leaf whether it is a leaf group
 * @param descriptions its descriptions
 * @param codes its {@code @Code} fields
 * @param groups its nested interfaces
 */
public record GroupDeclaration(
    TypeElement element,
    String path,
    AnnotationMirror groupAnnotation,
    Located<String> type,
    Located<Integer> http,
    Located<Boolean> leaf,
    List<DescriptionDeclaration> descriptions,
    List<CodeDeclaration> codes,
    List<GroupDeclaration> groups) {}
