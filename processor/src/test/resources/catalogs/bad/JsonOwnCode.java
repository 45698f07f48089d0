package test;

import dev.errata.annotations.ErrorCatalog;

/** A catalog file whose group names an own code that is not the one named like the group. */
@ErrorCatalog(name = "OwnCode", source = "catalogs/json/bad/own-code.json")
public interface JsonOwnCode {}
