package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.Descriptions;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** Two English descriptions of one code, repeated; and of another, in a container written out. */
@ErrorCatalog(name = "Twice", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface DuplicateDescription {

  @Code(type = "DO_NOT_RETRY")
  @Description("The account is locked.")
  @Description(locale = "en", value = "The account was locked by an administrator.")
  String LOCKED = "E100";

  @Code(type = "DO_NOT_RETRY")
  @Descriptions({
    @Description("The account is closed."),
    @Description(locale = "en", value = "The account was closed by its owner.")
  })
  String CLOSED = "E101";
}
