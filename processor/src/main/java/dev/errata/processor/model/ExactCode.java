package dev.errata.processor.model;

import java.math.BigInteger;
import java.util.Optional;

/** A single code such as {@code "A000"}. */
public record ExactCode(String code) implements CodePattern {

  @Override
  public String text() {
    return code;
  }

  @Override
  public int length() {
    return code.length();
  }

  @Override
  public BigInteger size() {
    return BigInteger.ONE;
  }

  @Override
  public boolean contains(String candidate) {
    return code.equals(candidate);
  }

  @Override
  public Optional<String> commonCode(CodePattern other) {
    return other.contains(code) ? Optional.of(code) : Optional.empty();
  }

  @Override
  public String first() {
    return code;
  }
}
