/**
 * Errata for JAX-RS (Jakarta RESTful Web Services) and the MicroProfile Rest Client: {@link
 * dev.errata.jaxrs.ErrataClientFilter} and {@link dev.errata.jaxrs.ErrataResponseExceptionMapper} make
 * clients fail with an error catalog's typed exceptions; {@link dev.errata.jaxrs.ErrataExceptionMapper}
 * makes a server answer any of them with its catalog's envelope.
 */
package dev.errata.jaxrs;
