package dev.errata.processor.write;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * The one mechanism that keeps generated code within the JVM's limits: splits the items a method (or
 * a class) would hold into consecutive chunks, each under a weight, each becoming a method (or a
 * nested class) of its own. HotSpot does not compile methods over 8,000 bytes of bytecode; javac and
 * ECJ reject methods over 64 KB and classes over 65,535 constant-pool entries.
 */
final class Chunks {

  /** String-switch cases per method: about 33 bytes of bytecode each, well under 8,000 bytes. */
  static final int SWITCH_CASES = 120;
  /** Range and wildcard checks per method. */
  static final int PATTERN_CHECKS = 80;
  /**
   * Bytecode a static initializer may take, under the JVM's 65,535 bytes per method with room to
   * spare; it runs once, so the JIT limit does not apply.
   */
  static final int STATIC_INITIALIZER_BYTES = 60_000;
  /**
   * Bytecode of one enum constant without arguments in its enum's static initializer: 16 bytes under
   * javac, 24 under ECJ, which also fills the {@code values()} array there (measured: javac compiles
   * at most 4,103 such constants, ECJ 2,741).
   */
  static final int ENUM_CONSTANT_BYTES = 24;
  /**
   * Exact codes, ranges and wildcards a matcher keeps in its own class; beyond, their methods go to
   * nested classes, each with a constant pool of its own (a case costs about five entries).
   */
  static final int CASES_PER_CLASS = 2_000;
  /** Entries created by one method, and named by one interface, of an enum-like code class. */
  static final int ENTRIES_PER_CHUNK = 500;
  /** Ordinals per {@code toException} method of an enum-like code class: a table entry and a body each. */
  static final int ORDINALS_PER_METHOD = 400;

  private Chunks() {}

  /**
   * Bytecode of one enum constant with the arguments of a code: its code, type, HTTP status, range
   * flag, and an array of {@code descriptions} strings.
   */
  static int enumConstantBytes(int descriptions) {
    return ENUM_CONSTANT_BYTES + 3 + 3 + 3 + 1 + 4 + 7 * descriptions;
  }

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
