package test;

import dev.errata.annotations.Code;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.ErrorType;

/** Catalog "Payments" generates PaymentsMatcher, which is this interface's own name. */
@ErrorCatalog(name = "Payments", types = @ErrorType(name = "DO_NOT_RETRY"))
public interface PaymentsMatcher {

  @Code(type = "DO_NOT_RETRY")
  String DECLINED = "E100";
}
