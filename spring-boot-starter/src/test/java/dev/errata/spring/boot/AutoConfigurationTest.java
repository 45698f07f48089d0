package dev.errata.spring.boot;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

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
      assertWithMessage("the RestClient.Builder has the interceptor").that(added.get()).isTrue();
      CatalogExchangeFilter filter = context.getBean(CatalogExchangeFilter.class);
      AtomicBoolean filtered = new AtomicBoolean();
      context.getBean(WebClient.Builder.class).filters(list -> filtered.set(list.contains(filter)));
      assertWithMessage("the WebClient.Builder has the filter").that(filtered.get()).isTrue();
      // One catalog: every request is decoded with it.
      assertThat(context.getBean(CatalogSelector.class).select(URI.create("https://any.example/"), Map.of())).isSameInstanceAs(KhipuMatcher.catalog());
      assertWithMessage("no advice outside a web application").that(context.getBeansOfType(CatalogExceptionHandler.class)).isEmpty();
    });
  }

  @Test
  void withoutACatalogNoClientIsTouched() {
    runner.run(context -> {
      assertThat(context.getBeansOfType(CatalogClientInterceptor.class)).isEmpty();
      assertThat(context.getBeansOfType(ErrataRestClientCustomizer.class)).isEmpty();
      assertThat(context.getBeansOfType(CatalogExchangeFilter.class)).isEmpty();
      assertThat(context.getBeansOfType(ErrataWebClientCustomizer.class)).isEmpty();
    });
  }

  @Test
  void everyBeanBacksOffForTheApplicationsOwn() {
    new WebApplicationContextRunner().withConfiguration(ERRATA)
        .withUserConfiguration(TestCatalogs.class, OwnBeans.class, Registry.class)
        .run(context -> {
          assertThat(context.getBean(CatalogClientInterceptor.class)).isSameInstanceAs(OwnBeans.INTERCEPTOR);
          assertThat(context.getBean(ErrataRestClientCustomizer.class).interceptor()).isSameInstanceAs(OwnBeans.INTERCEPTOR);
          assertThat(context.getBean(CatalogExchangeFilter.class)).isSameInstanceAs(OwnBeans.FILTER);
          assertThat(context.getBean(ErrataWebClientCustomizer.class).filter()).isSameInstanceAs(OwnBeans.FILTER);
          assertThat(context.getBean(RetryPolicy.class)).isSameInstanceAs(OwnBeans.POLICY);
          assertThat(context.getBean(CatalogSelector.class)).isSameInstanceAs(OwnBeans.SELECTOR);
          assertThat(context.getBean(CatalogExceptionHandler.class)).isSameInstanceAs(OwnBeans.HANDLER);
          assertThat(context.getBeansOfType(DecodedErrorCounter.class).size()).isEqualTo(1);
          assertThat(context.containsBean("myCounter")).isTrue();
        });
    ErrataRestClientCustomizer own = new ErrataRestClientCustomizer(OwnBeans.INTERCEPTOR);
    runner.withUserConfiguration(OneCatalog.class).withBean(ErrataRestClientCustomizer.class, () -> own)
        .run(context -> assertThat(context.getBean(ErrataRestClientCustomizer.class)).isSameInstanceAs(own));
    ErrataWebClientCustomizer ownWeb = new ErrataWebClientCustomizer(OwnBeans.FILTER);
    runner.withUserConfiguration(OneCatalog.class).withBean(ErrataWebClientCustomizer.class, () -> ownWeb)
        .run(context -> assertThat(context.getBean(ErrataWebClientCustomizer.class)).isSameInstanceAs(ownWeb));
    CatalogResponder responder = CatalogResponder.problemDetail();
    new WebApplicationContextRunner().withConfiguration(ERRATA).withBean(CatalogResponder.class, () -> responder)
        .run(context -> assertThat(context.getBean(CatalogResponder.class)).isSameInstanceAs(responder));
  }

  @Test
  void eachIsAbsentWhenItsLibraryIs() {
    runner.withUserConfiguration(OneCatalog.class, Registry.class)
        .withClassLoader(new FilteredClassLoader(RestClientCustomizer.class))
        .run(context -> {
          assertThat(context.getBeansOfType(CatalogClientInterceptor.class)).isEmpty();
          assertThat(context.getBeansOfType(ErrataRestClientCustomizer.class)).isEmpty();
          assertThat(context.getBeansOfType(ErrataWebClientCustomizer.class).size()).isEqualTo(1);
        });
    runner.withUserConfiguration(OneCatalog.class, Registry.class)
        .withClassLoader(new FilteredClassLoader(WebClient.class))
        .run(context -> {
          assertThat(context.getBeansOfType(CatalogExchangeFilter.class)).isEmpty();
          assertThat(context.getBeansOfType(ErrataWebClientCustomizer.class)).isEmpty();
          assertThat(context.getBeansOfType(ErrataRestClientCustomizer.class).size()).isEqualTo(1);
        });
    runner.withUserConfiguration(OneCatalog.class, Registry.class)
        .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
        .run(context -> assertThat(context.getBeansOfType(DecodedErrorCounter.class)).isEmpty());
    runner.withUserConfiguration(OneCatalog.class)
        .run(context -> assertWithMessage("no registry, no counter").that(context.getBeansOfType(DecodedErrorCounter.class)).isEmpty());
    runner.withUserConfiguration(OneCatalog.class, Registry.class)
        .run(context -> assertThat(context.getBeansOfType(DecodedErrorCounter.class).size()).isEqualTo(1));
    new WebApplicationContextRunner().withConfiguration(ERRATA)
        .run(context -> assertThat(context.getBeansOfType(CatalogExceptionHandler.class).size()).isEqualTo(1));
    new ReactiveWebApplicationContextRunner().withConfiguration(ERRATA)
        .run(context -> assertThat(context.getBeansOfType(CatalogExceptionHandler.class).size()).isEqualTo(1));
  }

  @Test
  void propertiesTurnPiecesOffAndSetThePolicyAndTheRoutes() {
    runner.withUserConfiguration(TestCatalogs.class, Registry.class)
        .withPropertyValues("errata.client.enabled=false", "errata.client.metrics.enabled=false")
        .run(context -> {
          assertThat(context.getBeansOfType(CatalogClientInterceptor.class)).isEmpty();
          assertThat(context.getBeansOfType(CatalogExchangeFilter.class)).isEmpty();
          assertThat(context.getBeansOfType(DecodedErrorCounter.class)).isEmpty();
        });
    new WebApplicationContextRunner().withConfiguration(ERRATA).withPropertyValues("errata.server.enabled=false")
        .run(context -> assertThat(context.getBeansOfType(CatalogExceptionHandler.class)).isEmpty());
    runner.withUserConfiguration(TestCatalogs.class)
        .withPropertyValues(
            "errata.client.retry.max-attempts=5", "errata.client.retry.max-total-time=2m",
            "errata.client.retry.initial-backoff=20ms", "errata.client.retry.max-backoff=1s",
            "errata.client.base-urls.khipu=https://payment-api.khipu.com/",
            "errata.client.base-urls[KeyBank][0]=https://api.keybank.example/v1/",
            "errata.client.base-urls[KeyBank][1]=https://sandbox.keybank.example/")
        .run(context -> {
          RetryPolicy policy = context.getBean(RetryPolicy.class);
          assertThat(policy.maxAttempts()).isEqualTo(5);
          assertThat(policy.maxTotalTime()).isEqualTo(Duration.ofMinutes(2));
          assertThat(policy.initialBackoff()).isEqualTo(Duration.ofMillis(20));
          assertThat(policy.maxBackoff()).isEqualTo(Duration.ofSeconds(1));
          CatalogSelector selector = context.getBean(CatalogSelector.class);
          assertThat(selector.select(URI.create("https://payment-api.khipu.com/v3/payments"), Map.of())).isSameInstanceAs(KhipuMatcher.catalog());
          assertThat(selector.select(URI.create("https://sandbox.keybank.example/x"), Map.of())).isSameInstanceAs(KeyBankMatcher.catalog());
          assertThat(selector.select(URI.create("https://api.keybank.example/v1/accounts"), Map.of())).isSameInstanceAs(KeyBankMatcher.catalog());
          // Two catalogs and no route: no guess.
          assertThat(selector.select(URI.create("https://elsewhere.example/"), Map.of())).isNull();
        });
    runner.withUserConfiguration(OneCatalog.class).withPropertyValues("errata.client.retry.enabled=false")
        .run(context -> assertThat(context.getBean(RetryPolicy.class).maxAttempts()).isEqualTo(1));
    new WebApplicationContextRunner().withConfiguration(ERRATA)
        .withPropertyValues("errata.server.format=problem-detail", "errata.server.order=-5")
        .run(context -> {
          Object body = context.getBean(CatalogResponder.class)
              .respond(KhipuMatcher.toException(dev.errata.catalog.ErrorReport.ofCode("A000"))).getBody();
          assertThat(assertInstanceOf(ProblemDetail.class, body).getStatus()).isEqualTo(401);
          assertThat(context.getBean(CatalogExceptionHandler.class).getOrder()).isEqualTo(-5);
        });
    runner.withUserConfiguration(TestCatalogs.class).withPropertyValues("errata.client.base-urls.stripe=https://api.stripe.com/")
        .run(context -> assertThat(rootMessage(context.getStartupFailure())).isEqualTo("base URLs are given for a catalog named stripe, but the catalogs are"
            + " [Khipu, KeyBank]"));
  }

  private static String rootMessage(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root.getMessage();
  }
}
