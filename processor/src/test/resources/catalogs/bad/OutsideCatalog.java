package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.Group;
import dev.errata.annotations.HttpStatus;

/** @Code, @HttpStatus and @Group in a type that is not a catalog. */
public final class OutsideCatalog {

  @Code(type = "DO_NOT_RETRY")
  public static final String LOCKED = "E100";

  @HttpStatus(type = "DO_NOT_RETRY")
  public static final String SERVER_ERROR = "5xx";

  @Group(type = "DO_NOT_RETRY")
  interface Server {}

  private OutsideCatalog() {}
}
