package test;

import dev.errata.catalog.ErrorReport;
import javax.annotation.processing.Generated;

/**
 * Thrown for {@code O404} ({@link ShopErrorCode#ORDER_NOT_FOUND}).
 */
@Generated("dev.errata.processor.ErrataProcessor")
public final class ShopOrderNotFoundException extends ShopOrdersException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for a received response; {@link ShopMatcher#toException} builds these.
     *
     * @param report what is known of the response
     */
    public ShopOrderNotFoundException(ErrorReport report) {
        super(ShopErrorCode.ORDER_NOT_FOUND, report);
    }

    /**
     * An exception raised locally (as a server does) for code {@code O404}.
     */
    public ShopOrderNotFoundException() {
        this(ErrorReport.ofCode("O404"));
    }
}
