package test;

import dev.errata.annotations.ErrorCatalog;

/** A catalog whose source file has a value of the wrong JSON type in each place a value is read. */
@ErrorCatalog(name = "JsonWrongValues", source = "catalogs/json/bad/wrong-values.json")
public interface JsonWrongValues {}
