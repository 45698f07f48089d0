package test;

import dev.errata.catalog.ErrorCode;
import java.util.Locale;
import javax.annotation.processing.Generated;

/**
 * The codes of the Shop catalog ({@link ShopErrors}); {@link ShopMatcher} finds the one a received code falls under.
 *
 * <p>The constants are in the order of their first code, as text (a range's lowest, a wildcard's
 * with 0 for each x and *), then of their code as written; then come the entries of HTTP statuses
 * alone, by status, and UNKNOWN last.
 */
@Generated("dev.errata.processor.ErrataProcessor")
public enum ShopErrorCode implements ErrorCode {
    /**
     * {@code A000}, HTTP 401, FATAL.
     *
     * <p>Bad credentials &lt;or&gt; an expired token &amp; the like; see *&#47;docs/&#64;auth.
     */
    UNAUTHORIZED("A000", ShopErrorType.FATAL, 401, false,
            "Bad credentials <or> an expired token & the like; see */docs/@auth.",
            "Credenciais inválidas."),

    /**
     * {@code B2xx}, HTTP 503, TRANSIENT.
     */
    BACKEND_DOWN("B2xx", ShopErrorType.TRANSIENT, 503, true),

    /**
     * {@code O400..O499}, HTTP 400, FATAL.
     */
    ORDER_INVALID("O400..O499", ShopErrorType.FATAL, 400, true),

    /**
     * {@code O404}, HTTP 404, FATAL.
     */
    ORDER_NOT_FOUND("O404", ShopErrorType.FATAL, 404, false),

    /**
     * {@code O4*9}, HTTP 400, MAINTENANCE.
     */
    ORDER_LOCKED("O4*9", ShopErrorType.MAINTENANCE, 400, true),

    /**
     * {@code P100}, HTTP 402, TRANSIENT.
     */
    CARD_DECLINED("P100", ShopErrorType.TRANSIENT, 402, false),

    /**
     * {@code P101}, HTTP 402, FATAL.
     */
    CARD_EXPIRED("P101", ShopErrorType.FATAL, 402, false),

    /**
     * {@code PW001..PW099}, HTTP 402, TRANSIENT.
     */
    WALLET_EMPTY("PW001..PW099", ShopErrorType.TRANSIENT, 402, true),

    /**
     * {@code S4xx}, FATAL, the own code of group {@code Shipping}.
     */
    SHIPPING("S4xx", ShopErrorType.FATAL, ErrorCode.NO_HTTP_STATUS, true),

    /**
     * {@code S404}, FATAL.
     */
    ADDRESS_UNKNOWN("S404", ShopErrorType.FATAL, ErrorCode.NO_HTTP_STATUS, false),

    /**
     * HTTP {@code 5xx} without a code, TRANSIENT.
     *
     * <p>The shop's servers failed.
     */
    SERVER_ERROR("", ShopErrorType.TRANSIENT, 500, false,
            "The shop's servers failed.",
            "Os servidores da loja falharam."),

    /**
     * A code the catalog does not declare, or no code at all; servers add codes, so clients must
     * expect it. Its type is {@link ShopErrorType#FATAL}.
     */
    UNKNOWN("", ShopErrorType.FATAL, ErrorCode.NO_HTTP_STATUS, false);

    private final String code;

    private final ShopErrorType type;

    private final int httpStatus;

    private final boolean range;

    private final String[] descriptions;

    ShopErrorCode(String code, ShopErrorType type, int httpStatus, boolean range,
            String... descriptions) {
        this.code = code;
        this.type = type;
        this.httpStatus = httpStatus;
        this.range = range;
        this.descriptions = descriptions;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public ShopErrorType type() {
        return type;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public boolean isRange() {
        return range;
    }

    @Override
    public boolean isUnknown() {
        return this == UNKNOWN;
    }

    @Override
    public String description() {
        return descriptions.length == 0 ? "" : descriptions[0];
    }

    @Override
    public String description(Locale locale) {
        return descriptions.length == 0 ? "" : descriptions[localeIndex(locale)];
    }

    private static int localeIndex(Locale locale) {
        if (locale == null) {
            return 0;
        }
        switch (locale.toLanguageTag()) {
            case "pt-BR" -> {
                return 1;
            }
        }
        return switch (locale.getLanguage()) {
            case "pt" -> 1;
            default -> 0;
        };
    }
}
