package test;

import dev.errata.catalog.ErrorReport;
import javax.annotation.processing.Generated;

/**
 * A code the Shop catalog does not declare (or no code at all); {@link #code()} is what was received.
 */
@Generated("dev.errata.processor.ErrataProcessor")
public final class ShopUnknownException extends ShopException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for a response whose code matched nothing.
     *
     * @param report what is known of the response
     */
    public ShopUnknownException(ErrorReport report) {
        super(ShopErrorCode.UNKNOWN, report);
    }
}
