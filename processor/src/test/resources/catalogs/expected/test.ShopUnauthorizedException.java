package test;

import dev.errata.catalog.ErrorReport;
import javax.annotation.processing.Generated;

/**
 * Thrown for {@code A000} ({@link ShopErrorCode#UNAUTHORIZED}).
 *
 * <p>Bad credentials &lt;or&gt; an expired token &amp; the like; see *&#47;docs/&#64;auth.
 */
@Generated("dev.errata.processor.ErrataProcessor")
public final class ShopUnauthorizedException extends ShopException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception for a received response; {@link ShopMatcher#toException} builds these.
     *
     * @param report what is known of the response
     */
    public ShopUnauthorizedException(ErrorReport report) {
        super(ShopErrorCode.UNAUTHORIZED, report);
    }

    /**
     * An exception raised locally (as a server does) for code {@code A000}.
     */
    public ShopUnauthorizedException() {
        this(ErrorReport.ofCode("A000"));
    }
}
