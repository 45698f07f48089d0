package test;

import dev.errata.catalog.ErrorReport;
import javax.annotation.processing.Generated;

/**
 * Thrown for {@code O400..O499} ({@link ShopErrorCode#ORDER_INVALID}).
 */
@Generated("dev.errata.processor.ErrataProcessor")
public final class ShopOrderInvalidException extends ShopOrdersException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for a received response; {@link ShopMatcher#toException} builds these.
     *
     * @param report what is known of the response
     */
    public ShopOrderInvalidException(ErrorReport report) {
        super(ShopErrorCode.ORDER_INVALID, report);
    }

    /**
     * An exception raised locally (as a server does) for one code of {@code O400..O499}.
     *
     * @param code the code, one of {@code O400..O499}
     * @throws IllegalArgumentException if {@code code} is not one of them
     */
    public ShopOrderInvalidException(String code) {
        this(ErrorReport.ofCode(requireCode(code)));
    }

    private static String requireCode(String code) {
        if (ShopMatcher.match(code) != ShopErrorCode.ORDER_INVALID) {
            throw new IllegalArgumentException(code + " is not a code of ORDER_INVALID (O400..O499)");
        }
        return code;
    }
}
