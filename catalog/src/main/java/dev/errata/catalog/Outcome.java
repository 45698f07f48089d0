package dev.errata.catalog;

/** What a response of an error type means for the request. */
public enum Outcome {
  /** The request failed. */
  FAILURE,
  /** The request succeeded, but the response carries something to look at (KeyBank's HTTP 299). */
  WARNING,
  /** The request succeeded: the "code" is a success status (KeyBank's HTTP 200). */
  SUCCESS
}
