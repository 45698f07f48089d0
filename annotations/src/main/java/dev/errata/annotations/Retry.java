package dev.errata.annotations;

/** The retry meaning of an {@link ErrorType}. */
public enum Retry {
  /** The same request will fail again: do not send it. */
  NEVER,
  /** The failure was transient: the same request may be sent again at once. */
  IMMEDIATELY,
  /** The same request may be sent again once the type's {@link ErrorType#after() after} has passed. */
  AFTER
}
