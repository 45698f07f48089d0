package dev.errata.annotations;

/**
 * The JSON type a field of the envelope is written with. Decoding reads any scalar whatever its type
 * (Slack's {@code "ok": false} and {@code "ok": "false"} alike); encoding writes the declared type, so
 * the body is shaped as the provider's own.
 */
public enum JsonType {
  /** A JSON string, such as {@code "code": "card_declined"}. */
  STRING,
  /**
   * A JSON whole number, such as Twilio's {@code "code": 30004}; a value that is not one (an unknown
   * code received as text, "007") is written as a string.
   */
  NUMBER,
  /**
   * A JSON boolean, such as Slack's {@code "ok": false}; a value other than {@code true} or {@code
   * false} is written as a string.
   */
  BOOLEAN
}
