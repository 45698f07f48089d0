package dev.errata.spring.boot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.RetryPolicy;
import dev.errata.samples.keybank.KeyBankMatcher;
import dev.errata.samples.khipu.KhipuException;
import dev.errata.samples.khipu.KhipuMatcher;
import dev.errata.spring.CatalogClientInterceptor;
import dev.errata.spring.CatalogExceptionHandler;
import dev.errata.spring.CatalogExchangeFilter;
import dev.errata.spring.CatalogResponder;
import dev.errata.spring.CatalogSelector;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ProblemDetail;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.WebClient;

/** Each auto-configuration: present with its library and a catalog, absent without, backing off for the application's beans. */
class AutoConfigurationTest {

  private static final AutoConfigurations ERRATA = AutoConfigurations.of(
      ErrataAutoConfiguration.class, ErrataRestClientAutoConfiguration.class, ErrataWebClientAutoConfiguration.class,
      ErrataServerAutoConfiguration.class, ErrataMetricsAutoConfiguration.class,
      RestClientAutoConfiguration.class, WebClientAutoConfiguration.class);

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(ERRATA);

  @Configuration(proxyBeanMethods = false)
  static class OneCatalog {
    @Bean
    Catalog<KhipuException> khipu() {
      return KhipuMatcher.catalog();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registry {
    @Bean
    MeterRegistry meterRegistry() {
      return new SimpleMeterRegistry();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnBeans {
    static final CatalogClientInterceptor INTERCEPTOR = CatalogClientInterceptor.of(KhipuMatcher.catalog());
    static final CatalogExchangeFilter FILTER = CatalogExchangeFilter.of(KhipuMatcher.catalog());
    static final RetryPolicy POLICY = RetryPolicy.builder().maxAttempts(7).build();
    static final CatalogSelector SELECTOR = (uri, attributes) -> null;
    static final CatalogExceptionHandler HANDLER = new CatalogExceptionHandler(CatalogResponder.envelope(), 42);

    @Bean
    CatalogClientInterceptor myInterceptor() {
      return INTERCEPTOR;
    }

    @Bean
    CatalogExchangeFilter myFilter() {
      return FILTER;
    }

    @Bean
    RetryPolicy myPolicy() {
      return POLICY;
    }

    @Bean
    CatalogSelector mySelector() {
      return SELECTOR;
    }

    @Bean
    CatalogExceptionHandler myHandler() {
      return HANDLER;
    }

    @Bean
    DecodedErrorCounter myCounter() {
      return new DecodedErrorCounter(new SimpleMeterRegistry());
    }
  }

  @Test
  void withACatalogEveryBuilderGetsTheInterceptorAndTheFilter() {
    runner.withUserConfiguration(OneCatalog.class).run(context -> {
      CatalogClientInterceptor interceptor = context.getBean(CatalogClientInterceptor.class);
      AtomicBoolean added = new AtomicBoolean();
      context.getBean(RestClient.Builder.class).requestInterceptors(list -> added.set(list.contains(interceptor)));
      assertTrue(added.get(), "the RestClient.Builder has the interceptor");
      CatalogExchangeFilter filter = context.getBean(CatalogExchangeFilter.class);
      AtomicBoolean filtered = new AtomicBoolean();
      context.getBean(WebClient.Builder.class).filters(list -> filtered.set(list.contains(filter)));
      assertTrue(filtered.get(), "the WebClient.Builder has the filter");
      // One catalog: every request is decoded with it.
      assertSame(KhipuMatcher.catalog(),
          context.getBean(CatalogSelector.class).select(URI.create("https://any.example/"), Map.of()));
      assertTrue(context.getBeansOfType(CatalogExceptionHandler.class).isEmpty(), "no advice outside a web application");
    });
  }

  @Test
  void withoutACatalogNoClientIsTouched() {
    runner.run(context -> {
      assertTrue(context.getBeansOfType(CatalogClientInterceptor.class).isEmpty());
      assertTrue(context.getBeansOfType(ErrataRestClientCustomizer.class).isEmpty());
      assertTrue(context.getBeansOfType(CatalogExchangeFilter.class).isEmpty());
      assertTrue(context.getBeansOfType(ErrataWebClientCustomizer.class).isEmpty());
    });
  }

  @Test
  void everyBeanBacksOffForTheApplicationsOwn() {
    new WebApplicationContextRunner().withConfiguration(ERRATA)
        .withUserConfiguration(TestCatalogs.class, OwnBeans.class, Registry.class)
        .run(context -> {
          assertSame(OwnBeans.INTERCEPTOR, context.getBean(CatalogClientInterceptor.class));
          assertSame(OwnBeans.INTERCEPTOR, context.getBean(ErrataRestClientCustomizer.class).interceptor());
          assertSame(OwnBeans.FILTER, context.getBean(CatalogExchangeFilter.class));
          assertSame(OwnBeans.FILTER, context.getBean(ErrataWebClientCustomizer.class).filter());
          assertSame(OwnBeans.POLICY, context.getBean(RetryPolicy.class));
          assertSame(OwnBeans.SELECTOR, context.getBean(CatalogSelector.class));
          assertSame(OwnBeans.HANDLER, context.getBean(CatalogExceptionHandler.class));
          assertEquals(1, context.getBeansOfType(DecodedErrorCounter.class).size());
          assertTrue(context.containsBean("myCounter"));
        });
    ErrataRestClientCustomizer own = new ErrataRestClientCustomizer(OwnBeans.INTERCEPTOR);
    runner.withUserConfiguration(OneCatalog.class).withBean(ErrataRestClientCustomizer.class, () -> own)
        .run(context -> assertSame(own, context.getBean(ErrataRestClientCustomizer.class)));
    ErrataWebClientCustomizer ownWeb = new ErrataWebClientCustomizer(OwnBeans.FILTER);
    runner.withUserConfiguration(OneCatalog.class).withBean(ErrataWebClientCustomizer.class, () -> ownWeb)
        .run(context -> assertSame(ownWeb, context.getBean(ErrataWebClientCustomizer.class)));
    CatalogResponder responder = CatalogResponder.problemDetail();
    new WebApplicationContextRunner().withConfiguration(ERRATA).withBean(CatalogResponder.class, () -> responder)
        .run(context -> assertSame(responder, context.getBean(CatalogResponder.class)));
  }

  @Test
  void eachIsAbsentWhenItsLibraryIs() {
    runner.withUserConfiguration(OneCatalog.class, Registry.class)
        .withClassLoader(new FilteredClassLoader(RestClientCustomizer.class))
        .run(context -> {
          assertTrue(context.getBeansOfType(CatalogClientInterceptor.class).isEmpty());
          assertTrue(context.getBeansOfType(ErrataRestClientCustomizer.class).isEmpty());
          assertEquals(1, context.getBeansOfType(ErrataWebClientCustomizer.class).size());
        });
    runner.withUserConfiguration(OneCatalog.class, Registry.class)
        .withClassLoader(new FilteredClassLoader(WebClient.class))
        .run(context -> {
          assertTrue(context.getBeansOfType(CatalogExchangeFilter.class).isEmpty());
          assertTrue(context.getBeansOfType(ErrataWebClientCustomizer.class).isEmpty());
          assertEquals(1, context.getBeansOfType(ErrataRestClientCustomizer.class).size());
        });
    runner.withUserConfiguration(OneCatalog.class, Registry.class)
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
        .run(context -> assertTrue(context.getBeansOfType(DecodedErrorCounter.class).isEmpty()));
    runner.withUserConfiguration(OneCatalog.class)
        .run(context -> assertTrue(context.getBeansOfType(DecodedErrorCounter.class).isEmpty(), "no registry, no counter"));
    runner.withUserConfiguration(OneCatalog.class, Registry.class)
        .run(context -> assertEquals(1, context.getBeansOfType(DecodedErrorCounter.class).size()));
    new WebApplicationContextRunner().withConfiguration(ERRATA)
        .run(context -> assertEquals(1, context.getBeansOfType(CatalogExceptionHandler.class).size()));
    new ReactiveWebApplicationContextRunner().withConfiguration(ERRATA)
        .run(context -> assertEquals(1, context.getBeansOfType(CatalogExceptionHandler.class).size()));
  }

  @Test
  void propertiesTurnPiecesOffAndSetThePolicyAndTheRoutes() {
    runner.withUserConfiguration(TestCatalogs.class, Registry.class)
        .withPropertyValues("errata.client.enabled=false", "errata.client.metrics.enabled=false")
        .run(context -> {
          assertTrue(context.getBeansOfType(CatalogClientInterceptor.class).isEmpty());
          assertTrue(context.getBeansOfType(CatalogExchangeFilter.class).isEmpty());
          assertTrue(context.getBeansOfType(DecodedErrorCounter.class).isEmpty());
        });
    new WebApplicationContextRunner().withConfiguration(ERRATA).withPropertyValues("errata.server.enabled=false")
        .run(context -> assertTrue(context.getBeansOfType(CatalogExceptionHandler.class).isEmpty()));
    runner.withUserConfiguration(TestCatalogs.class)
        .withPropertyValues(
            "errata.client.retry.max-attempts=5", "errata.client.retry.max-total-time=2m",
            "errata.client.retry.initial-backoff=20ms", "errata.client.retry.max-backoff=1s",
            "errata.client.base-urls.khipu=https://payment-api.khipu.com/",
            "errata.client.base-urls[KeyBank][0]=https://api.keybank.example/v1/",
            "errata.client.base-urls[KeyBank][1]=https://sandbox.keybank.example/")
        .run(context -> {
          RetryPolicy policy = context.getBean(RetryPolicy.class);
          assertEquals(5, policy.maxAttempts());
          assertEquals(Duration.ofMinutes(2), policy.maxTotalTime());
          assertEquals(Duration.ofMillis(20), policy.initialBackoff());
          assertEquals(Duration.ofSeconds(1), policy.maxBackoff());
          CatalogSelector selector = context.getBean(CatalogSelector.class);
          assertSame(KhipuMatcher.catalog(), selector.select(URI.create("https://payment-api.khipu.com/v3/payments"), Map.of()));
          assertSame(KeyBankMatcher.catalog(), selector.select(URI.create("https://sandbox.keybank.example/x"), Map.of()));
          assertSame(KeyBankMatcher.catalog(), selector.select(URI.create("https://api.keybank.example/v1/accounts"), Map.of()));
          // Two catalogs and no route: no guess.
          assertNull(selector.select(URI.create("https://elsewhere.example/"), Map.of()));
        });
    runner.withUserConfiguration(OneCatalog.class).withPropertyValues("errata.client.retry.enabled=false")
        .run(context -> assertEquals(1, context.getBean(RetryPolicy.class).maxAttempts()));
    new WebApplicationContextRunner().withConfiguration(ERRATA)
        .withPropertyValues("errata.server.format=problem-detail", "errata.server.order=-5")
        .run(context -> {
          Object body = context.getBean(CatalogResponder.class)
              .respond(KhipuMatcher.toException(dev.errata.catalog.ErrorReport.ofCode("A000"))).getBody();
          assertEquals(401, assertInstanceOf(ProblemDetail.class, body).getStatus());
          assertEquals(-5, context.getBean(CatalogExceptionHandler.class).getOrder());
        });
    runner.withUserConfiguration(TestCatalogs.class).withPropertyValues("errata.client.base-urls.stripe=https://api.stripe.com/")
        .run(context -> assertEquals("base URLs are given for a catalog named stripe, but the catalogs are"
            + " [Khipu, KeyBank]", rootMessage(context.getStartupFailure())));
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
