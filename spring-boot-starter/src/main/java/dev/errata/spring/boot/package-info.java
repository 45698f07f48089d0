/**
 * Spring Boot 4 auto-configuration of Errata: every {@link dev.errata.catalog.Catalog} bean decodes
 * the responses of Boot's {@code RestClient.Builder} and {@code WebClient.Builder}, the controllers'
 * catalog exceptions are answered with their envelope, and Micrometer counts what was decoded.
 */
package dev.errata.spring.boot;
