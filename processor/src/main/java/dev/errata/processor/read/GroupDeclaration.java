package dev.errata.processor.read;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;

/**
 * The catalog itself ({@code path} {@code ""}) or one group (a nested interface, or a group of a JSON
 * catalog file), as written.
 *
 * @param simpleName the group's simple name (the interface's), {@code ""} for the catalog
 * @param at where the group as a whole is reported
 * @param path the dotted path of simple names below the catalog, {@code ""} for the catalog
 * @param groupAnnotation its {@code @Group}, or {@code null} when it has none
 * @param type the default type of its codes, {@code ""} for the enclosing group's
 * @param http the default status of its codes, 0 for the enclosing group's
 * @param leaf whether it is a leaf group
 * @param descriptions its descriptions
 * @param codes its codes
 * @param groups its nested groups
 * @param ownCode the name a JSON catalog file gives the group's own code, checked against the code
 *     named like the group; {@code null} when not given (always in Java, where the name says it)
 */
public record GroupDeclaration(
    String simpleName,
    Located<String> at,
    String path,
    AnnotationMirror groupAnnotation,
    Located<String> type,
    Located<Integer> http,
    Located<Boolean> leaf,
    List<DescriptionDeclaration> descriptions,
    List<CodeDeclaration> codes,
    List<GroupDeclaration> groups,
    Located<String> ownCode) {}
