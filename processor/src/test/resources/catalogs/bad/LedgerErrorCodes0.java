package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** Catalog "Ledger" reserves LedgerErrorCodes0 for when it grows past one enum: this interface's name. */
@ErrorCatalog(name = "Ledger", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface LedgerErrorCodes0 {

  @Code(type = "DO_NOT_RETRY")
  String DECLINED = "E100";
}
