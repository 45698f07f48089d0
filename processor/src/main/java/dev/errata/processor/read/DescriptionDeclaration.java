package dev.errata.processor.read;

/**
 * One {@code @Description} as written.
 *
 * @param value the text
 * @param locale the locale tag, {@code ""} for the catalog's default
 */
public record DescriptionDeclaration(Located<String> value, Located<String> locale) {}
