package test;

import dev.errata.catalog.ErrorKind;
import dev.errata.catalog.Outcome;
import dev.errata.catalog.RetryAdvice;
import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * The error types of the Shop catalog ({@link ShopErrors}), each with its retry advice.
 */
@Generated("dev.errata.processor.ErrataProcessor")
public enum ShopErrorType implements ErrorKind {
    /**
     * Retry: never.
     *
     * <p>Sending the request again will not help.
     */
    FATAL(RetryAdvice.never(), Outcome.FAILURE),

    /**
     * Retry: after {@code PT30M}.
     */
    MAINTENANCE(RetryAdvice.after(Duration.parse("PT30M")), Outcome.FAILURE),

    /**
     * Retry: immediately.
     */
    TRANSIENT(RetryAdvice.immediately(), Outcome.FAILURE);

    private final RetryAdvice retry;

    private final Outcome outcome;

    ShopErrorType(RetryAdvice retry, Outcome outcome) {
        this.retry = retry;
        this.outcome = outcome;
    }

    @Override
    public RetryAdvice retry() {
        return retry;
    }

    @Override
    public Outcome outcome() {
        return outcome;
    }

    /**
     * The type the API calls {@code name}, or {@code null} when the catalog declares no such type.
     * Unlike {@code valueOf}, never throws.
     *
     * @param name the type's name as a response gives it, or {@code null}
     * @return the type, or {@code null}
     */
    public static ShopErrorType forName(String name) {
        if (name == null) {
            return null;
        }
        return switch (name) {
            case "FATAL" -> FATAL;
            case "MAINTENANCE" -> MAINTENANCE;
            case "TRANSIENT" -> TRANSIENT;
            default -> null;
        };
    }
}
