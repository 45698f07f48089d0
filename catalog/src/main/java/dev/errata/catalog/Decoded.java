package dev.errata.catalog;

import java.util.Optional;

/**
 * What a response turned out to be: a {@link Success}, a {@link Warning} (a success that needs
 * attention, such as KeyBank's HTTP 299), or a {@link Failure} with its typed exception. Sealed: a
 * {@code switch} over it needs no {@code default}. Decoding never throws; what could not be read is in
 * {@link ErrorReport#problem()}.
 *
 * @param <E> the catalog's exception type
 */
public sealed interface Decoded<E extends CatalogException>
    permits Decoded.Success, Decoded.Warning, Decoded.Failure {

  /** Everything read from the response, status and raw body included. */
  ErrorReport report();

  /** The typed exception of a warning or failure; empty for a success. */
  Optional<E> exception();

  /** Whether the response is a failure. */
  default boolean isFailure() {
    return this instanceof Failure;
  }

  /** Throws the exception of a failure; does nothing for a success or warning. */
  default void throwIfFailure() {
    if (this instanceof Failure<E> failure) {
      throw failure.error();
    }
  }

  /** The response is not an error. */
  record Success<E extends CatalogException>(ErrorReport report) implements Decoded<E> {
    @Override
    public Optional<E> exception() {
      return Optional.empty();
    }
  }

  /** The request succeeded, but the response carries a warning, typed by its code. */
  record Warning<E extends CatalogException>(E warning) implements Decoded<E> {
    /**
     * The warning's exception; a decoded one takes its stack trace at the first call, here.
     *
     * @return the warning's exception
     */
    @Override
    public E warning() {
      warning.takePendingTrace();
      return warning;
    }

    @Override
    public ErrorReport report() {
      return warning.report();
    }

    @Override
    public Optional<E> exception() {
      return Optional.of(warning());
    }
  }

  /** The request failed, typed by its code. */
  record Failure<E extends CatalogException>(E error) implements Decoded<E> {
    /**
     * The failure's exception; a decoded one takes its stack trace at the first call, here, so that
     * it shows where the exception was handed out and thrown, not the decoder's frames.
     *
     * @return the failure's exception
     */
    @Override
    public E error() {
      error.takePendingTrace();
      return error;
    }

    @Override
    public ErrorReport report() {
      return error.report();
    }

    @Override
    public Optional<E> exception() {
      return Optional.of(error());
    }
  }
}
