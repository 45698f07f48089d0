/**
 * The runtime that generated catalogs use: {@link dev.errata.catalog.ErrorCode}, {@link
 * dev.errata.catalog.RetryAdvice}, {@link dev.errata.catalog.CatalogException} and {@link
 * dev.errata.catalog.ErrorReport}.
 */
package dev.errata.catalog;
