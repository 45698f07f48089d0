/**
 * Errata for {@code java.net.http}: {@link dev.errata.http.ErrataHttpClient} sends requests with an
 * {@code HttpClient}, decodes every response with a {@link dev.errata.catalog.Catalog}, retries as a
 * {@link dev.errata.catalog.RetryPolicy} decides, and returns the successful response or throws the
 * typed exception.
 */
package dev.errata.http;
