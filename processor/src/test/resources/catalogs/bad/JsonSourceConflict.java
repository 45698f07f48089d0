package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** A catalog that reads a file but also declares types and codes in Java. */
@ErrorCatalog(
    name = "JsonConflict",
    types = @ErrorType(name = "FATAL"),
    source = "catalogs/expected/test.Shop.json")
public interface JsonSourceConflict {

  @Code(type = "FATAL")
  String BROKEN = "X100";
}
