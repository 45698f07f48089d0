package test;

import dev.errata.annotations.ErrorCatalog;

/** A catalog whose source file has a value of the wrong type. */
@ErrorCatalog(name = "JsonFormat", source = "catalogs/json/bad/wrong-type.json")
public interface JsonSourceFormat {}
