package test;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CodeMatching;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.EncodedError;
import dev.errata.catalog.EnvelopeCodec;
import dev.errata.catalog.EnvelopeFormat;
import dev.errata.catalog.ErrorReport;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Finds the entry of the Shop catalog ({@link ShopErrors}) a received code falls under, and the
 * typed exception for a failed response.
 */
@Generated("dev.errata.processor.ErrataProcessor")
public final class ShopMatcher {
    private static final EnvelopeCodec CODEC = new EnvelopeCodec(EnvelopeFormat.builder()
            .code("/code")
            .description("/message")
            .defaultHttpStatus(500)
            .build());

    private static final Catalog<ShopException> CATALOG = Catalog.of("Shop", ShopException.class,
            CODEC, ShopMatcher::match, ShopMatcher::forHttpStatus, ShopMatcher::toException);

    /**
     * The entry of each exact code, at the slot {@link #exactSlot} gives its hash; 27 of the 32 slots
     * are empty.
     */
    private static final ShopErrorCode[] EXACT = exactTable();

    private ShopMatcher() {
    }

    /**
     * The entry {@code code} falls under: its exact code, else the narrowest range or wildcard that contains it,
     * else {@link ShopErrorCode#UNKNOWN}. Case-sensitive; never throws, {@code null} included.
     *
     * @param code the code a response carried, or {@code null}
     * @return its entry, never {@code null}
     */
    public static ShopErrorCode match(String code) {
        if (code == null) {
            return ShopErrorCode.UNKNOWN;
        }
        ShopErrorCode exact = exact(code);
        if (exact != null) {
            return exact;
        }
        ShopErrorCode range = range(code);
        if (range != null) {
            return range;
        }
        ShopErrorCode wildcard = wildcard(code);
        if (wildcard != null) {
            return wildcard;
        }
        return ShopErrorCode.UNKNOWN;
    }

    /**
     * The entry that stands for {@code httpStatus}, for a response that carries no code: the entry that names it
     * in {@code forHttpStatus} (or {@code @HttpStatus}), else the first declared with that status, else the
     * narrowest range of statuses that holds it; {@link ShopErrorCode#UNKNOWN} when none does.
     *
     * @param httpStatus the response's HTTP status
     * @return its entry, never {@code null}
     */
    public static ShopErrorCode forHttpStatus(int httpStatus) {
        ShopErrorCode named = switch (httpStatus) {
            case 400 -> ShopErrorCode.ORDER_INVALID;
            case 401 -> ShopErrorCode.UNAUTHORIZED;
            case 402 -> ShopErrorCode.CARD_DECLINED;
            case 404 -> ShopErrorCode.ORDER_NOT_FOUND;
            case 503 -> ShopErrorCode.BACKEND_DOWN;
            default -> null;
        };
        if (named != null) {
            return named;
        }
        // 5xx
        if (httpStatus >= 500 && httpStatus <= 599) {
            return ShopErrorCode.SERVER_ERROR;
        }
        return ShopErrorCode.UNKNOWN;
    }

    /**
     * The typed exception for a failed response: its code {@link #match matched}, its type the one the
     * response names when the catalog declares it. A report without a code (or with an empty one) is
     * typed by its HTTP status ({@link #forHttpStatus}). Never throws for any code.
     *
     * @param report what is known of the response
     * @return the exception, never {@code null}
     */
    public static ShopException toException(ErrorReport report) {
        String code = report.code();
        ShopErrorCode errorCode = code != null && !code.isEmpty() ? match(code)
                : forHttpStatus(report.httpStatus());
        return switch (errorCode) {
            case UNAUTHORIZED -> new ShopUnauthorizedException(report);
            case BACKEND_DOWN -> new ShopBackendDownException(report);
            case ORDER_INVALID -> new ShopOrderInvalidException(report);
            case ORDER_NOT_FOUND -> new ShopOrderNotFoundException(report);
            case ORDER_LOCKED -> new ShopOrderLockedException(report);
            case CARD_DECLINED -> new ShopPaymentsException(errorCode, report);
            case CARD_EXPIRED -> new ShopPaymentsException(errorCode, report);
            case WALLET_EMPTY -> new ShopPaymentsException(errorCode, report);
            case SHIPPING -> new ShopShippingException(report);
            case ADDRESS_UNKNOWN -> new ShopAddressUnknownException(report);
            case SERVER_ERROR -> new ShopServerErrorException(report);
            case UNKNOWN -> new ShopUnknownException(report);
        };
    }

    /**
     * Decodes a response without headers; see {@link #decode(int, byte[], Map)}.
     *
     * @param httpStatus the response's HTTP status
     * @param body the raw body, {@code null} for none
     * @return a success, a warning, or a failure with its typed exception
     */
    public static Decoded<ShopException> decode(int httpStatus, byte[] body) {
        return CODEC.decode(httpStatus, body, Map.of(), ShopMatcher::toException);
    }

    /**
     * Decodes a response into a success, a warning, or a failure with its typed exception.
     * The code comes from the body (else the HTTP status); a {@code Retry-After} header wins over
     * the catalog's advice. Never throws: a body that cannot be read gives a result that keeps
     * the status and raw body, and says why in {@code report().problem()}.
     *
     * @param httpStatus the response's HTTP status
     * @param body the raw body, {@code null} for none
     * @param headers the response headers, names in any case, as {@code HttpHeaders.map()} gives them
     * @return a success, a warning, or a failure with its typed exception
     */
    public static Decoded<ShopException> decode(int httpStatus, byte[] body,
            Map<String, List<String>> headers) {
        return CODEC.decode(httpStatus, body, headers, ShopMatcher::toException);
    }

