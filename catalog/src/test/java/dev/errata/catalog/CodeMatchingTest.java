package dev.errata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertEquals(expected, CodeMatching.trailingNumber(code, from));
  }

  @Test
  void emptyTailIsNotANumber() {
    assertEquals(-1, CodeMatching.trailingNumber("", 0));
    assertEquals(-1, CodeMatching.trailingNumber("E", 1));
  }

  @Test
  void fromEqualToOrBeyondTheLengthIsNotANumber() {
    assertEquals(-1, CodeMatching.trailingNumber("E201", 4));
    assertEquals(-1, CodeMatching.trailingNumber("E201", 5));
  }

  @Test
  void eighteenDigitsFitNineteenDoNot() {
    String eighteen = "999999999999999999";
    assertEquals(18, eighteen.length());
    assertEquals(999_999_999_999_999_999L, CodeMatching.trailingNumber(eighteen, 0));
    assertEquals(999_999_999_999_999_999L, CodeMatching.trailingNumber("E" + eighteen, 1));
    assertEquals(-1, CodeMatching.trailingNumber("9" + eighteen, 0));
    assertEquals(-1, CodeMatching.trailingNumber("E9" + eighteen, 1));
    // Nineteen zeros would fit a long, but the limit is on the width, not the value.
    assertEquals(-1, CodeMatching.trailingNumber("0".repeat(19), 0));
    assertEquals(0, CodeMatching.trailingNumber("0".repeat(18), 0));
  }

  @Test
  void onlyAsciiDigitsCount() {
    // ARABIC-INDIC DIGIT TWO and FULLWIDTH DIGIT TWO are digits to Character.isDigit, not to codes.
    assertEquals(-1, CodeMatching.trailingNumber("E\u0662\u0660\u0661", 1));
    assertEquals(-1, CodeMatching.trailingNumber("E\uFF12\uFF10\uFF11", 1));
    assertEquals(-1, CodeMatching.trailingNumber("E20/", 1)); // '/' is just below '0'
    assertEquals(-1, CodeMatching.trailingNumber("E20:", 1)); // ':' is just above '9'
  }

  @Test
  void isDigitIsAsciiOnly() {
    assertTrue(CodeMatching.isDigit('0'));
    assertTrue(CodeMatching.isDigit('9'));
    assertFalse(CodeMatching.isDigit('/'));
    assertFalse(CodeMatching.isDigit(':'));
    assertFalse(CodeMatching.isDigit('\u0662'));
    assertFalse(CodeMatching.isDigit('x'));
  }

  @Test
  void isLetterOrDigitIsAsciiOnly() {
    for (char c : "09AZaz".toCharArray()) {
      assertTrue(CodeMatching.isLetterOrDigit(c), String.valueOf(c));
    }
    for (char c : "@[`{/:-_ \u00C9\u0395\u0662".toCharArray()) {
      assertFalse(CodeMatching.isLetterOrDigit(c), String.valueOf(c));
    }
  }
}
