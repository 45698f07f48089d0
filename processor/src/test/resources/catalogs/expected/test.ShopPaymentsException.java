package test;

import dev.errata.catalog.ErrorReport;
import javax.annotation.processing.Generated;

/**
 * Any code of group {@code Payments}, nested groups included; {@link #errorCode()} says which.
 */
@Generated("dev.errata.processor.ErrataProcessor")
public final class ShopPaymentsException extends ShopException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for a code of this group and what is known of the response.
     *
     * @param errorCode the code's entry, one of this group's
     * @param report what is known of the response
     */
    public ShopPaymentsException(ShopErrorCode errorCode, ErrorReport report) {
        super(errorCode, report);
    }
}
