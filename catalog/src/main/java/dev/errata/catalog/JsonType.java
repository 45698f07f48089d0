package dev.errata.catalog;

/**
 * The JSON type an envelope field is written with. Decoding reads any scalar whatever its type;
 * encoding writes the declared one, falling back to a string for a value that is not of that type.
 */
public enum JsonType {
  /** A JSON string. */
  STRING,
  /** A JSON whole number (a value that is not one, such as "007", is written as a string). */
  NUMBER,
  /** A JSON boolean (a value other than {@code true} or {@code false} is written as a string). */
  BOOLEAN
}
