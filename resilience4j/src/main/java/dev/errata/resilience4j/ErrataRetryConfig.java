package dev.errata.resilience4j;

import dev.errata.catalog.RetryPolicy;
import io.github.resilience4j.retry.RetryConfig;

/**
 * A Resilience4j {@link RetryConfig} that follows a {@link RetryPolicy}: its {@code maxAttempts}, the
 * {@link ErrataRetryPredicate} and the {@link ErrataIntervalBiFunction}.
 *
 * <pre>{@code
 * Retry retry = Retry.of("khipu", ErrataRetryConfig.of(RetryPolicy.defaults()));
 * Accounts accounts = retry.executeSupplier(() -> khipu.accounts());   // throws the typed exception
 * }</pre>
 */
public final class ErrataRetryConfig {

  private ErrataRetryConfig() {}

  /** The config of {@code policy}. */
  public static RetryConfig of(RetryPolicy policy) {
    return custom(policy).build();
  }

  /**
   * A builder holding the config of {@code policy}, to add to (a result predicate, event consumers).
   * Setting another interval function or {@code waitDuration} replaces the catalog's waits.
   */
  public static <T> RetryConfig.Builder<T> custom(RetryPolicy policy) {
    return RetryConfig.<T>custom()
        .maxAttempts(policy.maxAttempts())
        .retryOnException(new ErrataRetryPredicate(policy))
        .intervalBiFunction(new ErrataIntervalBiFunction<>(policy));
  }
}
