package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.errata.processor.write.ExactHash.Position;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The key of a catalog whose exact codes share a hash code: the fewest characters that tell its codes
 * apart, chosen the same way on every build, and the tables of the switch on it.
 */
class ExactHashTest {

  private static Position at(int offset) {
    return new Position(offset, false);
  }

  private static Position fromEnd(int offset) {
    return new Position(offset, true);
  }

  private static int distinctKeys(ExactHash hash, List<String> codes) {
    Set<Integer> keys = new HashSet<>();
    codes.forEach(code -> keys.add(hash.key(code)));
    return keys.size();
  }

  @Test
  void codesOfOneLengthReadTheOneCharacterThatTellsThemApart() {
    ExactHash hash = ExactHash.of(List.of("X10", "X20", "X30"));
    assertThat(hash.withLength()).isFalse();
    assertThat(hash.positions()).containsExactly(at(1));
    assertThat(hash.describe()).isEqualTo("character 1");
    assertThat(hash.key("X20")).isEqualTo((int) '2');
    assertThat(hash.shortest()).isEqualTo(3);
    assertThat(hash.longest()).isEqualTo(3);
  }

  @Test
  void twoPositionsAreReadInTheOrderTheyStandInTheCode() {
    // Position 2 splits the codes most (three ways), so it is chosen first; position 0 then tells the rest.
    List<String> codes = List.of("A0a", "A0b", "A0c", "B0a", "B0b", "B0c");
    ExactHash hash = ExactHash.of(codes);
    assertThat(hash.positions()).containsExactly(at(0), at(2)).inOrder();
    assertThat(hash.describe()).isEqualTo("characters 0 and 2");
    assertThat(hash.key("B0c")).isEqualTo(31 * 'B' + 'c');
    assertThat(distinctKeys(hash, codes)).isEqualTo(6);
  }

  @Test
  void threePositionsAreListedWithCommasAndAnd() {
    List<String> codes = new ArrayList<>();
    for (char a : "AB".toCharArray()) {
      for (char b : "CD".toCharArray()) {
        for (char c : "EF".toCharArray()) {
          codes.add("" + a + "-" + b + "-" + c);
        }
      }
    }
    ExactHash hash = ExactHash.of(codes);
    assertThat(hash.positions()).containsExactly(at(0), at(2), at(4)).inOrder();
    assertThat(hash.describe()).isEqualTo("characters 0, 2 and 4");
    assertThat(distinctKeys(hash, codes)).isEqualTo(8);
  }

  @Test
  void codesOfDifferentLengthsFoldTheLengthInFirst() {
    ExactHash byLength = ExactHash.of(List.of("A1", "A12", "A123"));
    assertThat(byLength.withLength()).isTrue();
    assertThat(byLength.positions()).isEmpty();
    assertThat(byLength.describe()).isEqualTo("length");
    assertThat(byLength.key("A12")).isEqualTo(3);
    assertThat(byLength.shortest()).isEqualTo(2);
    assertThat(byLength.longest()).isEqualTo(4);

    // The lengths split the codes in two, their last characters tell each half apart.
    ExactHash lastCharacter = ExactHash.of(List.of("A1", "A2", "BA1", "BA2"));
    assertThat(lastCharacter.positions()).containsExactly(fromEnd(1));
    assertThat(lastCharacter.describe()).isEqualTo("length and character length - 1");
    assertThat(lastCharacter.key("BA2")).isEqualTo(31 * 3 + '2');
    assertThat(fromEnd(1).expression()).isEqualTo("code.charAt(length - 1)");
    assertThat(at(2).expression()).isEqualTo("code.charAt(2)");
    assertThat(fromEnd(2).of("XYZ")).isEqualTo('Y');
  }

  @Test
  void positionsFromTheEndComeAfterThoseFromTheStartLeftmostFirst() {
    // Chosen greedily: "length - 1" splits most, then character 0, then "length - 2".
    List<String> codes = List.of("aa", "aaa", "ab1a", "aba1", "abb1", "abbb", "b1a1", "bb");
    ExactHash hash = ExactHash.of(codes);
    assertThat(distinctKeys(hash, codes)).isEqualTo(codes.size());
    assertThat(hash.positions()).containsExactly(at(0), fromEnd(2), fromEnd(1)).inOrder();
    assertThat(hash.describe()).isEqualTo("length and characters 0, length - 2 and length - 1");
  }

  @Test
  void atMostSixPositionsAreRead() {
    // Each position tells one code from the others: nine codes would need eight positions.
    List<String> codes = new ArrayList<>();
    codes.add("00000000");
    for (int i = 0; i < 8; i++) {
      char[] code = "00000000".toCharArray();
      code[i] = '1';
      codes.add(new String(code));
    }
    ExactHash hash = ExactHash.of(codes);
    assertThat(hash.positions()).hasSize(6);
    assertThat(distinctKeys(hash, codes)).isEqualTo(7);
  }

  @Test
  void codesNoPositionTellsApartShareAKey() {
    // Only character 0 and "length - 1" are in every code, and both are Q in all three.
    ExactHash hash = ExactHash.of(List.of("Q", "QXQ", "QYQ"));
    assertThat(hash.positions()).isEmpty();
    assertThat(hash.key("QXQ")).isEqualTo(hash.key("QYQ"));
    assertThat(hash.key("Q")).isNotEqualTo(hash.key("QXQ"));
    ExactHash.Table table = hash.perfect(List.of("Q", "QXQ", "QYQ"));
    assertThat(table.slots().values()).contains(List.of("QXQ", "QYQ"));
  }

