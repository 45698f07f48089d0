package dev.errata.annotations;

/**
 * How the value of a {@link Code @Code} constant is read when it holds an {@code x} or a {@code *}, the
 * characters a wildcard is written with: Stripe's {@code "expired_card"} is one code, Khipu's
 * {@code "E2xx"} is a hundred. The reading is never a guess.
 */
public enum CodeReading {
  /**
   * The catalog's {@link ErrorCatalog#codePattern() codePattern} decides: the value is read the one way
   * the pattern accepts (a code holding {@code x} or {@code *} as written, or the codes the wildcard
   * stands for); a value both readings pass, or any such value in a catalog without a pattern, is a
   * compile error until the code says {@link #LITERAL} or {@link #WILDCARD}. A value without {@code x},
   * {@code *} or {@code ..} reads one way only, and this is all it needs.
   */
  PATTERN,
  /** The value is one exact code, character for character: an {@code x}, a {@code *} or a {@code ..} is itself. */
  LITERAL,
  /** Each {@code x} of the value stands for one ASCII digit and each {@code *} for one ASCII letter or digit. */
  WILDCARD
}
