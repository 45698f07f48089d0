package dev.errata.processor.read;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * An {@code @ErrorCatalog} as written, with every value's position; nothing here is checked yet.
 *
 * @param element the annotated type
 * @param annotation its {@code @ErrorCatalog}
 * @param name the catalog's name
 * @param codePattern the code pattern
 * @param locales the locale tags
 * @param types the declared types
 * @param unknownType the type of unknown codes
 * @param envelope the JSON envelope
 * @param source the JSON source resource
 * @param root the interface's own codes and its groups
 * @param misplacedGroups nested types annotated {@code @Group} that are not interfaces
 * @param doublyMarked fields annotated both {@code @Code} and {@code @HttpStatus}
 */
public record CatalogDeclaration(
    TypeElement element,
    AnnotationMirror annotation,
    Located<String> name,
    Located<String> codePattern,
    Located<List<Located<String>>> locales,
    List<TypeDeclaration> types,
    Located<String> unknownType,
    EnvelopeDeclaration envelope,
    Located<String> source,
    GroupDeclaration root,
    List<Located<String>> misplacedGroups,
    List<Located<String>> doublyMarked) {}
