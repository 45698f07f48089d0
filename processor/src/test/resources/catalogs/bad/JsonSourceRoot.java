package test;

import dev.errata.annotations.ErrorCatalog;

/** A catalog whose source file is JSON but not an object. */
@ErrorCatalog(name = "JsonRoot", source = "catalogs/json/bad/root.json")
public interface JsonSourceRoot {}
