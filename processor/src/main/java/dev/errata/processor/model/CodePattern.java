package dev.errata.processor.model;

import java.math.BigInteger;
import java.util.Optional;

/**
 * What a {@code @Code} constant's value stands for: one exact code, an inclusive numeric range or a
 * wildcard. Immutable; parse one with {@link CodePatternParser}.
 */
public sealed interface CodePattern permits ExactCode, CodeRange, CodeWildcard {

  /** The pattern as written in the catalog, such as {@code "A000"}, {@code "E100..E199"} or {@code "E2xx"}. */
  String text();

  /** The length of every code the pattern covers. */
  int length();

  /** How many distinct codes the pattern covers: the smaller, the more specific. */
  BigInteger size();

  /** Whether {@code code} is one of the codes the pattern covers. */
  boolean contains(String code);

  /** One code both this and {@code other} cover, or empty when they are disjoint. */
  Optional<String> commonCode(CodePattern other);

  /** Whether the pattern covers more than one code. */
  default boolean isRange() {
    return !(this instanceof ExactCode);
  }

  /** The lowest code covered, used to sort entries: ranges by their start, wildcards with 0 and A filled in. */
  String first();
}
