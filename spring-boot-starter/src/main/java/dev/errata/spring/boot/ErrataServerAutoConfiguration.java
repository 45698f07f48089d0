package dev.errata.spring.boot;

import dev.errata.spring.CatalogExceptionHandler;
import dev.errata.spring.CatalogResponder;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.bind.annotation.ControllerAdvice;

/**
 * In a Spring MVC or WebFlux application, any catalog exception a controller throws is answered
 * with its catalog's envelope, status and {@code Retry-After} (or as a problem detail: {@code
 * errata.server.format=problem-detail}), by {@link CatalogExceptionHandler}. No catalog bean is
 * needed: each exception knows its catalog.
 */
@AutoConfiguration(after = ErrataAutoConfiguration.class)
@ConditionalOnWebApplication
@ConditionalOnClass(ControllerAdvice.class)
@ConditionalOnProperty(prefix = "errata.server", name = "enabled", matchIfMissing = true)
public final class ErrataServerAutoConfiguration {

  /** The catalog's envelope, or a problem detail, as {@code errata.server.format} says. */
  @Bean
  @ConditionalOnMissingBean
  CatalogResponder errataResponder(ErrataProperties properties) {
    return switch (properties.getServer().getFormat()) {
      case ENVELOPE -> CatalogResponder.envelope();
      case PROBLEM_DETAIL -> CatalogResponder.problemDetail();
    };
  }

  /** The advice, at {@code errata.server.order}. */
  @Bean
  @ConditionalOnMissingBean
  CatalogExceptionHandler errataExceptionHandler(CatalogResponder responder, ErrataProperties properties) {
    return new CatalogExceptionHandler(responder, properties.getServer().getOrder());
  }
}
