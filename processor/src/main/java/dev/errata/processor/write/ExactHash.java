package dev.errata.processor.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The key the matcher computes from a received code to find its exact code without hashing the whole
 * string: the code's length (when the catalog's exact codes differ in length) and the characters at
 * the few positions that tell them apart, folded as {@code key = 31 * key + c}; then {@link #slot}, a
 * multiply and a shift of the key, numbers the cases of a {@code switch}. All chosen at build time,
 * deterministically: the positions greedily, the multipliers from a fixed sequence.
 */
final class ExactHash {

  /** Most positions the key reads; codes alike in all of them share a case, checked one after another. */
  private static final int MOST_POSITIONS = 6;
  /** Multipliers tried for each table size. */
  private static final int TRIES = 1_024;

  /** A character the key reads: {@code code.charAt(offset)}, or {@code code.charAt(length - offset)}. */
  record Position(int offset, boolean fromEnd) {

    char of(String code) {
      return code.charAt(fromEnd ? code.length() - offset : offset);
    }

    /** The expression, {@code length} holding {@code code.length()}. */
    String expression() {
      return fromEnd ? "code.charAt(length - " + offset + ")" : "code.charAt(" + offset + ")";
    }

    /** How a comment names it: {@code 0} or {@code length - 1}. */
    String text() {
      return fromEnd ? "length - " + offset : String.valueOf(offset);
    }
  }

  private final boolean withLength;
  private final List<Position> positions;
  private final int shortest;
  private final int longest;

  private ExactHash(boolean withLength, List<Position> positions, int shortest, int longest) {
    this.withLength = withLength;
    this.positions = List.copyOf(positions);
    this.shortest = shortest;
    this.longest = longest;
  }

  /** The key for {@code codes} (not empty, none empty): positions every code has, chosen greedily. */
  static ExactHash of(List<String> codes) {
    int shortest = codes.stream().mapToInt(String::length).min().orElseThrow();
    int longest = codes.stream().mapToInt(String::length).max().orElseThrow();
    boolean withLength = shortest != longest;
    List<Position> candidates = new ArrayList<>();
    for (int i = 0; i < shortest; i++) {
      candidates.add(new Position(i, false));
    }
    if (withLength) {
      for (int i = 1; i <= shortest; i++) {
        candidates.add(new Position(i, true));
      }
    }
    List<Position> chosen = new ArrayList<>();
    int distinct = new ExactHash(withLength, chosen, shortest, longest).distinctKeys(codes);
    while (distinct < codes.size() && chosen.size() < MOST_POSITIONS) {
      Position best = null;
      int bestDistinct = distinct;
      for (Position candidate : candidates) {
        if (chosen.contains(candidate)) {
          continue;
        }
        List<Position> trial = new ArrayList<>(chosen);
        trial.add(candidate);
        int count = new ExactHash(withLength, trial, shortest, longest).distinctKeys(codes);
        if (count > bestDistinct) {
          best = candidate;
          bestDistinct = count;
        }
      }
      if (best == null) {
        break;
      }
      chosen.add(best);
      distinct = bestDistinct;
    }
    // Read the characters in the order they stand in the code.
    chosen.sort((a, b) -> a.fromEnd() != b.fromEnd() ? (a.fromEnd() ? 1 : -1)
        : a.fromEnd() ? b.offset() - a.offset() : a.offset() - b.offset());
    return new ExactHash(withLength, chosen, shortest, longest);
  }

  private int distinctKeys(List<String> codes) {
    Set<Integer> keys = new HashSet<>();
    for (String code : codes) {
      keys.add(key(code));
    }
    return keys.size();
  }

  /** The key of {@code code}, as the generated code computes it. */
  int key(String code) {
    int key = withLength ? code.length() : 0;
    for (Position position : positions) {
      key = 31 * key + position.of(code);
    }
    return key;
  }

  int shortest() {
    return shortest;
  }

  int longest() {
    return longest;
  }

  boolean withLength() {
    return withLength;
  }

  List<Position> positions() {
    return positions;
  }

  /** What the key reads, for comments: {@code the length and characters 0 and 3}. */
  String describe() {
    List<String> read = new ArrayList<>();
    for (Position position : positions) {
      read.add(position.text());
    }
    String characters = read.isEmpty() ? ""
        : (read.size() == 1 ? "character " : "characters ") + joinedWithAnd(read);
    if (!withLength) {
      return characters;
    }
    return characters.isEmpty() ? "length" : "length and " + characters;
  }

  private static String joinedWithAnd(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** The slot of {@code key} among {@code 2^bits}: its product with {@code multiplier}, top bits. */
  static int slot(int key, int multiplier, int bits) {
    return (key * multiplier) >>> (32 - bits);
  }

  /**
   * A table of {@code 2^bits} slots for {@code codes}: the multiplier and the codes of each used slot,
   * in slot order, codes in the order given.
   */
  record Table(int multiplier, int bits, Map<Integer, List<String>> slots) {}

  /**
   * The smallest table (and the first multiplier for it) in which codes of different keys never
   * share a slot, trying {@code 2^bits} slots from the fewest that can hold them to four times as
   * many; failing that, the table of the most used slots among those tried.
   */
  Table perfect(List<String> codes) {
    int[] keys = codes.stream().mapToInt(this::key).distinct().toArray();
    int fewest = Math.max(1, 32 - Integer.numberOfLeadingZeros(keys.length - 1));
    int bestMultiplier = 0;
    int bestBits = 0;
    int bestUsed = 0;
    for (int bits = fewest; bits <= Math.min(fewest + 2, 30); bits++) {
      int[] stamps = new int[1 << bits];
      int multiplier = 0x9e3779b1;
      for (int t = 1; t <= TRIES; t++) {
        int used = 0;
        for (int key : keys) {
          int slot = slot(key, multiplier, bits);
          if (stamps[slot] != t) {
            stamps[slot] = t;
            used++;
          }
        }
        if (used == keys.length) {
          return table(codes, multiplier, bits);
        }
        if (used > bestUsed) {
          bestMultiplier = multiplier;
          bestBits = bits;
          bestUsed = used;
        }
        multiplier = next(multiplier);
      }
    }
    return table(codes, bestMultiplier, bestBits);
  }

  /**
   * A table of {@code 2^bits} slots that spreads {@code codes} evenly: of a few multipliers, the one
   * whose fullest slot holds the fewest codes.
   */
  Table spread(List<String> codes, int bits) {
    Table best = null;
    int bestFullest = Integer.MAX_VALUE;
    int multiplier = 0x9e3779b1;
    for (int t = 0; t < 64; t++) {
      Table table = table(codes, multiplier, bits);
      int fullest = table.slots().values().stream().mapToInt(List::size).max().orElse(0);
      if (fullest < bestFullest) {
        best = table;
        bestFullest = fullest;
      }
      multiplier = next(multiplier);
    }
    return best;
  }

  private Table table(List<String> codes, int multiplier, int bits) {
    Map<Integer, List<String>> slots = new TreeMap<>();
    for (String code : codes) {
      slots.computeIfAbsent(slot(key(code), multiplier, bits), s -> new ArrayList<>()).add(code);
    }
    return new Table(multiplier, bits, new LinkedHashMap<>(slots));
  }

  /** The next multiplier of the fixed sequence: odd, from a 32-bit linear congruential step. */
  static int next(int multiplier) {
    return (multiplier * 0x2c9277b5 + 0xac564b05) | 1;
  }
}
