package dev.errata.catalog;

import dev.errata.catalog.JsonTokens.Token;
import java.io.IOException;

/** A JSON library's streaming generator, as the codec drives it: one token at a time, no tree of the library's. */
interface JsonOutput {

  /**
   * Writes one token: {@code text} is the name of a {@link Token#NAME}, the value of a {@link
   * Token#STRING}, the digits of a {@link Token#NUMBER}, and {@code null} for any other.
   */
  void write(Token token, String text) throws IOException;

  /** What a {@link JsonBackend} writes as one JSON text: a {@link JsonValue}, or an envelope's fields. */
  @FunctionalInterface
  interface Source {

    /** Writes the whole value to {@code out}. */
    void writeTo(JsonOutput out) throws IOException;
  }
}
