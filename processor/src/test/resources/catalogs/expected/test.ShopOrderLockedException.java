package test;

import dev.errata.catalog.ErrorReport;
import javax.annotation.processing.Generated;

/**
 * Thrown for {@code O4*9} ({@link ShopErrorCode#ORDER_LOCKED}).
 */
@Generated("dev.errata.processor.ErrataProcessor")
public final class ShopOrderLockedException extends ShopOrdersException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for a received response; {@link ShopMatcher#toException} builds these.
     *
     * @param report what is known of the response
     */
    public ShopOrderLockedException(ErrorReport report) {
        super(ShopErrorCode.ORDER_LOCKED, report);
    }

    /**
     * An exception raised locally (as a server does) for one code of {@code O4*9}.
     *
     * @param code the code, one of {@code O4*9}
     * @throws IllegalArgumentException if {@code code} is not one of them
     */
    public ShopOrderLockedException(String code) {
        this(ErrorReport.ofCode(requireCode(code)));
    }

    private static String requireCode(String code) {
        if (ShopMatcher.match(code) != ShopErrorCode.ORDER_LOCKED) {
            throw new IllegalArgumentException(code + " is not a code of ORDER_LOCKED (O4*9)");
        }
        return code;
    }
}
