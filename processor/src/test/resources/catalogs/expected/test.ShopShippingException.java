package test;

import dev.errata.catalog.ErrorReport;
import javax.annotation.processing.Generated;

/**
 * Thrown for {@code S4xx} ({@link ShopErrorCode#SHIPPING}), the own code of group {@code
 * Shipping}; the classes of the group's other codes extend it, so catching it catches every code
 * of the group.
 */
@Generated("dev.errata.processor.ErrataProcessor")
public sealed class ShopShippingException extends ShopException permits ShopAddressUnknownException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for a received response; {@link ShopMatcher#toException} builds these.
     *
     * @param report what is known of the response
     */
    public ShopShippingException(ErrorReport report) {
        super(ShopErrorCode.SHIPPING, report);
    }

    /**
     * An exception raised locally (as a server does) for one code of {@code S4xx}.
     *
     * @param code the code, one of {@code S4xx}
     * @throws IllegalArgumentException if {@code code} is not one of them
     */
    public ShopShippingException(String code) {
        this(ErrorReport.ofCode(requireCode(code)));
    }

    ShopShippingException(ShopErrorCode errorCode, ErrorReport report) {
        super(errorCode, report);
    }

    private static String requireCode(String code) {
        if (ShopMatcher.match(code) != ShopErrorCode.SHIPPING) {
            throw new IllegalArgumentException(code + " is not a code of SHIPPING (S4xx)");
        }
        return code;
    }
}
