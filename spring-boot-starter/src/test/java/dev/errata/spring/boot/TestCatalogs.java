package dev.errata.spring.boot;

import dev.errata.catalog.Catalog;
import dev.errata.samples.keybank.KeyBankException;
import dev.errata.samples.keybank.KeyBankMatcher;
import dev.errata.samples.khipu.KhipuException;
import dev.errata.samples.khipu.KhipuMatcher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The two catalogs an application of the tests declares, as a user's would. */
@Configuration(proxyBeanMethods = false)
class TestCatalogs {

  @Bean
  Catalog<KhipuException> khipu() {
    return KhipuMatcher.catalog();
  }

  @Bean
  Catalog<KeyBankException> keyBank() {
    return KeyBankMatcher.catalog();
  }
}
