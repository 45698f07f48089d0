package dev.errata.catalog;

import java.util.List;

/**
 * The JSON library the codec reads and writes with: Jackson 3 or Jackson 2, streaming only (no data
 * binding, no default typing, no polymorphic typing from input, keys not interned). One instance per
 * set of {@link DecodeLimits}, mapped onto the library's {@code StreamReadConstraints}. Thread-safe.
 */
interface JsonBackend {

  /** The system property that picks the backend: {@value}. */
  String PROPERTY = "errata.json";

  /** {@code jackson3} or {@code jackson2}, as {@link #PROPERTY} names it. */
  String name();

  /** A parser of {@code json}, within the limits. */
  JsonTokens tokens(byte[] json) throws JsonException;

  /** {@code names}, distinct, as this backend's parsers match them fastest in {@link JsonTokens#nextName(JsonNames)}. */
  JsonNames names(List<String> names);

  /** What {@code source} writes, as compact UTF-8 JSON; fails when it is deeper than {@code maxWriteDepth}. */
  byte[] write(JsonOutput.Source source) throws JsonException;

  /**
   * The backend of the library {@link #PROPERTY} names ({@code jackson3} or {@code jackson2}), else of
   * Jackson 3 when it is on the class path, else of Jackson 2.
   *
   * @throws IllegalStateException if the one named is not on the class path, or neither is
   */
  static JsonBackend create(DecodeLimits limits, int maxWriteDepth) {
    return JsonBackends.chosen().equals(Jackson3Backend.NAME)
        ? new Jackson3Backend(limits, maxWriteDepth)
        : new Jackson2Backend(limits, maxWriteDepth);
  }
}
