package dev.errata.spring.boot;

import dev.errata.spring.CatalogExchangeFilter;
import java.util.Objects;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.web.reactive.function.client.WebClient;

/** Adds a {@link CatalogExchangeFilter} to each {@code WebClient.Builder}, as the last filter. */
public final class ErrataWebClientCustomizer implements WebClientCustomizer {

  private final CatalogExchangeFilter filter;

  /** Adds {@code filter}. */
  public ErrataWebClientCustomizer(CatalogExchangeFilter filter) {
    this.filter = Objects.requireNonNull(filter, "filter");
  }

  @Override
  public void customize(WebClient.Builder builder) {
    builder.filters(filters -> {
      if (!filters.contains(filter)) {
        filters.add(filter);
      }
    });
  }

  /** The filter added. */
  public CatalogExchangeFilter filter() {
    return filter;
  }
}
