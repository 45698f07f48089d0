package dev.errata.catalog;

/**
 * Bounds on what decoding a response body may cost: a body past any of them is not parsed (or parsing
 * stops), and the result says so in {@link ErrorReport#problem()}, keeping the status and raw body.
 *
 * @param maxBodyBytes the largest body parsed, in bytes
 * @param maxNestingDepth the deepest nesting of arrays and objects
 * @param maxStringLength the longest string value, in characters
 * @param maxNumberLength the longest number, in characters
 */
public record DecodeLimits(int maxBodyBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength) {

  /**
   * Safe for error bodies, which are small: 1 MiB, 64 levels, 1 MiB strings (Jackson's defaults allow
   * 20 MB strings and 1,000 levels), 100-character numbers.
   */
  public static final DecodeLimits DEFAULT = new DecodeLimits(1 << 20, 64, 1 << 20, 100);

  /** Checks every limit is positive. */
  public DecodeLimits {
    if (maxBodyBytes <= 0 || maxNestingDepth <= 0 || maxStringLength <= 0 || maxNumberLength <= 0) {
      throw new IllegalArgumentException("decode limits must be positive: " + this);
    }
  }
}
