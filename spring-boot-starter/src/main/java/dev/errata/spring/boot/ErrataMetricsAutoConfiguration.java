package dev.errata.spring.boot;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * With Micrometer and a {@link MeterRegistry}, the clients count what they decode: {@link
 * DecodedErrorCounter}.
 */
@AutoConfiguration(
    before = {ErrataRestClientAutoConfiguration.class, ErrataWebClientAutoConfiguration.class},
    afterName = {
      "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"
    })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnProperty(prefix = "errata.client.metrics", name = "enabled", matchIfMissing = true)
public final class ErrataMetricsAutoConfiguration {

  /** Counts into the application's registry. */
  @Bean
  @ConditionalOnMissingBean
  DecodedErrorCounter errataDecodedErrorCounter(MeterRegistry registry) {
    return new DecodedErrorCounter(registry);
  }
}
