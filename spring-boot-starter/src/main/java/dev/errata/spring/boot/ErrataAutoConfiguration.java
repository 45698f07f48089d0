package dev.errata.spring.boot;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.RetryPolicy;
import dev.errata.spring.CatalogSelector;
import dev.errata.spring.DecodingListener;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * What the clients share: the {@link ErrataProperties}, the {@link CatalogSelector} over every {@link
 * Catalog} bean, the {@link RetryPolicy} of {@code errata.client.retry.*}. Each bean backs off when
 * the application defines its own.
 */
@AutoConfiguration
@EnableConfigurationProperties(ErrataProperties.class)
public final class ErrataAutoConfiguration {

  /** Chooses among the application's catalogs: the request's attribute, then {@code errata.client.base-urls}, then the only one. */
  @Bean
  @ConditionalOnMissingBean
  CatalogSelector errataCatalogSelector(ObjectProvider<Catalog<?>> catalogs, ErrataProperties properties) {
    List<Catalog<?>> all = catalogs.orderedStream().toList();
    Map<String, List<String>> baseUrls = new LinkedHashMap<>();
    // Map keys may reach here lower-cased by relaxed binding: matched to catalog names in any case.
    properties.getClient().getBaseUrls().forEach((key, urls) -> baseUrls.put(all.stream()
        .map(Catalog::name).filter(key::equalsIgnoreCase).findFirst().orElse(key), List.copyOf(urls)));
    return CatalogSelector.of(all, baseUrls);
  }

  /** {@code errata.client.retry.*}; one attempt only when {@code errata.client.retry.enabled} is false. */
  @Bean
  @ConditionalOnMissingBean
  RetryPolicy errataRetryPolicy(ErrataProperties properties) {
    ErrataProperties.Retry retry = properties.getClient().getRetry();
    return RetryPolicy.builder()
        .maxAttempts(retry.isEnabled() ? retry.getMaxAttempts() : 1)
        .maxTotalTime(retry.getMaxTotalTime())
        .backoff(retry.getInitialBackoff(), retry.getMaxBackoff())
        .build();
  }

  /** Every {@link DecodingListener} bean, after the logging of warnings. */
  static DecodingListener listeners(ObjectProvider<DecodingListener> listeners) {
    DecodingListener all = DecodingListener.logging();
    for (DecodingListener listener : listeners.orderedStream().toList()) {
      all = all.andThen(listener);
    }
    return all;
  }
}
