package test;

import dev.errata.annotations.ErrorCatalog;

/** A catalog whose source file is not JSON. */
@ErrorCatalog(name = "JsonSyntax", source = "catalogs/json/bad/syntax.json")
public interface JsonSourceSyntax {}
