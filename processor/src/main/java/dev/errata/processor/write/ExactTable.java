package dev.errata.processor.write;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A perfect hash of a catalog's exact codes, found when the catalog is compiled: each code's {@code
 * String.hashCode()} (cached in a string the matcher sees twice, and defined by the Java language, so
 * the same here as at run time) picks a slot of a table that holds no other code, so that the matcher
 * finds an exact code with one {@code equals}, no branch on which code it is.
 *
 * <p>A few codes take one multiplier: {@code slot = (hash * multiplier) >>> (32 - slotBits)}. More
 * codes are first spread over buckets by one multiplier, and each bucket has its own, found codes of
 * the fullest buckets first, which places every code of the bucket in a slot no code took yet
 * ("hash and displace"). Every multiplier comes from one fixed sequence, so the table is the same on
 * every build.
 */
final class ExactTable {

  /** Most codes a table of one multiplier is tried for. */
  private static final int ONE_MULTIPLIER_CODES = 16;
  /** Multipliers tried for a table of one multiplier, for each of its sizes. */
  private static final int ONE_MULTIPLIER_TRIES = 4_096;
  /** Multipliers tried for one bucket before the table is made larger. */
  private static final int BUCKET_TRIES = 1 << 20;
  /** Most bits of the bucket number: 4,096 multipliers, an array the matcher's initializer still holds. */
  private static final int MOST_BUCKET_BITS = 12;
  /** Most bits of a table of four slots a code: 16,384 slots, 64 KB of references. */
  private static final int SPARSE_SLOT_BITS = 14;
  /** Most bits of the slot number. */
  private static final int MOST_SLOT_BITS = 24;
  /** The first multiplier of the sequence: odd, the bits of the golden ratio. */
  private static final int FIRST = 0x9e3779b1;

  private final int slotBits;
  private final int bucketBits;
  private final int bucketMultiplier;
  private final int[] multipliers;

  private ExactTable(int slotBits, int bucketBits, int bucketMultiplier, int[] multipliers) {
    this.slotBits = slotBits;
    this.bucketBits = bucketBits;
    this.bucketMultiplier = bucketMultiplier;
    this.multipliers = multipliers;
  }

  /**
   * The table of {@code codes} (at least two, none twice), or empty when two of them have the same
   * hash code, which no table of hashes tells apart.
   */
  static Optional<ExactTable> of(List<String> codes) {
    int[] hashes = codes.stream().mapToInt(String::hashCode).toArray();
    if (Arrays.stream(hashes).distinct().count() < hashes.length) {
      return Optional.empty();
    }
    int fewest = bitsFor(hashes.length);
    // Four slots a code where that stays small, else two: a code that is not an exact one (a range's,
    // a wildcard's, an unknown one) then most often finds an empty slot, with no equals to run.
    int sparse = fewest + 2 <= SPARSE_SLOT_BITS ? fewest + 2 : fewest + 1;
    if (hashes.length <= ONE_MULTIPLIER_CODES) {
      for (int bits = sparse; bits <= sparse + 1; bits++) {
        int multiplier = FIRST;
        for (int t = 0; t < ONE_MULTIPLIER_TRIES; t++) {
          if (distinctSlots(hashes, multiplier, bits)) {
            return Optional.of(new ExactTable(bits, 0, multiplier, new int[0]));
          }
          multiplier = ExactHash.next(multiplier);
        }
      }
    }
    // At most half the slots used: a bucket's codes then find free slots in a few tries.
    for (int bits = sparse; bits <= Math.min(sparse + 2, MOST_SLOT_BITS); bits++) {
      int bucketBits = Math.min(MOST_BUCKET_BITS, Math.max(1, bits - 3));
      Optional<ExactTable> table = displaced(hashes, bits, bucketBits);
      if (table.isPresent()) {
        return table;
      }
    }
    return Optional.empty();
  }

