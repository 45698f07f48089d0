package dev.errata.spring;

import dev.errata.catalog.CatalogException;
import java.util.Objects;

/**
 * Hears what a client decoded: each failure (before it is thrown or retried) and each warning of a
 * successful response (KeyBank's HTTP 299), which is not thrown. Must not throw; called on the thread
 * that read the response (an event loop, for WebClient): keep it short.
 */
public interface DecodingListener {

  /** A response that failed, as the typed exception about to be thrown, or retried. */
  default void onFailure(CatalogException failure) {}

  /** A successful response that carries a warning; the response is returned as usual. */
  default void onWarning(CatalogException warning) {}

  /** This listener, then {@code next}. */
  default DecodingListener andThen(DecodingListener next) {
    Objects.requireNonNull(next, "next");
    DecodingListener first = this;
    return new DecodingListener() {
      @Override
      public void onFailure(CatalogException failure) {
        first.onFailure(failure);
        next.onFailure(failure);
      }

      @Override
      public void onWarning(CatalogException warning) {
        first.onWarning(warning);
        next.onWarning(warning);
      }
    };
  }

  /** Logs warnings at {@code WARNING} through {@code System.Logger} (failures are thrown, so not logged): the default. */
  static DecodingListener logging() {
    return Logging.INSTANCE;
  }

  /** Does nothing. */
  static DecodingListener none() {
    return Silent.INSTANCE;
  }
}

/** {@link DecodingListener#logging()}. */
enum Logging implements DecodingListener {
  INSTANCE;

  private static final System.Logger LOGGER = System.getLogger(DecodingListener.class.getName());

  @Override
  public void onWarning(CatalogException warning) {
    LOGGER.log(System.Logger.Level.WARNING, () -> "a successful response carries a warning: " + warning.getMessage());
  }
}

/** {@link DecodingListener#none()}. */
enum Silent implements DecodingListener {
  INSTANCE
}
