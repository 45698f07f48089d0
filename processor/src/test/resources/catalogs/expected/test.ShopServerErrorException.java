package test;

import dev.errata.catalog.ErrorReport;
import javax.annotation.processing.Generated;

/**
 * Thrown for a response with HTTP status {@code 5xx} and no code ({@link
 * ShopErrorCode#SERVER_ERROR}).
 *
 * <p>The shop's servers failed.
 */
@Generated("dev.errata.processor.ErrataProcessor")
public final class ShopServerErrorException extends ShopException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for a received response; {@link ShopMatcher#toException} builds these.
     *
     * @param report what is known of the response
     */
    public ShopServerErrorException(ErrorReport report) {
        super(ShopErrorCode.SERVER_ERROR, report);
    }

    /**
     * An exception raised locally (as a server does): HTTP 500, no code.
     */
    public ShopServerErrorException() {
        this(ErrorReport.builder().httpStatus(500).build());
    }

    /**
     * An exception raised locally (as a server does) with one status of {@code 5xx}, no code.
     *
     * @param httpStatus the status, from 500 to 599
     * @throws IllegalArgumentException if {@code httpStatus} is not one of them
     */
    public ShopServerErrorException(int httpStatus) {
        this(ErrorReport.builder().httpStatus(requireStatus(httpStatus)).build());
    }

    private static int requireStatus(int httpStatus) {
        if (httpStatus < 500 || httpStatus > 599) {
            throw new IllegalArgumentException(httpStatus + " is not a status of SERVER_ERROR (5xx)");
        }
        return httpStatus;
    }
}
