package dev.errata.samples.khipu;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;

/** {@link KhipuMatcher#match} against every row of Khipu's published error table. */
class KhipuMatcherTest {

  /** One code inside every row of the seed table, in the table's order. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "A000, AUTHENTICATION",
    "E150, LOGON",
    "E201, TARGET_UNAVAILABLE",
    "E305, NO_DATA",
    "E450, INVALID_PARAMETERS",
    "E512, AUTOMATIC_PAYMENT",
    "E999, USER_DEFINED",
    "E000, GENERIC",
    "D000, MISSING_INFORMATION",
    "F000, DATA_PROCESSING",
    "T000, TIMEOUT",
    "I002, INFRASTRUCTURE",
    "P002, REQUEST_PARAMETERS",
    "L000, ASYNC_TIMEOUT",
  })
  void everyRowOfTheTable(String code, KhipuErrorCode expected) {
    assertThat(KhipuMatcher.match(code)).isSameInstanceAs(expected);
  }

  @Test
  void theRowsAboveCoverEveryDeclaredEntry() {
    Set<KhipuErrorCode> declared = EnumSet.allOf(KhipuErrorCode.class);
    declared.remove(KhipuErrorCode.UNKNOWN);
    Set<KhipuErrorCode> matched = EnumSet.noneOf(KhipuErrorCode.class);
    for (String code : new String[] {
        "A000", "E150", "E201", "E305", "E450", "E512", "E999",
        "E000", "D000", "F000", "T000", "I002", "P002", "L000"}) {
      matched.add(KhipuMatcher.match(code));
    }
    assertThat(matched).isEqualTo(declared);
    assertThat(declared.size()).isEqualTo(14);
  }

  /** Both ends of every range are inside it. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "E100, LOGON",
    "E199, LOGON",
    "E200, TARGET_UNAVAILABLE",
    "E299, TARGET_UNAVAILABLE",
    "E300, NO_DATA",
    "E399, NO_DATA",
    "E400, INVALID_PARAMETERS",
    "E499, INVALID_PARAMETERS",
    "E500, AUTOMATIC_PAYMENT",
    "E599, AUTOMATIC_PAYMENT",
    "I001, INFRASTRUCTURE",
    "I003, INFRASTRUCTURE",
    "P001, REQUEST_PARAMETERS",
    "P003, REQUEST_PARAMETERS",
  })
  void rangeEdges(String code, KhipuErrorCode expected) {
    assertThat(KhipuMatcher.match(code)).isSameInstanceAs(expected);
  }

  /**
   * Just outside the ranges. E0xx is not declared (only E000 is), so E001 and E099 are unknown; the
   * E-ranges stop at E599 and nothing but E999 is declared above it.
   */
  @ParameterizedTest(name = "{0} -> UNKNOWN")
  @CsvSource({
    "E001", "E099", "E600", "E699", "E998",
    "I000", "I004", "I999",
    "P000", "P004", "P999",
    "E1000", "E10", "E1", "E",
    "A001", "A999", "D001", "F001", "T001", "L001",
    "B000", "Z000",
  })
  void justOutsideIsUnknown(String code) {
    assertThat(KhipuMatcher.match(code)).isSameInstanceAs(KhipuErrorCode.UNKNOWN);
  }

  /** An exact code beats a range it would otherwise fall in, or sits beside them with the same prefix. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "E999, USER_DEFINED",
    "E000, GENERIC",
  })
  void exactCodesBeatRanges(String code, KhipuErrorCode expected) {
    KhipuErrorCode match = KhipuMatcher.match(code);
    assertThat(match).isSameInstanceAs(expected);
    assertThat(match.isRange()).isFalse();
    assertThat(match.code()).isEqualTo(code);
  }

  static Stream<Arguments> unknownCodes() {
    return Stream.of(
        Arguments.of("empty", ""),
        Arguments.of("lower case", "e201"),
        Arguments.of("lower case exact", "a000"),
        Arguments.of("leading space", " E201"),
        Arguments.of("trailing space", "E201 "),
        Arguments.of("trailing newline", "E201\n"),
        Arguments.of("too short", "E20"),
        Arguments.of("too long", "E2011"),
        Arguments.of("letter O for zero", "E2O1"),
        Arguments.of("letter O in an exact code", "A0O0"),
        Arguments.of("Greek capital Epsilon", "\u0395201"),
        Arguments.of("Cyrillic capital Ie", "\u0415201"),
        Arguments.of("fullwidth E", "\uFF25201"),
        Arguments.of("Arabic-Indic digits", "E\u0662\u0660\u0661"),
        Arguments.of("fullwidth digits", "E\uFF12\uFF10\uFF11"),
        Arguments.of("minus sign", "E-01"),
        Arguments.of("plus sign", "E+01"),
        Arguments.of("plus sign in a small range", "I+01"),
        Arguments.of("NUL inside", "E2\u00001"),
        Arguments.of("range text", "E100..E199"),
        Arguments.of("wildcard text", "E2xx"),
        Arguments.of("10,000 characters", "E" + "2".repeat(9_999)),
        Arguments.of("10,000 characters of an exact code's prefix", "A000".repeat(2_500)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unknownCodes")
  void unknownCodesNeverThrow(String what, String code) {
    assertThat(KhipuMatcher.match(code)).isSameInstanceAs(KhipuErrorCode.UNKNOWN);
  }

  @ParameterizedTest
  @NullSource
  void nullIsUnknown(String code) {
    assertThat(KhipuMatcher.match(code)).isSameInstanceAs(KhipuErrorCode.UNKNOWN);
  }

  @Test
  void everyCodeOfEveryRangeMatchesItsEntry() {
    for (int n = 100; n <= 599; n++) {
      String code = "E" + n;
      KhipuErrorCode expected = switch (n / 100) {
        case 1 -> KhipuErrorCode.LOGON;
        case 2 -> KhipuErrorCode.TARGET_UNAVAILABLE;
        case 3 -> KhipuErrorCode.NO_DATA;
        case 4 -> KhipuErrorCode.INVALID_PARAMETERS;
        default -> KhipuErrorCode.AUTOMATIC_PAYMENT;
      };
      assertWithMessage("%s", code).that(KhipuMatcher.match(code)).isSameInstanceAs(expected);
    }
  }

  @Test
  void everyFourCharacterEcodeOutsideTheTableIsUnknown() {
    for (int n = 0; n <= 999; n++) {
      String code = String.format("E%03d", n);
      boolean declared = n == 0 || n == 999 || (n >= 100 && n <= 599);
      if (!declared) {
        assertWithMessage("%s", code).that(KhipuMatcher.match(code)).isSameInstanceAs(KhipuErrorCode.UNKNOWN);
      }
    }
  }

  @Test
  void forHttpStatus() {
    assertThat(KhipuMatcher.forHttpStatus(401)).isSameInstanceAs(KhipuErrorCode.AUTHENTICATION);
    assertThat(KhipuMatcher.forHttpStatus(0)).isSameInstanceAs(KhipuErrorCode.UNKNOWN);
    assertThat(KhipuMatcher.forHttpStatus(400)).isSameInstanceAs(KhipuErrorCode.UNKNOWN);
    assertThat(KhipuMatcher.forHttpStatus(500)).isSameInstanceAs(KhipuErrorCode.UNKNOWN);
    assertThat(KhipuMatcher.forHttpStatus(-401)).isSameInstanceAs(KhipuErrorCode.UNKNOWN);
  }
}
