package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The perfect hash of exact codes: one slot each, the same on every build, none for equal hashes. */
class ExactTableTest {

  private static List<String> codes(int count, long seed) {
    Random random = new Random(seed);
    Set<String> codes = new LinkedHashSet<>();
    while (codes.size() < count) {
      codes.add((char) ('A' + random.nextInt(26)) + String.format("%04d", random.nextInt(10_000)));
    }
    return new ArrayList<>(codes);
  }

  @Test
  void everyCodeHasASlotOfItsOwn() {
    for (int count : new int[] {2, 7, 16, 17, 600, 2_000, 4_096, 4_097, 20_000}) {
      List<String> codes = codes(count, count);
      ExactTable table = ExactTable.of(codes).orElseThrow();
      Set<Integer> slots = new HashSet<>();
      for (String code : codes) {
        int slot = table.slotOf(code);
        assertWithMessage("slot of %s among %s codes", code, count).that(slot).isIn(
            com.google.common.collect.Range.closedOpen(0, table.slots()));
        assertWithMessage("slot of %s among %s codes", code, count).that(slots.add(slot)).isTrue();
      }
      // A quarter of the slots used, or at most half past 16,384 slots; one multiplier for a few codes.
      assertWithMessage("slots for %s codes", count).that(table.slots()).isAtLeast(count <= 4_096 ? 4 * count : 2 * count);
      assertWithMessage("slots for %s codes", count).that(table.slots()).isAtMost(8 * count);
      assertWithMessage("buckets for %s codes", count).that(table.hasBuckets()).isEqualTo(count > 16);
    }
  }

  @Test
  void theSameCodesGiveTheSameTable() {
    List<String> codes = codes(2_000, 5);
    ExactTable first = ExactTable.of(codes).orElseThrow();
    ExactTable second = ExactTable.of(List.copyOf(codes)).orElseThrow();
    assertThat(second.slotBits()).isEqualTo(first.slotBits());
    assertThat(second.bucketMultiplier()).isEqualTo(first.bucketMultiplier());
    assertThat(Arrays.equals(second.multipliers(), first.multipliers())).isTrue();
  }

  @Test
  void bucketsAreSpreadByTheMultiplierWhoseFullestBucketHoldsFewest() {
    List<String> codes = codes(2_000, 9);
    ExactTable table = ExactTable.of(codes).orElseThrow();
    int bits = table.bucketBits();
    // Of the sequence's first 64 multipliers, the first whose fullest bucket holds the fewest codes.
    int best = 0;
    int bestFullest = Integer.MAX_VALUE;
    int multiplier = 0x9e3779b1;
    for (int t = 0; t < 64; t++) {
      int[] counts = new int[1 << bits];
      int fullest = 0;
      for (String code : codes) {
        fullest = Math.max(fullest, ++counts[ExactHash.slot(code.hashCode(), multiplier, bits)]);
      }
      if (fullest < bestFullest) {
        best = multiplier;
        bestFullest = fullest;
      }
      multiplier = ExactHash.next(multiplier);
    }
    assertThat(table.bucketMultiplier()).isEqualTo(best);
    // 2,000 codes: 8,192 slots (four a code), buckets of eight slots on average.
    assertThat(table.slotBits()).isEqualTo(13);
    assertThat(bits).isEqualTo(10);
  }

  @Test
  void anEmptyBucketHasTheSequencesFirstMultiplier() {
    List<String> codes = codes(40, 3);
    ExactTable table = ExactTable.of(codes).orElseThrow();
    Set<Integer> used = new HashSet<>();
    for (String code : codes) {
      used.add(ExactHash.slot(code.hashCode(), table.bucketMultiplier(), table.bucketBits()));
    }
    int[] multipliers = table.multipliers();
    assertThat(multipliers.length).isEqualTo(1 << table.bucketBits());
    assertThat(used.size()).isLessThan(multipliers.length);
    for (int b = 0; b < multipliers.length; b++) {
      if (!used.contains(b)) {
        assertWithMessage("multiplier of empty bucket %s", b).that(multipliers[b]).isEqualTo(0x9e3779b1);
      }
    }
  }

  @Test
  void codesOfOneHashCodeHaveNoTable() {
    // "Aa" and "BB" have the same hash code, so do "Aa7" and "BB7".
    assertThat("Aa7".hashCode()).isEqualTo("BB7".hashCode());
    assertThat(ExactTable.of(List.of("A000", "Aa7", "BB7")).isPresent()).isFalse();
  }
}
