/**
 * Errata for Spring: {@code RestClient} and {@code WebClient} that throw a catalog's typed exceptions
 * and retry as it advises ({@link dev.errata.spring.CatalogClientInterceptor}, {@link
 * dev.errata.spring.CatalogExchangeFilter}, {@link dev.errata.spring.CatalogRetry}, {@link
 * dev.errata.spring.CatalogErrorHandler}), and MVC and WebFlux advice that answers them with their
 * catalog's envelope or as a problem detail ({@link dev.errata.spring.CatalogExceptionHandler}).
 */
package dev.errata.spring;
