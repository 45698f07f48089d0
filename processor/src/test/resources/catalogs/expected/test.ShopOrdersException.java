package test;

import dev.errata.catalog.ErrorReport;
import javax.annotation.processing.Generated;

/**
 * The codes of group {@code Orders}.
 *
 * <p>Problems with the order.
 */
@Generated("dev.errata.processor.ErrataProcessor")
public abstract sealed class ShopOrdersException extends ShopException permits ShopOrderInvalidException,
        ShopOrderLockedException, ShopOrderNotFoundException {
    private static final long serialVersionUID = 1L;

    ShopOrdersException(ShopErrorCode errorCode, ErrorReport report) {
        super(errorCode, report);
    }
}
