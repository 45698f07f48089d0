package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeMatchingTest {

  @ParameterizedTest(name = "trailingNumber(\"{0}\", {1}) = {2}")
  @CsvSource({
    "E201, 1, 201",
    "E000, 1, 0",
    "E001, 1, 1",
    "E999, 1, 999",
    "E201, 0, -1",   // the prefix letter is not a digit
    "E201, 3, 1",
    "0800, 0, 800",
    "E2O1, 1, -1",   // letter O
    "E-01, 1, -1",
    "E+01, 1, -1",
    "E20a, 1, -1",
    "E 01, 1, -1",
  })
  void readsTheDigitsFromTheGivenIndex(String code, int from, long expected) {
    assertThat(CodeMatching.trailingNumber(code, from)).isEqualTo(expected);
  }

  @Test
  void emptyTailIsNotANumber() {
    assertThat(CodeMatching.trailingNumber("", 0)).isEqualTo(-1);
    assertThat(CodeMatching.trailingNumber("E", 1)).isEqualTo(-1);
  }

  @Test
  void fromEqualToOrBeyondTheLengthIsNotANumber() {
    assertThat(CodeMatching.trailingNumber("E201", 4)).isEqualTo(-1);
    assertThat(CodeMatching.trailingNumber("E201", 5)).isEqualTo(-1);
  }

  @Test
  void eighteenDigitsFitNineteenDoNot() {
    String eighteen = "999999999999999999";
    assertThat(eighteen.length()).isEqualTo(18);
    assertThat(CodeMatching.trailingNumber(eighteen, 0)).isEqualTo(999_999_999_999_999_999L);
    assertThat(CodeMatching.trailingNumber("E" + eighteen, 1)).isEqualTo(999_999_999_999_999_999L);
    assertThat(CodeMatching.trailingNumber("9" + eighteen, 0)).isEqualTo(-1);
    assertThat(CodeMatching.trailingNumber("E9" + eighteen, 1)).isEqualTo(-1);
    // Nineteen zeros would fit a long, but the limit is on the width, not the value.
    assertThat(CodeMatching.trailingNumber("0".repeat(19), 0)).isEqualTo(-1);
    assertThat(CodeMatching.trailingNumber("0".repeat(18), 0)).isEqualTo(0);
  }

  @Test
  void onlyAsciiDigitsCount() {
    // ARABIC-INDIC DIGIT TWO and FULLWIDTH DIGIT TWO are digits to Character.isDigit, not to codes.
    assertThat(CodeMatching.trailingNumber("E\u0662\u0660\u0661", 1)).isEqualTo(-1);
    assertThat(CodeMatching.trailingNumber("E\uFF12\uFF10\uFF11", 1)).isEqualTo(-1);
    assertThat(CodeMatching.trailingNumber("E20/", 1)).isEqualTo(-1); // '/' is just below '0'
    assertThat(CodeMatching.trailingNumber("E20:", 1)).isEqualTo(-1); // ':' is just above '9'
  }

  @Test
  void isDigitIsAsciiOnly() {
    assertThat(CodeMatching.isDigit('0')).isTrue();
    assertThat(CodeMatching.isDigit('9')).isTrue();
    assertThat(CodeMatching.isDigit('/')).isFalse();
    assertThat(CodeMatching.isDigit(':')).isFalse();
    assertThat(CodeMatching.isDigit('\u0662')).isFalse();
    assertThat(CodeMatching.isDigit('x')).isFalse();
  }

  @Test
  void isLetterOrDigitIsAsciiOnly() {
    for (char c : "09AZaz".toCharArray()) {
      assertWithMessage("%s", String.valueOf(c)).that(CodeMatching.isLetterOrDigit(c)).isTrue();
    }
    for (char c : "@[`{/:-_ \u00C9\u0395\u0662".toCharArray()) {
      assertWithMessage("%s", String.valueOf(c)).that(CodeMatching.isLetterOrDigit(c)).isFalse();
    }
  }

  @ParameterizedTest(name = "numberStart(\"{0}\") = {1}")
  @CsvSource({
    "E201, 1",
    "201, 0",     // all digits: the prefix is empty
    "E, 1",       // no digit: the number starts at the end
    "'', 0",
    "E2O1, 3",    // letter O: only the last digit is the trailing number
    "KB-40, 3",
    "A1B, 3",
  })
  void findsWhereTheTrailingDigitsStart(String code, int expected) {
    assertThat(CodeMatching.numberStart(code)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "prefixHash(\"{0}\", {1})")
  @CsvSource({
    "E201, 1",
    "E201, 0",
    "E201, 4",
    "KB-401, 3",
    "invalid_auth, 8",
    "'', 0",
  })
  void hashesThePrefixAsItsStringWould(String code, int end) {
    assertThat(CodeMatching.prefixHash(code, end)).isEqualTo(code.substring(0, end).hashCode());
  }
}
