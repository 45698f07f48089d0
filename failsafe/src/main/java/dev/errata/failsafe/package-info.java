/**
 * Errata for Failsafe: {@link dev.errata.failsafe.ErrataFailsafe#retryPolicy} is a Failsafe {@code
 * RetryPolicy} that follows an error catalog's advice as a {@link dev.errata.catalog.RetryPolicy}
 * reads it.
 */
package dev.errata.failsafe;
