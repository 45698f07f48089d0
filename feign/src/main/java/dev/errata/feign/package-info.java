/**
 * Errata for Feign: {@link dev.errata.feign.ErrataErrorDecoder} turns failed responses into the
 * catalog's typed exceptions (a {@code RetryableException} around them when the catalog allows a
 * retry), {@link dev.errata.feign.ErrataResponseInterceptor} finds the errors inside 2xx bodies, and
 * {@link dev.errata.feign.ErrataRetryer} retries as a {@link dev.errata.catalog.RetryPolicy} decides.
 */
package dev.errata.feign;