  @Test
  void oneCodeReadsNothing() {
    ExactHash hash = ExactHash.of(List.of("E100"));
    assertThat(hash.withLength()).isFalse();
    assertThat(hash.positions()).isEmpty();
    assertThat(hash.key("E100")).isEqualTo(0);
    assertThat(hash.describe()).isEmpty();
  }

  @Test
  void thePerfectTableIsTheSmallestThatGivesEachKeyASlot() {
    List<String> codes = List.of("X10", "X20", "X30", "X40");
    ExactHash hash = ExactHash.of(codes);
    ExactHash.Table table = hash.perfect(codes);
    // Four keys in four slots: some multiplier of the sequence finds it.
    assertThat(table.bits()).isEqualTo(2);
    assertThat(table.slots()).hasSize(4);
    for (Map.Entry<Integer, List<String>> slot : table.slots().entrySet()) {
      assertThat(slot.getValue()).hasSize(1);
      assertThat(ExactHash.slot(hash.key(slot.getValue().get(0)), table.multiplier(), table.bits()))
          .isEqualTo(slot.getKey());
    }
    assertThat(new ArrayList<>(table.slots().keySet())).isInOrder();
    // The first multiplier of the sequence that does it, the same on every build.
    int multiplier = 0x9e3779b1;
    while (!distinctSlots(hash, codes, multiplier, 2)) {
      multiplier = ExactHash.next(multiplier);
    }
    assertThat(table.multiplier()).isEqualTo(multiplier);
  }

  private static boolean distinctSlots(ExactHash hash, List<String> codes, int multiplier, int bits) {
    Set<Integer> slots = new HashSet<>();
    for (String code : codes) {
      if (!slots.add(ExactHash.slot(hash.key(code), multiplier, bits))) {
        return false;
      }
    }
    return true;
  }

  @Test
  void withoutAPerfectTableTheOneOfMostUsedSlotsIsTaken() {
    // 300 random keys: no multiplier of the 1,024 tried gives each a slot of its own in 512 to 2,048
    // slots (codes counted in order, K000 to K299, would have one: their keys are evenly spaced).
    Random random = new Random(300);
    Set<String> unique = new LinkedHashSet<>();
    while (unique.size() < 300) {
      unique.add("K" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
          + (char) ('0' + random.nextInt(10)));
    }
    List<String> codes = new ArrayList<>(unique);
    ExactHash hash = ExactHash.of(codes);
    assertThat(distinctKeys(hash, codes)).isEqualTo(300);
    ExactHash.Table table = hash.perfect(codes);
    int bestUsed = 0;
    int bestBits = 0;
    int bestMultiplier = 0;
    for (int bits = 9; bits <= 11; bits++) {
      int multiplier = 0x9e3779b1;
      for (int t = 0; t < 1_024; t++) {
        Set<Integer> slots = new HashSet<>();
        for (String code : codes) {
          slots.add(ExactHash.slot(hash.key(code), multiplier, bits));
        }
        assertThat(slots.size()).isLessThan(300);
        if (slots.size() > bestUsed) {
          bestUsed = slots.size();
          bestBits = bits;
          bestMultiplier = multiplier;
        }
        multiplier = ExactHash.next(multiplier);
      }
    }
    assertThat(table.bits()).isEqualTo(bestBits);
    assertThat(table.multiplier()).isEqualTo(bestMultiplier);
    assertThat(table.slots()).hasSize(bestUsed);
    assertThat(table.slots().values().stream().mapToInt(List::size).sum()).isEqualTo(300);
  }

  @Test
  void spreadTakesTheMultiplierWhoseFullestSlotHoldsFewest() {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < 96; i++) {
      codes.add(String.format("S%02d", i));
    }
    ExactHash hash = ExactHash.of(codes);
    ExactHash.Table table = hash.spread(codes, 4);
    int best = 0;
    int bestFullest = Integer.MAX_VALUE;
    int multiplier = 0x9e3779b1;
    for (int t = 0; t < 64; t++) {
      int[] counts = new int[16];
      int fullest = 0;
      for (String code : codes) {
        fullest = Math.max(fullest, ++counts[ExactHash.slot(hash.key(code), multiplier, 4)]);
      }
      if (fullest < bestFullest) {
        best = multiplier;
        bestFullest = fullest;
      }
      multiplier = ExactHash.next(multiplier);
    }
    assertThat(table.multiplier()).isEqualTo(best);
    assertThat(table.bits()).isEqualTo(4);
    assertThat(table.slots().values().stream().mapToInt(List::size).max().orElseThrow()).isEqualTo(bestFullest);
    assertThat(table.slots().values().stream().mapToInt(List::size).sum()).isEqualTo(96);
    // Codes in each slot in the order given.
    for (List<String> slot : table.slots().values()) {
      assertThat(slot).isInOrder();
    }
  }

  @Test
  void slotIsTheTopBitsOfTheProduct() {
    assertThat(ExactHash.slot(1, 0x40000000, 2)).isEqualTo(1);
    assertThat(ExactHash.slot(3, 0x40000000, 2)).isEqualTo(3);
    assertThat(ExactHash.slot(-1, 1, 4)).isEqualTo(15);
    assertThat(ExactHash.next(0x9e3779b1) & 1).isEqualTo(1);
    assertThat(ExactHash.next(0x9e3779b1)).isEqualTo((0x9e3779b1 * 0x2c9277b5 + 0xac564b05) | 1);
  }
}