    /**
     * The response a server sends for {@code exception}: HTTP status, headers and the catalog's envelope.
     * {@link #decode(int, byte[], Map)} reads it back into an equal exception.
     *
     * @param exception the exception to send
     * @return what to send
     */
    public static EncodedError encode(ShopException exception) {
        return CODEC.encode(exception);
    }

    /**
     * The codec behind {@code decode} and {@code encode}, to decode with other limits:
     * {@code codec().withLimits(limits).decode(status, body, headers, ShopMatcher::toException)}.
     *
     * @return the catalog's codec
     */
    public static EnvelopeCodec codec() {
        return CODEC;
    }

    /**
     * The Shop catalog as one object, for libraries that take any catalog: the same {@code match},
     * {@code forHttpStatus}, {@code toException}, {@code decode} and {@code encode} as the static methods here.
     *
     * @return the one instance
     */
    public static Catalog<ShopException> catalog() {
        return CATALOG;
    }

    /**
     * The entry of an exact code, or {@code null}: the one exact code that can be {@code code} is in
     * the slot of its hash code, which {@code equals} then checks.
     */
    private static ShopErrorCode exact(String code) {
        ShopErrorCode entry = EXACT[exactSlot(code.hashCode())];
        return entry != null && code.equals(entry.code()) ? entry : null;
    }

    /**
     * The slot of {@link #EXACT} an exact code of this hash code is in, if any is: the top bits of the
     * hash times a multiplier, a perfect hash of the catalog's 5 exact codes.
     */
    private static int exactSlot(int hash) {
        return (hash * 0x9e3779b1) >>> 27;
    }

    /**
     * The table of {@link #EXACT}: every exact code's entry at its slot.
     */
    private static ShopErrorCode[] exactTable() {
        ShopErrorCode[] table = new ShopErrorCode[32];
        for (ShopErrorCode entry : ShopErrorCode.values()) {
            if (!entry.isRange() && !entry.code().isEmpty()) {
                table[exactSlot(entry.code().hashCode())] = entry;
            }
        }
        return table;
    }

    /**
     * The range (or a more specific wildcard) containing {@code code}, or {@code null}: only the ranges of its
     * length and prefix, the characters before its trailing digits, can.
     */
    private static ShopErrorCode range(String code) {
        switch (code.length()) {
            case 4 -> {
                switch (code.charAt(0)) {
                    case 'B' -> { // prefix "B"
                        return rangesBLength4(code);
                    }
                    case 'O' -> { // prefix "O"
                        return rangesOLength4(code);
                    }
                    case 'S' -> { // prefix "S"
                        return rangesSLength4(code);
                    }
                }
            }
            case 5 -> {
                switch (code.charAt(0)) {
                    case 'P' -> { // prefix "PW"
                        return rangesPWLength5(code);
                    }
                }
            }
        }
        return null;
    }

    /**
     * Codes {@code B} then 3 digits: the ranges that may hold them, most specific first.
     */
    private static ShopErrorCode rangesBLength4(String code) {
        int number = 0;
        for (int i = 1; i < 4; i++) {
            int digit = code.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return null;
            }
            number = 10 * number + digit;
        }
        // B2xx
        if (number >= 200 && number <= 299) {
            return ShopErrorCode.BACKEND_DOWN;
        }
        return null;
    }

    /**
     * Codes {@code O} then 3 digits: the ranges that may hold them, and the wildcards more specific
     * than some of those, most specific first.
     */
    private static ShopErrorCode rangesOLength4(String code) {
        int number = 0;
        for (int i = 1; i < 4; i++) {
            int digit = code.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return null;
            }
            number = 10 * number + digit;
        }
        // O4*9
        if (code.charAt(1) == '4'
                && code.charAt(3) == '9') {
            return ShopErrorCode.ORDER_LOCKED;
        }
        // O400..O499
        if (number >= 400 && number <= 499) {
            return ShopErrorCode.ORDER_INVALID;
        }
        return null;
    }

    /**
     * Codes {@code S} then 3 digits: the ranges that may hold them, most specific first.
     */
    private static ShopErrorCode rangesSLength4(String code) {
        int number = 0;
        for (int i = 1; i < 4; i++) {
            int digit = code.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return null;
            }
            number = 10 * number + digit;
        }
        // S4xx
        if (number >= 400 && number <= 499) {
            return ShopErrorCode.SHIPPING;
        }
        return null;
    }

    /**
     * Codes {@code PW} then 3 digits: the ranges that may hold them, most specific first.
     */
    private static ShopErrorCode rangesPWLength5(String code) {
        if (code.charAt(1) != 'W') {
            return null;
        }
        int number = 0;
        for (int i = 2; i < 5; i++) {
            int digit = code.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return null;
            }
            number = 10 * number + digit;
        }
        // PW001..PW099
        if (number >= 1 && number <= 99) {
            return ShopErrorCode.WALLET_EMPTY;
        }
        return null;
    }

    /**
     * The most specific wildcard containing {@code code}, or {@code null}.
     */
    private static ShopErrorCode wildcard(String code) {
        switch (code.length()) {
            case 4 -> {
                switch (code.charAt(0)) {
                    case 'O' -> {
                        return wildcardsOLength4(code);
                    }
                }
            }
        }
        return null;
    }

    /**
     * Wildcards of length 4 starting {@code O}, most specific first.
     */
    private static ShopErrorCode wildcardsOLength4(String code) {
        // O4*9
        if (code.charAt(1) == '4'
                && CodeMatching.isLetterOrDigit(code.charAt(2))
                && code.charAt(3) == '9') {
            return ShopErrorCode.ORDER_LOCKED;
        }
        return null;
    }
}
