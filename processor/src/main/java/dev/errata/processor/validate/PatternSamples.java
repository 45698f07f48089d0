package dev.errata.processor.validate;

import dev.errata.processor.model.CodePattern;
import dev.errata.processor.model.CodeRange;
import dev.errata.processor.model.CodeWildcard;
import dev.errata.processor.model.ExactCode;
import java.util.List;

/** The concrete codes a pattern is checked against {@code codePattern} with. */
final class PatternSamples {

  private PatternSamples() {}

  /**
   * An exact code itself; both ends of a range; a wildcard with its positions filled in with the
   * lowest ({@code 0}) and the highest ({@code 9} for {@code x}, {@code Z} for {@code *}) characters.
   */
  static List<String> of(CodePattern pattern) {
    if (pattern instanceof ExactCode exact) {
      return List.of(exact.code());
    }
    if (pattern instanceof CodeRange range) {
      return List.of(range.codeOf(range.low()), range.codeOf(range.high()));
    }
    String text = ((CodeWildcard) pattern).text();
    return List.of(
        text.replace(CodeWildcard.DIGIT, '0').replace(CodeWildcard.LETTER_OR_DIGIT, '0'),
        text.replace(CodeWildcard.DIGIT, '9').replace(CodeWildcard.LETTER_OR_DIGIT, 'Z'));
  }
}
