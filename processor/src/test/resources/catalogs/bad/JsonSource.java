package test;

import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** A catalog read from JSON, which this version does not support. */
@ErrorCatalog(name = "Json", types = @ErrorType(name = "DO_NOT_RETRY"), source = "errors/json.json")
public interface JsonSource {}
