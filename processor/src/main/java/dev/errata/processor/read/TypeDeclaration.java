package dev.errata.processor.read;

import java.util.List;

/**
 * One {@code @ErrorType} of {@code @ErrorCatalog(types = ...)} as written.
 *
 * @param name the type's name
 * @param retry the name of the {@code Retry} constant
 * @param after the ISO-8601 delay text
 * @param outcome the name of the {@code Outcome} constant
 * @param descriptions its descriptions
 */
public record TypeDeclaration(
    Located<String> name,
    Located<String> retry,
    Located<String> after,
    Located<String> outcome,
    List<DescriptionDeclaration> descriptions) {}
