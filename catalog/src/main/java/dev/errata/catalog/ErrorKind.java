package dev.errata.catalog;

import java.io.Serializable;

/**
 * An error type a catalog declares (such as Khipu's {@code DO_NOT_RETRY}); each generated {@code
 * <Name>ErrorType} enum implements it.
 */
public interface ErrorKind extends Serializable {

  /** The type's name, as the API sends it. */
  String name();

  /** Whether and when a request that failed with this type may be sent again. */
  RetryAdvice retry();

  /** What a response of this type is: a failure (the default), a success with a warning, or a success. */
  default Outcome outcome() {
    return Outcome.FAILURE;
  }
}
