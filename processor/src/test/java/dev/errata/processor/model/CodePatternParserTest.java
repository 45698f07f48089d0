package dev.errata.processor.model;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodePatternParserTest {

  private static CodePattern parse(String text) {
    try {
      return CodePatternParser.parse(text);
    } catch (CodeSyntaxException e) {
      throw new AssertionError("\"" + text + "\" should parse: " + e.getMessage(), e);
    }
  }

  private static CodeSyntaxException reject(String text, CodeSyntaxException.Reason reason) {
    CodeSyntaxException e = assertThrows(CodeSyntaxException.class, () -> CodePatternParser.parse(text));
    assertWithMessage("%s", e.getMessage()).that(e.reason()).isEqualTo(reason);
    return e;
  }

  // Exact codes

  @ParameterizedTest
  @ValueSource(strings = {"A000", "E999", "0800", "X", "ERR-42", "e201", "E2X9"})
  void exactCodes(String text) {
    CodePattern pattern = parse(text);
    assertThat(pattern).isEqualTo(new ExactCode(text));
    assertThat(pattern.text()).isEqualTo(text);
    assertThat(pattern.isRange()).isFalse();
  }

  // Ranges

  @Test
  void range() {
    assertThat(parse("E100..E199")).isEqualTo(new CodeRange("E100..E199", "E", 3, 100, 199));
  }

  @Test
  void rangeWithLeadingZeros() {
    assertThat(parse("I001..I003")).isEqualTo(new CodeRange("I001..I003", "I", 3, 1, 3));
  }

  @Test
  void rangeOfOnlyDigits() {
    assertThat(parse("0800..0899")).isEqualTo(new CodeRange("0800..0899", "", 4, 800, 899));
  }

  @Test
  void rangeWhosePrefixHasDigits() {
    assertThat(parse("A1B00..A1B42")).isEqualTo(new CodeRange("A1B00..A1B42", "A1B", 2, 0, 42));
  }

  @Test
  void rangeOfOneCode() {
    CodePattern pattern = parse("E100..E100");
    assertThat(pattern).isEqualTo(new CodeRange("E100..E100", "E", 3, 100, 100));
    assertThat(pattern.isRange()).isTrue();
  }

  @Test
  void rangeOfEighteenDigits() {
    String low = "E" + "0".repeat(18);
    String high = "E" + "9".repeat(18);
    assertThat(parse(low + ".." + high)).isEqualTo(new CodeRange(low + ".." + high, "E", 18, 0, 999_999_999_999_999_999L));
  }

  // Wildcards that are ranges

  @Test
  void trailingXsAreARange() {
    assertThat(parse("E2xx")).isEqualTo(new CodeRange("E2xx", "E", 3, 200, 299));
  }

  @Test
  void trailingXsAfterDigitsOnlyCodeAreARangeWithAnEmptyPrefix() {
    assertThat(parse("0800x")).isEqualTo(new CodeRange("0800x", "", 5, 8000, 8009));
  }

  @Test
  void trailingXsAfterALetter() {
    assertThat(parse("Exx")).isEqualTo(new CodeRange("Exx", "E", 2, 0, 99));
    assertThat(parse("x")).isEqualTo(new CodeRange("x", "", 1, 0, 9));
  }

  @Test
  void eighteenDigitsWithTrailingXsAreStillARange() {
    String text = "E" + "1".repeat(16) + "xx";
    assertThat(parse(text)).isEqualTo(new CodeRange(text, "E", 18, 111_111_111_111_111_100L, 111_111_111_111_111_199L));
    assertThat(parse("x".repeat(18))).isEqualTo(new CodeRange("x".repeat(18), "", 18, 0, 999_999_999_999_999_999L));
  }

  @Test
  void moreThanEighteenDigitsWithTrailingXsStayAWildcard() {
    String text = "E" + "1".repeat(17) + "xx";
    assertThat(parse(text)).isEqualTo(new CodeWildcard(text));
    assertThat(parse("x".repeat(19))).isEqualTo(new CodeWildcard("x".repeat(19)));
  }

  // Wildcards

  @ParameterizedTest
  @ValueSource(strings = {"08***", "E2x9", "Ex0x", "E*xx", "*", "x2", "E2xX"})
  void wildcards(String text) {
    CodePattern pattern = parse(text);
    assertThat(pattern).isEqualTo(new CodeWildcard(text));
    assertThat(pattern.isRange()).isTrue();
  }

  // Errors

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   ", "\t"})
  void emptyOrBlank(String text) {
    CodeSyntaxException e = reject(text, CodeSyntaxException.Reason.EMPTY);
    assertThat(e.getMessage()).contains("cannot be empty");
  }

  @Test
  void spacesAroundARangeDash() {
    CodeSyntaxException e = reject("E100 - E199", CodeSyntaxException.Reason.WHITESPACE);
    assertThat(e.getMessage()).contains("\"E100 - E199\"");
    assertThat(e.getMessage()).contains("two codes joined by \"..\", with no spaces");
  }

  @ParameterizedTest
  @ValueSource(strings = {"E100 ", " E100", "E1 00", "E100..E199\n", "E100\u0000", "E100\u007f"})
  void whitespaceOrControlCharacters(String text) {
    reject(text, CodeSyntaxException.Reason.WHITESPACE);
  }

  /** What a code copied out of an HTML table can carry without showing it. */
  @ParameterizedTest
  @ValueSource(strings = {
    "E\u00a0100",            // no-break space
    "E100\u202f..E199",      // narrow no-break space
    "\u00a0",                // only a no-break space: not blank to String.isBlank
    "E\u200b100",            // zero-width space
    "\ufeffE100",            // byte order mark
    "E100\u2028",            // line separator
  })
  void invisibleOrNoBreakSpaces(String text) {
    reject(text, CodeSyntaxException.Reason.WHITESPACE);
  }

  @Test
  void rangeWithDifferentPrefixes() {
    CodeSyntaxException e = reject("E100..F199", CodeSyntaxException.Reason.RANGE_SHAPE);
    assertThat(e.getMessage()).contains("\"E100..F199\"");
    assertThat(e.getMessage()).contains("same width");
  }

  @ParameterizedTest
  @CsvSource({
    "E100..E1999",   // different widths
    "E100..E99",
    "E0100..E199",
    "EA00..E199",    // same width, different number of digits
    "E100..",        // no end
    "..E199",        // no start
    "..",
    "E..E",          // no digits
    "E1xx..E199",    // a wildcard is not a range end
    "E100...E199",
    "E100..E150..E199",
    "e100..E199",
  })
  void malformedRanges(String text) {
    reject(text, CodeSyntaxException.Reason.RANGE_SHAPE);
  }

  @Test
  void rangeThatStartsAfterItEnds() {
    CodeSyntaxException e = reject("E199..E100", CodeSyntaxException.Reason.RANGE_ORDER);
    assertWithMessage("%s", "suggests the fix: " + e.getMessage()).that(e.getMessage()).contains("\"E100..E199\"");
  }

  @Test
  void rangeOfMoreThanEighteenDigits() {
    String low = "E" + "0".repeat(19);
    String high = "E" + "9".repeat(19);
    CodeSyntaxException e = reject(low + ".." + high, CodeSyntaxException.Reason.RANGE_TOO_WIDE);
    assertThat(e.getMessage()).contains("19 trailing digits");
    assertThat(e.getMessage()).contains("at most 18");
  }

  @Test
  void rangeOfMoreThanEighteenDigitsBeyondLongIsStillTooWideNotACrash() {
    String low = "E" + "1".repeat(25);
    String high = "E" + "9".repeat(25);
    reject(low + ".." + high, CodeSyntaxException.Reason.RANGE_TOO_WIDE);
  }

  @Test
  void patternsParsedAgainAreEqual() {
    assertThat(parse("E100..E199")).isEqualTo(parse("E100..E199"));
    assertThat(parse("08***")).isEqualTo(parse("08***"));
    assertThat(parse("A000")).isInstanceOf(ExactCode.class);
  }
}
