package dev.errata.processor.model;

import static com.google.common.truth.Truth.assertThat;


import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CodeRangeTest {

  private static final CodeRange LOGON = new CodeRange("E100..E199", "E", 3, 100, 199);
  private static final CodeRange TARGET = new CodeRange("E2xx", "E", 3, 200, 299);
  private static final CodeRange INFRA = new CodeRange("I001..I003", "I", 3, 1, 3);
  private static final CodeRange FREEPHONE = new CodeRange("0800x", "", 5, 8000, 8009);

  @ParameterizedTest
  @ValueSource(strings = {"E100", "E150", "E199"})
  void containsItsCodes(String code) {
    assertThat(LOGON.contains(code)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "E099", "E200", "E1000", "E10", "e150", "F150", "E15O", "E-50", "E+50", " E150", "E150 ",
    "E\u0661\u0665\u0660", "", "E"})
  void doesNotContainOthers(String code) {
    assertThat(LOGON.contains(code)).isFalse();
  }

  @ParameterizedTest
  @NullSource
  void doesNotContainNull(String code) {
    assertThat(LOGON.contains(code)).isFalse();
  }

  @Test
  void leadingZerosAreDigitsLikeAnyOther() {
    assertThat(INFRA.contains("I001")).isTrue();
    assertThat(INFRA.contains("I003")).isTrue();
    assertThat(INFRA.contains("I000")).isFalse();
    assertThat(INFRA.contains("I004")).isFalse();
    assertThat(INFRA.contains("I1")).isFalse();
    assertThat(FREEPHONE.contains("08000")).isTrue();
    assertThat(FREEPHONE.contains("08009")).isTrue();
    assertThat(FREEPHONE.contains("8000")).isFalse();
    assertThat(FREEPHONE.contains("08010")).isFalse();
  }

  @Test
  void eighteenDigitsDoNotOverflow() {
    CodeRange wide = new CodeRange("w", "E", 18, 0, 999_999_999_999_999_999L);
    assertThat(wide.contains("E" + "9".repeat(18))).isTrue();
    assertThat(wide.contains("E" + "0".repeat(18))).isTrue();
    assertThat(wide.contains("E" + "9".repeat(19))).isFalse();
    assertThat(wide.size()).isEqualTo(BigInteger.TEN.pow(18));
  }

  @Test
  void size() {
    assertThat(LOGON.size()).isEqualTo(BigInteger.valueOf(100));
    assertThat(INFRA.size()).isEqualTo(BigInteger.valueOf(3));
    assertThat(FREEPHONE.size()).isEqualTo(BigInteger.TEN);
    assertThat(new CodeRange("E100..E100", "E", 3, 100, 100).size()).isEqualTo(BigInteger.ONE);
  }

  @Test
  void lengthIsPrefixPlusDigits() {
    assertThat(LOGON.length()).isEqualTo(4);
    assertThat(FREEPHONE.length()).isEqualTo(5);
  }

  @Test
  void first() {
    assertThat(LOGON.first()).isEqualTo("E100");
    assertThat(INFRA.first()).isEqualTo("I001");
    assertThat(FREEPHONE.first()).isEqualTo("08000");
  }

  @Test
  void codeOfPadsWithZeros() {
    assertThat(LOGON.codeOf(5)).isEqualTo("E005");
    assertThat(LOGON.codeOf(0)).isEqualTo("E000");
    assertThat(LOGON.codeOf(999)).isEqualTo("E999");
    assertThat(FREEPHONE.codeOf(42)).isEqualTo("00042");
  }

  @Test
  void commonCodeWithAnOverlappingRangeIsTheSmallestShared() {
    CodeRange wide = new CodeRange("E150..E249", "E", 3, 150, 249);
    assertThat(LOGON.commonCode(wide)).isEqualTo(Optional.of("E150"));
    assertThat(wide.commonCode(LOGON)).isEqualTo(Optional.of("E150"));
    assertThat(wide.commonCode(TARGET)).isEqualTo(Optional.of("E200"));
    assertThat(LOGON.commonCode(LOGON)).isEqualTo(Optional.of("E100"));
  }

  @Test
  void commonCodeWhenRangesTouchAtOneEnd() {
    CodeRange touching = new CodeRange("E199..E250", "E", 3, 199, 250);
    assertThat(LOGON.commonCode(touching)).isEqualTo(Optional.of("E199"));
  }

  @Test
  void noCommonCodeWithAnAdjacentRange() {
    assertThat(LOGON.commonCode(TARGET)).isEqualTo(Optional.empty());
    assertThat(TARGET.commonCode(LOGON)).isEqualTo(Optional.empty());
  }

  @Test
  void noCommonCodeWithAnotherPrefixOrWidth() {
    assertThat(LOGON.commonCode(new CodeRange("F100..F199", "F", 3, 100, 199))).isEqualTo(Optional.empty());
    assertThat(LOGON.commonCode(new CodeRange("E0100..E0199", "E", 4, 100, 199))).isEqualTo(Optional.empty());
    assertThat(INFRA.commonCode(new CodeRange("P001..P003", "P", 3, 1, 3))).isEqualTo(Optional.empty());
  }

  @Test
  void commonCodeWithAnExactCode() {
    assertThat(LOGON.commonCode(new ExactCode("E150"))).isEqualTo(Optional.of("E150"));
    assertThat(new ExactCode("E150").commonCode(LOGON)).isEqualTo(Optional.of("E150"));
    assertThat(LOGON.commonCode(new ExactCode("E999"))).isEqualTo(Optional.empty());
    assertThat(LOGON.commonCode(new ExactCode("E1500"))).isEqualTo(Optional.empty());
  }

  @Test
  void commonCodeWithAWildcardIsTheWildcardsAnswer() {
    assertThat(LOGON.commonCode(new CodeWildcard("E1x9"))).isEqualTo(Optional.of("E109"));
    assertThat(LOGON.commonCode(new CodeWildcard("E2x9"))).isEqualTo(Optional.empty());
  }

  @Test
  void isARange() {
    assertThat(LOGON.isRange()).isTrue();
  }
}
