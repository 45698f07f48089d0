package test;

import dev.errata.catalog.ErrorReport;
import javax.annotation.processing.Generated;

/**
 * Thrown for {@code S404} ({@link ShopErrorCode#ADDRESS_UNKNOWN}).
 */
@Generated("dev.errata.processor.ErrataProcessor")
public final class ShopAddressUnknownException extends ShopShippingException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for a received response; {@link ShopMatcher#toException} builds these.
     *
     * @param report what is known of the response
     */
    public ShopAddressUnknownException(ErrorReport report) {
        super(ShopErrorCode.ADDRESS_UNKNOWN, report);
    }

    /**
     * An exception raised locally (as a server does) for code {@code S404}.
     */
    public ShopAddressUnknownException() {
        this(ErrorReport.ofCode("S404"));
    }
}
