/**
 * Errata for Resilience4j: {@link dev.errata.resilience4j.ErrataRetryPredicate} says which failures a
 * {@code Retry} retries and {@link dev.errata.resilience4j.ErrataIntervalBiFunction} how long it waits,
 * both from the catalog's advice as a {@link dev.errata.catalog.RetryPolicy} reads it; {@link
 * dev.errata.resilience4j.ErrataRetryConfig} puts them in one {@code RetryConfig}.
 */
package dev.errata.resilience4j;
