package dev.errata.processor.model;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeWildcardTest {

  private static final CodeWildcard FREEPHONE = new CodeWildcard("08***");

  @ParameterizedTest
  @ValueSource(strings = {"08000", "08999", "08ABC", "08abc", "08zZ9", "08A0a"})
  void containsEveryLetterOrDigitAtAStar(String code) {
    assertThat(FREEPHONE.contains(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "0800", "080000", "18000", "09000", "08-00", "08_00", "08 00", "08\u00c900", "08\u039500",
    "08\u0661\u0662\u0663", ""})
  void admitsOnlyAsciiLettersAndDigits(String code) {
    assertThat(FREEPHONE.contains(code)).isFalse();
  }

  @ParameterizedTest
  @NullSource
  void doesNotContainNull(String code) {
    assertThat(FREEPHONE.contains(code)).isFalse();
  }

  @Test
  void anXAdmitsOnlyDigits() {
    CodeWildcard wildcard = new CodeWildcard("E2x9");
    assertThat(wildcard.contains("E209")).isTrue();
    assertThat(wildcard.contains("E299")).isTrue();
    assertThat(wildcard.contains("E2A9")).isFalse();
    assertThat(wildcard.contains("E2a9")).isFalse();
    assertThat(wildcard.contains("E208")).isFalse();
    assertThat(wildcard.contains("E309")).isFalse();
  }

  @Test
  void size() {
    assertThat(FREEPHONE.size()).isEqualTo(BigInteger.valueOf(62L * 62 * 62));
    assertThat(new CodeWildcard("E2x9").size()).isEqualTo(BigInteger.TEN);
    assertThat(new CodeWildcard("x*").size()).isEqualTo(BigInteger.valueOf(620));
    assertThat(new CodeWildcard("x".repeat(19)).size()).isEqualTo(BigInteger.TEN.pow(19));
  }

  @Test
  void sizeMatchesCountingForASmallWildcard() {
    CodeWildcard wildcard = new CodeWildcard("A*x");
    long count = 0;
    for (char a = 0; a < 128; a++) {
      for (char b = 0; b < 128; b++) {
        if (wildcard.contains("A" + a + b)) {
          count++;
        }
      }
    }
    assertThat(wildcard.size()).isEqualTo(BigInteger.valueOf(count));
  }

  @Test
  void first() {
    assertThat(FREEPHONE.first()).isEqualTo("08000");
    assertThat(new CodeWildcard("E2x9").first()).isEqualTo("E209");
  }

  // Wildcard and wildcard

  @ParameterizedTest(name = "{0} and {1} share {2}")
  @CsvSource({
    "08***, 0*1*x, 08100",
    "08***, 08***, 08000",
    "08***, ****Z, 0800Z",
    "E*x, Ex*, E00",
    "E-x*, E-*x, E-00",
    "A*B, *xB, A0B",
  })
  void commonCodeOfTwoWildcards(String a, String b, String expected) {
    CodeWildcard left = new CodeWildcard(a);
    CodeWildcard right = new CodeWildcard(b);
    assertThat(left.commonCode(right)).isEqualTo(Optional.of(expected));
    assertThat(right.commonCode(left)).isEqualTo(Optional.of(expected));
    assertThat(left.contains(expected) && right.contains(expected)).isTrue();
  }

  @ParameterizedTest(name = "{0} and {1} share nothing")
  @CsvSource({
    "08***, 09***",
    "08***, 08**",     // different lengths
    "E-x*, E_x*",
    "x*, A*",          // a letter against a digit-only position
    "E*x, E*A",
  })
  void noCommonCodeOfTwoWildcards(String a, String b) {
    assertThat(new CodeWildcard(a).commonCode(new CodeWildcard(b))).isEqualTo(Optional.empty());
    assertThat(new CodeWildcard(b).commonCode(new CodeWildcard(a))).isEqualTo(Optional.empty());
  }

  // Wildcard and exact code

  @Test
  void commonCodeWithAnExactCode() {
    assertThat(FREEPHONE.commonCode(new ExactCode("08ABC"))).isEqualTo(Optional.of("08ABC"));
    assertThat(new ExactCode("08ABC").commonCode(FREEPHONE)).isEqualTo(Optional.of("08ABC"));
    assertThat(FREEPHONE.commonCode(new ExactCode("08-BC"))).isEqualTo(Optional.empty());
    assertThat(FREEPHONE.commonCode(new ExactCode("0800"))).isEqualTo(Optional.empty());
  }

  // Wildcard and range

  private static final CodeRange E150_E249 = new CodeRange("E150..E249", "E", 3, 150, 249);

  @Test
  void commonCodeWithARangeNeedsADigitByDigitSearch() {
    // E2x9 starts at E209 and the range at E150: neither end is the answer, and the first digit
    // the range's low end gives (1) admits nothing.
    assertThat(new CodeWildcard("E2x9").commonCode(E150_E249)).isEqualTo(Optional.of("E209"));
    assertThat(E150_E249.commonCode(new CodeWildcard("E2x9"))).isEqualTo(Optional.of("E209"));
    assertThat(new CodeWildcard("E1x9").commonCode(E150_E249)).isEqualTo(Optional.of("E159"));
    assertThat(new CodeWildcard("Ex5x").commonCode(E150_E249)).isEqualTo(Optional.of("E150"));
    assertThat(new CodeWildcard("Ex4x").commonCode(E150_E249)).isEqualTo(Optional.of("E240"));
  }

  @Test
  void commonCodeWithARangeOfTheSameLengthThatSharesNoCode() {
    // E170..E259 holds E17x..E25x; Ex6x needs a 6 in the middle: E16x < E170, E26x > E259.
    CodeRange e170 = new CodeRange("E170..E259", "E", 3, 170, 259);
    assertThat(new CodeWildcard("Ex6x").commonCode(e170)).isEqualTo(Optional.empty());
    assertThat(e170.commonCode(new CodeWildcard("Ex6x"))).isEqualTo(Optional.empty());
    assertThat(new CodeWildcard("Ex6x").commonCode(E150_E249)).isEqualTo(Optional.of("E160"));
    // Found only after backtracking from the low end: E100 < E101 and E200 > E199.
    CodeRange e101 = new CodeRange("E101..E199", "E", 3, 101, 199);
    assertThat(new CodeWildcard("Ex00").commonCode(e101)).isEqualTo(Optional.empty());
    assertThat(new CodeWildcard("E3x9").commonCode(E150_E249)).isEqualTo(Optional.empty());
  }

  @Test
  void commonCodeWithARangeOfAnotherLengthOrPrefix() {
    assertThat(new CodeWildcard("E2x9x").commonCode(E150_E249)).isEqualTo(Optional.empty());
    assertThat(new CodeWildcard("F2x9").commonCode(E150_E249)).isEqualTo(Optional.empty());
    assertThat(new CodeWildcard("x2x9").commonCode(E150_E249)).isEqualTo(Optional.empty());
  }

  @Test
  void commonCodeWithARangeThroughStars() {
    assertThat(new CodeWildcard("****").commonCode(E150_E249)).isEqualTo(Optional.of("E150"));
    assertThat(new CodeWildcard("E*99").commonCode(E150_E249)).isEqualTo(Optional.of("E199"));
    assertThat(new CodeWildcard("E*A*").commonCode(E150_E249)).isEqualTo(Optional.empty());
    CodeRange digitsOnly = new CodeRange("1000..1999", "", 4, 1000, 1999);
    assertThat(new CodeWildcard("*x00").commonCode(digitsOnly)).isEqualTo(Optional.of("1000"));
  }

  /** Every wildcard of three positions over {x, *, 0, 5, 9} against ranges of E000..E999, by brute force. */
  @Test
  void commonCodeWithARangeIsTheSmallestSharedCode() {
    char[] positions = {'x', '*', '0', '5', '9'};
    List<String> masks = new ArrayList<>();
    for (char a : positions) {
      for (char b : positions) {
        for (char c : positions) {
          masks.add("" + a + b + c);
        }
      }
    }
    long[][] bounds = {{0, 999}, {150, 249}, {101, 199}, {5, 5}, {95, 905}, {555, 559}, {960, 999}, {0, 0}};
    int checked = 0;
    for (String mask : masks) {
      if (mask.chars().noneMatch(c -> c == 'x' || c == '*')) {
        continue;
      }
      CodeWildcard wildcard = new CodeWildcard("E" + mask);
      for (long[] bound : bounds) {
        CodeRange range = new CodeRange("r", "E", 3, bound[0], bound[1]);
        Optional<String> expected = Optional.empty();
        for (long n = bound[0]; n <= bound[1]; n++) {
          if (wildcard.contains(range.codeOf(n))) {
            expected = Optional.of(range.codeOf(n));
            break;
          }
        }
        assertWithMessage("%s", wildcard + " and " + range).that(wildcard.commonCode(range)).isEqualTo(expected);
        checked++;
      }
    }
    assertThat(checked).isEqualTo((125 - 27) * bounds.length);
  }

  @Test
  void isARange() {
    assertThat(FREEPHONE.isRange()).isTrue();
    assertThat(FREEPHONE.length()).isEqualTo(5);
  }
}
