package test;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.ErrorReport;
import javax.annotation.processing.Generated;

/**
 * A failed call of the Shop API, typed by its error code ({@link ShopErrors}).
 *
 * <p>Sealed: a {@code switch} over its subclasses needs no {@code default}. {@link
 * ShopMatcher#toException} and {@link ShopMatcher#match} build and find them.
 */
@Generated("dev.errata.processor.ErrataProcessor")
public abstract sealed class ShopException extends CatalogException permits ShopBackendDownException,
        ShopOrdersException, ShopPaymentsException, ShopServerErrorException, ShopShippingException,
        ShopUnauthorizedException, ShopUnknownException {
    private static final long serialVersionUID = 1L;

    ShopException(ShopErrorCode errorCode, ErrorReport report) {
        super(errorCode, effectiveType(errorCode, report), report);
    }

    /**
     * The type the response named, when the catalog declares it; else the code's own.
     */
    private static ShopErrorType effectiveType(ShopErrorCode errorCode, ErrorReport report) {
        ShopErrorType named = ShopErrorType.forName(report.type());
        return named != null ? named : errorCode.type();
    }

    @Override
    public ShopErrorCode errorCode() {
        return (ShopErrorCode) super.errorCode();
    }

    @Override
    public ShopErrorType type() {
        return (ShopErrorType) super.type();
    }

    /**
     * The Shop catalog, {@link ShopMatcher#catalog()}.
     *
     * @return the catalog
     */
    @Override
    public Catalog<ShopException> catalog() {
        return ShopMatcher.catalog();
    }
}