  /** The bits of a slot number for at least {@code count} slots. */
  private static int bitsFor(int count) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(count - 1));
  }

  private static boolean distinctSlots(int[] hashes, int multiplier, int bits) {
    Set<Integer> slots = new HashSet<>();
    for (int hash : hashes) {
      if (!slots.add(ExactHash.slot(hash, multiplier, bits))) {
        return false;
      }
    }
    return true;
  }

  /** A table of two levels, {@code 2^bits} slots and {@code 2^bucketBits} buckets, if one is found. */
  private static Optional<ExactTable> displaced(int[] hashes, int bits, int bucketBits) {
    int bucketMultiplier = spreading(hashes, bucketBits);
    List<List<Integer>> buckets = new ArrayList<>();
    for (int b = 0; b < 1 << bucketBits; b++) {
      buckets.add(new ArrayList<>());
    }
    for (int hash : hashes) {
      buckets.get(ExactHash.slot(hash, bucketMultiplier, bucketBits)).add(hash);
    }
    List<Integer> fullestFirst = new ArrayList<>();
    for (int b = 0; b < buckets.size(); b++) {
      fullestFirst.add(b);
    }
    fullestFirst.sort(Comparator.comparing((Integer b) -> -buckets.get(b).size()).thenComparing(b -> b));
    boolean[] taken = new boolean[1 << bits];
    // An empty bucket's multiplier is any: its slot holds another code or none, and equals says no.
    int[] multipliers = new int[buckets.size()];
    Arrays.fill(multipliers, FIRST);
    int[] slots = new int[hashes.length];
    for (int b : fullestFirst) {
      List<Integer> bucket = buckets.get(b);
      if (bucket.isEmpty()) {
        break;
      }
      int multiplier = FIRST;
      boolean placed = false;
      for (int t = 0; t < BUCKET_TRIES && !placed; t++) {
        placed = true;
        for (int i = 0; i < bucket.size(); i++) {
          slots[i] = ExactHash.slot(bucket.get(i), multiplier, bits);
          for (int j = 0; j < i && placed; j++) {
            placed = slots[j] != slots[i];
          }
          if (!placed || taken[slots[i]]) {
            placed = false;
            break;
          }
        }
        if (!placed) {
          multiplier = ExactHash.next(multiplier);
        }
      }
      if (!placed) {
        return Optional.empty();
      }
      for (int i = 0; i < bucket.size(); i++) {
        taken[slots[i]] = true;
      }
      multipliers[b] = multiplier;
    }
    return Optional.of(new ExactTable(bits, bucketBits, bucketMultiplier, multipliers));
  }

  /** Of a few multipliers, the one whose fullest bucket holds the fewest codes. */
  private static int spreading(int[] hashes, int bucketBits) {
    int best = FIRST;
    int bestFullest = Integer.MAX_VALUE;
    int multiplier = FIRST;
    for (int t = 0; t < 64; t++) {
      int[] counts = new int[1 << bucketBits];
      int fullest = 0;
      for (int hash : hashes) {
        fullest = Math.max(fullest, ++counts[ExactHash.slot(hash, multiplier, bucketBits)]);
      }
      if (fullest < bestFullest) {
        best = multiplier;
        bestFullest = fullest;
      }
      multiplier = ExactHash.next(multiplier);
    }
    return best;
  }

  /** The slot of {@code code}, as the generated {@code exactSlot} computes it. */
  int slotOf(String code) {
    int hash = code.hashCode();
    if (bucketBits == 0) {
      return ExactHash.slot(hash, bucketMultiplier, slotBits);
    }
    return ExactHash.slot(hash, multipliers[ExactHash.slot(hash, bucketMultiplier, bucketBits)], slotBits);
  }

  /** How many slots the table has. */
  int slots() {
    return 1 << slotBits;
  }

  int slotBits() {
    return slotBits;
  }

  /** Whether the codes are spread over buckets first, each with its own multiplier. */
  boolean hasBuckets() {
    return bucketBits > 0;
  }

  int bucketBits() {
    return bucketBits;
  }

  /** The one multiplier, or the one that picks a bucket. */
  int bucketMultiplier() {
    return bucketMultiplier;
  }

  /** The multiplier of each bucket; empty without buckets. */
  int[] multipliers() {
    return multipliers.clone();
  }
}
