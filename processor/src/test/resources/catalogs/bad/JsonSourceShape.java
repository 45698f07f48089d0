package test;

import dev.errata.annotations.ErrorCatalog;

/** A catalog whose source file is JSON of the wrong shape: version, key, name, group and entry. */
@ErrorCatalog(name = "JsonShape", source = "catalogs/json/bad/shape.json")
public interface JsonSourceShape {}
