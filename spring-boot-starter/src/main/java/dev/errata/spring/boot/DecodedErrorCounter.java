package dev.errata.spring.boot;

import dev.errata.catalog.CatalogException;
import dev.errata.spring.DecodingListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;

/**
 * Counts the errors ({@code errata.client.errors}) and warnings ({@code errata.client.warnings}) the
 * clients decode, tagged by {@code catalog} (its name), {@code code} (the catalog entry, such as
 * {@code TARGET_UNAVAILABLE} for any of E200 to E299, or {@code UNKNOWN}) and {@code type} (the
 * effective type). Every tag value comes from the catalog, never
 * from the response, so their number is bounded by the catalog's size.
 */
public final class DecodedErrorCounter implements DecodingListener {

  /** The counter of failures. */
  public static final String ERRORS = "errata.client.errors";

  /** The counter of warnings. */
  public static final String WARNINGS = "errata.client.warnings";

  private final MeterRegistry registry;

  /** Counts into {@code registry}. */
  public DecodedErrorCounter(MeterRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  @Override
  public void onFailure(CatalogException failure) {
    counter(ERRORS, "Responses decoded as a catalog's error", failure).increment();
  }

  @Override
  public void onWarning(CatalogException warning) {
    counter(WARNINGS, "Successful responses decoded as carrying a catalog's warning", warning).increment();
  }

  private Counter counter(String name, String description, CatalogException exception) {
    return Counter.builder(name)
        .description(description)
        .tag("catalog", exception.catalog().name())
        .tag("code", exception.errorCode().name())
        .tag("type", exception.type().name())
        .register(registry);
  }
}
