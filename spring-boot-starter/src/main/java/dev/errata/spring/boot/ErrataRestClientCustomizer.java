package dev.errata.spring.boot;

import dev.errata.spring.CatalogClientInterceptor;
import java.util.Objects;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.web.client.RestClient;

/** Adds a {@link CatalogClientInterceptor} to each {@code RestClient.Builder}, as the last interceptor. */
public final class ErrataRestClientCustomizer implements RestClientCustomizer {

  private final CatalogClientInterceptor interceptor;

  /** Adds {@code interceptor}. */
  public ErrataRestClientCustomizer(CatalogClientInterceptor interceptor) {
    this.interceptor = Objects.requireNonNull(interceptor, "interceptor");
  }

  @Override
  public void customize(RestClient.Builder builder) {
    builder.requestInterceptors(interceptors -> {
      if (!interceptors.contains(interceptor)) {
        interceptors.add(interceptor);
      }
    });
  }

  /** The interceptor added. */
  public CatalogClientInterceptor interceptor() {
    return interceptor;
  }
}
