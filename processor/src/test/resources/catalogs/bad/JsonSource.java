package test;

import dev.errata.annotations.ErrorCatalog;

/** A catalog whose source file does not exist. */
@ErrorCatalog(name = "Json", source = "errors/json.json")
public interface JsonSource {}
