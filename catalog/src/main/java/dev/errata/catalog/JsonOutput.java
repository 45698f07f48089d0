package dev.errata.catalog;

import dev.errata.catalog.JsonTokens.Token;
import java.io.IOException;

/** A JSON library's streaming generator, as {@link JsonValue#writeTo} drives it. */
interface JsonOutput {

  /**
   * Writes one token: {@code text} is the name of a {@link Token#NAME}, the value of a {@link
   * Token#STRING}, the digits of a {@link Token#NUMBER}, and {@code null} for any other.
   */
  void write(Token token, String text) throws IOException;
}
