package test;

import dev.errata.catalog.ErrorReport;
import javax.annotation.processing.Generated;

/**
 * Thrown for {@code B2xx} ({@link ShopErrorCode#BACKEND_DOWN}).
 */
@Generated("dev.errata.processor.ErrataProcessor")
public final class ShopBackendDownException extends ShopException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for a received response; {@link ShopMatcher#toException} builds these.
     *
     * @param report what is known of the response
     */
    public ShopBackendDownException(ErrorReport report) {
        super(ShopErrorCode.BACKEND_DOWN, report);
    }

    /**
     * An exception raised locally (as a server does) for one code of {@code B2xx}.
     *
     * @param code the code, one of {@code B2xx}
     * @throws IllegalArgumentException if {@code code} is not one of them
     */
    public ShopBackendDownException(String code) {
        this(ErrorReport.ofCode(requireCode(code)));
    }

    private static String requireCode(String code) {
        if (ShopMatcher.match(code) != ShopErrorCode.BACKEND_DOWN) {
            throw new IllegalArgumentException(code + " is not a code of BACKEND_DOWN (B2xx)");
        }
        return code;
    }
}
