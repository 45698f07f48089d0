package dev.errata.annotations;

/** What a response of an {@link ErrorType} means for the request. */
public enum Outcome {
  /** The request failed: the usual meaning of an error code. */
  FAILURE,
  /** The request succeeded, but the response carries a warning to look at (KeyBank's HTTP 299). */
  WARNING,
  /** The request succeeded: the code is a success status (KeyBank's HTTP 200). */
  SUCCESS
}
