/**
 * Errata for OkHttp and Retrofit: {@link dev.errata.okhttp.ErrataInterceptor} decodes every response
 * with an error catalog and retries as a {@link dev.errata.catalog.RetryPolicy} decides; {@link
 * dev.errata.okhttp.ErrataCallAdapterFactory} makes Retrofit's calls throw the typed exception.
 */
package dev.errata.okhttp;
