package dev.errata.spring.boot;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.RetryPolicy;
import dev.errata.spring.CatalogClientInterceptor;
import dev.errata.spring.CatalogSelector;
import dev.errata.spring.DecodingListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.web.client.RestClient;

/**
 * Every {@code RestClient.Builder} the application gets from Boot decodes with its catalogs: a
 * {@link CatalogClientInterceptor} (errors in 2xx bodies, typed exceptions, retries) added by a
 * {@link RestClientCustomizer}. Present when spring-boot-restclient is, and a {@link Catalog} bean.
 */
@AutoConfiguration(after = ErrataAutoConfiguration.class)
@ConditionalOnClass({RestClient.class, RestClientCustomizer.class})
@ConditionalOnBean(Catalog.class)
@ConditionalOnProperty(prefix = "errata.client", name = "enabled", matchIfMissing = true)
public final class ErrataRestClientAutoConfiguration {

  /** The interceptor: the selector, policy and {@link DecodingListener} beans, {@code errata.client.*}. */
  @Bean
  @ConditionalOnMissingBean
  CatalogClientInterceptor errataClientInterceptor(CatalogSelector selector, RetryPolicy policy,
      ObjectProvider<DecodingListener> listeners, ErrataProperties properties) {
    return CatalogClientInterceptor.builder(selector)
        .retryPolicy(policy)
        .listener(ErrataAutoConfiguration.listeners(listeners))
        .inspectSuccessBodies(properties.getClient().isInspectSuccessBodies())
        .build();
  }

  /** Adds the interceptor to each builder. */
  @Bean
  @ConditionalOnMissingBean
  ErrataRestClientCustomizer errataRestClientCustomizer(CatalogClientInterceptor interceptor) {
    return new ErrataRestClientCustomizer(interceptor);
  }
}
