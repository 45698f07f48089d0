import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** A catalog in the unnamed package: its generated types could not be imported from anywhere. */
@ErrorCatalog(name = "Unnamed", types = @ErrorType(name = "FATAL"))
public interface DefaultPackage {

  @Code(type = "FATAL")
  String BROKEN = "E100";
}
