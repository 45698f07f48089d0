package dev.errata.processor.write;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The one mechanism that keeps generated methods small: splits the items a method would hold into
 * consecutive chunks, each under a weight, each becoming a method of its own. HotSpot does not compile
 * methods over 8,000 bytes of bytecode and javac rejects them over 64 KB.
 */
final class Chunks {

  /** String-switch cases per method: about 33 bytes of bytecode each, well under 8,000 bytes. */
  static final int SWITCH_CASES = 120;
  /** Range and wildcard checks per method. */
  static final int PATTERN_CHECKS = 80;

  private Chunks() {}

  /** Splits {@code items} into consecutive chunks whose total {@code weight} is at most {@code max}. */
  static <T> List<List<T>> split(List<T> items, int max, ToIntFunction<T> weight) {
    List<List<T>> chunks = new ArrayList<>();
    List<T> current = new ArrayList<>();
    int currentWeight = 0;
    for (T item : items) {
      int itemWeight = weight.applyAsInt(item);
      if (!current.isEmpty() && currentWeight + itemWeight > max) {
        chunks.add(current);
        current = new ArrayList<>();
        currentWeight = 0;
      }
      current.add(item);
      currentWeight += itemWeight;
    }
    if (!current.isEmpty()) {
      chunks.add(current);
    }
    return chunks;
  }

  /** Splits {@code items} into consecutive chunks of at most {@code max} items. */
  static <T> List<List<T>> split(List<T> items, int max) {
    return split(items, max, item -> 1);
  }
}
