package dev.errata.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertTrue(LOGON.contains(code));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "E099", "E200", "E1000", "E10", "e150", "F150", "E15O", "E-50", "E+50", " E150", "E150 ",
    "E\u0661\u0665\u0660", "", "E"})
  void doesNotContainOthers(String code) {
    assertFalse(LOGON.contains(code));
  }

  @ParameterizedTest
  @NullSource
  void doesNotContainNull(String code) {
    assertFalse(LOGON.contains(code));
  }

  @Test
  void leadingZerosAreDigitsLikeAnyOther() {
    assertTrue(INFRA.contains("I001"));
    assertTrue(INFRA.contains("I003"));
    assertFalse(INFRA.contains("I000"));
    assertFalse(INFRA.contains("I004"));
    assertFalse(INFRA.contains("I1"));
    assertTrue(FREEPHONE.contains("08000"));
    assertTrue(FREEPHONE.contains("08009"));
    assertFalse(FREEPHONE.contains("8000"));
    assertFalse(FREEPHONE.contains("08010"));
  }

  @Test
  void eighteenDigitsDoNotOverflow() {
    CodeRange wide = new CodeRange("w", "E", 18, 0, 999_999_999_999_999_999L);
    assertTrue(wide.contains("E" + "9".repeat(18)));
    assertTrue(wide.contains("E" + "0".repeat(18)));
    assertFalse(wide.contains("E" + "9".repeat(19)));
    assertEquals(BigInteger.TEN.pow(18), wide.size());
  }

  @Test
  void size() {
    assertEquals(BigInteger.valueOf(100), LOGON.size());
    assertEquals(BigInteger.valueOf(3), INFRA.size());
    assertEquals(BigInteger.TEN, FREEPHONE.size());
    assertEquals(BigInteger.ONE, new CodeRange("E100..E100", "E", 3, 100, 100).size());
  }

  @Test
  void lengthIsPrefixPlusDigits() {
    assertEquals(4, LOGON.length());
    assertEquals(5, FREEPHONE.length());
  }

  @Test
  void first() {
    assertEquals("E100", LOGON.first());
    assertEquals("I001", INFRA.first());
    assertEquals("08000", FREEPHONE.first());
  }

  @Test
  void codeOfPadsWithZeros() {
    assertEquals("E005", LOGON.codeOf(5));
    assertEquals("E000", LOGON.codeOf(0));
    assertEquals("E999", LOGON.codeOf(999));
    assertEquals("00042", FREEPHONE.codeOf(42));
  }

  @Test
  void commonCodeWithAnOverlappingRangeIsTheSmallestShared() {
    CodeRange wide = new CodeRange("E150..E249", "E", 3, 150, 249);
    assertEquals(Optional.of("E150"), LOGON.commonCode(wide));
    assertEquals(Optional.of("E150"), wide.commonCode(LOGON));
    assertEquals(Optional.of("E200"), wide.commonCode(TARGET));
    assertEquals(Optional.of("E100"), LOGON.commonCode(LOGON));
  }

  @Test
  void commonCodeWhenRangesTouchAtOneEnd() {
    CodeRange touching = new CodeRange("E199..E250", "E", 3, 199, 250);
    assertEquals(Optional.of("E199"), LOGON.commonCode(touching));
  }

  @Test
  void noCommonCodeWithAnAdjacentRange() {
    assertEquals(Optional.empty(), LOGON.commonCode(TARGET));
    assertEquals(Optional.empty(), TARGET.commonCode(LOGON));
  }

  @Test
  void noCommonCodeWithAnotherPrefixOrWidth() {
    assertEquals(Optional.empty(), LOGON.commonCode(new CodeRange("F100..F199", "F", 3, 100, 199)));
    assertEquals(Optional.empty(), LOGON.commonCode(new CodeRange("E0100..E0199", "E", 4, 100, 199)));
    assertEquals(Optional.empty(), INFRA.commonCode(new CodeRange("P001..P003", "P", 3, 1, 3)));
  }

  @Test
  void commonCodeWithAnExactCode() {
    assertEquals(Optional.of("E150"), LOGON.commonCode(new ExactCode("E150")));
    assertEquals(Optional.of("E150"), new ExactCode("E150").commonCode(LOGON));
    assertEquals(Optional.empty(), LOGON.commonCode(new ExactCode("E999")));
    assertEquals(Optional.empty(), LOGON.commonCode(new ExactCode("E1500")));
  }

  @Test
  void commonCodeWithAWildcardIsTheWildcardsAnswer() {
    assertEquals(Optional.of("E109"), LOGON.commonCode(new CodeWildcard("E1x9")));
    assertEquals(Optional.empty(), LOGON.commonCode(new CodeWildcard("E2x9")));
  }

  @Test
  void isARange() {
    assertTrue(LOGON.isRange());
  }
}
