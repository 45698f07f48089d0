package dev.errata.spring.boot;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.RetryPolicy;
import dev.errata.spring.CatalogExchangeFilter;
import dev.errata.spring.CatalogSelector;
import dev.errata.spring.DecodingListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Every {@code WebClient.Builder} the application gets from Boot decodes with its catalogs: a
 * {@link CatalogExchangeFilter} (errors in 2xx bodies, typed exceptions, retries without blocking)
 * added by a {@link WebClientCustomizer}. Present when spring-boot-webclient is, and a {@link
 * Catalog} bean.
 */
@AutoConfiguration(after = ErrataAutoConfiguration.class)
@ConditionalOnClass({WebClient.class, WebClientCustomizer.class})
@ConditionalOnBean(Catalog.class)
@ConditionalOnProperty(prefix = "errata.client", name = "enabled", matchIfMissing = true)
public final class ErrataWebClientAutoConfiguration {

  /** The filter: the selector, policy and {@link DecodingListener} beans, {@code errata.client.*}. */
  @Bean
  @ConditionalOnMissingBean
  CatalogExchangeFilter errataExchangeFilter(CatalogSelector selector, RetryPolicy policy,
      ObjectProvider<DecodingListener> listeners, ErrataProperties properties) {
    return CatalogExchangeFilter.builder(selector)
        .retryPolicy(policy)
        .listener(ErrataAutoConfiguration.listeners(listeners))
        .inspectSuccessBodies(properties.getClient().isInspectSuccessBodies())
        .build();
  }

  /** Adds the filter to each builder. */
  @Bean
  @ConditionalOnMissingBean
  ErrataWebClientCustomizer errataWebClientCustomizer(CatalogExchangeFilter filter) {
    return new ErrataWebClientCustomizer(filter);
  }
}
