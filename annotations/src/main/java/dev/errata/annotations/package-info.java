/** The annotations an error catalog interface is written with; see {@link dev.errata.annotations.ErrorCatalog}. */
package dev.errata.annotations;
