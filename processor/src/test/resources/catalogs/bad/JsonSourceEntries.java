package test;

import dev.errata.annotations.ErrorCatalog;

/**
 * A catalog whose source file has wrong entries, groups, locales and types: a key twice, a locale
 * that is a number, a type that is not an object, a group inside one not listed, a group path that
 * is not Java names, an entry of a group not listed, one with neither code nor status, and a reading
 * that does not exist.
 */
@ErrorCatalog(name = "JsonEntries", source = "catalogs/json/bad/entries.json")
public interface JsonSourceEntries {}
