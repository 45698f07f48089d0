package dev.errata.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import dev.errata.processor.model.ErrorEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * Writes the matcher's look-up of exact codes: one slot of a table, picked by a perfect hash of the
 * code's {@code hashCode()} (an {@link ExactTable}, found when the catalog is compiled), and one
 * {@code equals} against the one exact code that slot holds. In a catalog where two exact codes have
 * the same hash code, a {@code switch} on a few of their characters instead (an {@link ExactHash}),
 * each case one {@code equals}; a large catalog's codes then first spread over buckets by the same
 * key, each bucket a small method with a perfect hash of its own.
 */
final class ExactMatchWriter {

  /** Exact codes a method holds: their cases stay well under HotSpot's 325 bytes for inlining. */
  static final int CODES_PER_METHOD = 8;
  /** Codes per bucket the split aims at, on average. */
  private static final int CODES_PER_BUCKET = 6;
  /** Bits of the bucket number: at most 4,096 buckets. */
  private static final int MOST_BUCKET_BITS = 12;
  /** Bits of the bucket number one dispatching method reads: 16 cases, about 200 bytes. */
  private static final int BITS_PER_LEVEL = 4;

  /** Characters of the codes a comment beside a bucket's call lists. */
  private static final int LISTED_WIDTH = 40;

  private final MatchCode code;

  ExactMatchWriter(MatchCode code) {
    this.code = code;
  }

  /** The look-up of {@code exact}, in one method when small, else in buckets; returns the call. */
  CodeBlock write(List<ErrorEntry> exact) {
    Map<String, ErrorEntry> byCode = new LinkedHashMap<>();
    exact.forEach(entry -> byCode.put(entry.codeText(), entry));
    List<String> codes = List.copyOf(byCode.keySet());
    MethodSpec.Builder method = code.lookup("exact");
    if (codes.size() == 1) {
      return code.placer().place(method
          .addJavadoc("The entry of the one exact code, or {@code null}.\n")
          .addStatement("return $L", candidates(codes, byCode))
          .build(), 1);
    }
    Optional<ExactTable> perfect = ExactTable.of(codes);
    if (perfect.isPresent()) {
      return table(perfect.get(), codes.size(), method);
    }
    // Codes of one hash: a switch on a few of their characters, then equals.
    ExactHash hash = ExactHash.of(codes);
    method.addCode(key(hash));
    if (codes.size() <= CODES_PER_METHOD) {
      ExactHash.Table table = hash.perfect(codes);
      return code.placer().place(method
          .addJavadoc("$L\n", Javadoc.wrap("The entry of an exact code, or {@code null}: the code's "
              + hash.describe() + " pick the one exact code it can be (a perfect hash, computed when"
              + " the catalog was compiled), which {@code equals} then checks."))
          .addCode(slotSwitch(table, byCode))
          .build(), codes.size());
    }
    int at = code.placer().mark();
    int bits = Math.min(MOST_BUCKET_BITS,
        Math.max(1, 31 - Integer.numberOfLeadingZeros(codes.size() / CODES_PER_BUCKET)));
    int levels = (bits + BITS_PER_LEVEL - 1) / BITS_PER_LEVEL;
    ExactHash.Table buckets = hash.spread(codes, bits);
    CodeBlock dispatch = dispatch(new Node("", 0, bits, levels, buckets), byCode, hash);
    code.placer().insert(at, method
        .addJavadoc("$L\n", Javadoc.wrap("The entry of an exact code, or {@code null}: the code's "
            + hash.describe() + " make a key whose product with " + hex(buckets.multiplier())
            + " picks, a few bits at a time, a bucket of at most a few exact codes, whose method finds"
            + " the one the code can be (perfect hashes, computed when the catalog was compiled), so"
            + " that every method stays small enough for the JIT to inline."))
        .addCode(dispatch)
        .build());
    return CodeBlock.of("exact(code)");
  }

  /**
   * The look-up through {@code table}: {@code EXACT}, the entry of each exact code at its slot, filled
   * from the code enum when the matcher is initialized, {@code exactSlot}, the slot of a hash, and
   * {@code exact}, which reads the one slot a code's hash picks and checks it with {@code equals}.
   */
  private CodeBlock table(ExactTable table, int count, MethodSpec.Builder method) {
    CodeBlock slot;
    if (table.hasBuckets()) {
      int[] multipliers = table.multipliers();
      code.placer().addField(FieldSpec.builder(int[].class, "EXACT_MULTIPLIERS",
              Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("$L\n", Javadoc.wrap("The multiplier of each of the " + multipliers.length
              + " buckets of exact codes: a code's hash times " + hex(table.bucketMultiplier())
              + " picks its bucket, and the hash times the bucket's multiplier its slot in {@link"
              + " #EXACT}, no two exact codes the same (found when the catalog was compiled)."))
          .initializer(intArray(multipliers))
          .build());
      slot = CodeBlock.of("(hash * EXACT_MULTIPLIERS[(hash * $L) >>> $L]) >>> $L",
          hex(table.bucketMultiplier()), 32 - table.bucketBits(), 32 - table.slotBits());
    } else {
      slot = CodeBlock.of("(hash * $L) >>> $L", hex(table.bucketMultiplier()), 32 - table.slotBits());
    }
    ArrayTypeName entries = ArrayTypeName.of(code.errorCode());
    code.placer().addField(FieldSpec.builder(entries, "EXACT", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("$L\n", Javadoc.wrap("The entry of each exact code, at the slot {@link #exactSlot} gives"
            + " its hash; " + (table.slots() - count) + " of the " + table.slots() + " slots are empty."))
        .initializer("exactTable()")
        .build());
    code.placer().addToMatcher(method
        .addJavadoc("$L\n", Javadoc.wrap("The entry of an exact code, or {@code null}: the one exact code"
            + " that can be {@code code} is in the slot of its hash code, which {@code equals} then checks."))
        .addStatement("$T entry = EXACT[exactSlot(code.hashCode())]", code.errorCode())
        .addStatement("return entry != null && code.equals(entry.code()) ? entry : null")
        .build());
    code.placer().addToMatcher(MethodSpec.methodBuilder("exactSlot")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(int.class)
        .addParameter(int.class, "hash")
        .addJavadoc("$L\n", Javadoc.wrap("The slot of {@link #EXACT} an exact code of this hash code is"
            + " in, if any is: " + (table.hasBuckets() ? "the slot its bucket's multiplier picks"
            : "the top bits of the hash times a multiplier") + ", a perfect hash of the catalog's "
            + count + " exact codes."))
        .addStatement("return $L", slot)
        .build());
    code.placer().addToMatcher(MethodSpec.methodBuilder("exactTable")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(entries)
        .addJavadoc("The table of {@link #EXACT}: every exact code's entry at its slot.\n")
        .addStatement("$T table = new $T[$L]", entries, code.errorCode(), table.slots())
        .beginControlFlow("for ($T entry : $T.values())", code.errorCode(), code.errorCode())
        .beginControlFlow("if (!entry.isRange() && !entry.code().isEmpty())")
        .addStatement("table[exactSlot(entry.code().hashCode())] = entry")
        .endControlFlow()
        .endControlFlow()
        .addStatement("return table")
        .build());
    return CodeBlock.of("exact(code)");
  }

  /** {@code {0x9e3779b1, ...}}, six a line. */
  private static CodeBlock intArray(int[] values) {
    CodeBlock.Builder array = CodeBlock.builder().add("{\n$>");
    for (int i = 0; i < values.length; i++) {
      array.add("$L$L", hex(values[i]), i == values.length - 1 ? "\n" : i % 6 == 5 ? ",\n" : ", ");
    }
    return array.add("$<}").build();
  }

  /**
   * A method of the bucket tree: {@code name}'s suffix, the bits of the bucket number its callers
   * chose ({@code chosen}, the first {@code level} groups of {@link #BITS_PER_LEVEL}), of {@code bits}
   * in all over {@code levels} levels.
   */
  private record Node(String suffix, int chosen, int bits, int levels, ExactHash.Table buckets) {

    int level() {
      return suffix.isEmpty() ? 0 : suffix.split("_").length;
    }

    /** The bits this node's switch reads. */
    int width() {
      return Math.min(BITS_PER_LEVEL, bits - level() * BITS_PER_LEVEL);
    }

    /** The buckets under the child {@code slot}: their numbers, {@code bits} wide, start with these. */
    int childChosen(int slot) {
      return (chosen << width()) | slot;
    }

    Node child(int slot) {
      return new Node(suffix.isEmpty() ? String.valueOf(slot) : suffix + "_" + slot, childChosen(slot),
          bits, levels, buckets);
    }

    /** The codes of the buckets under this node's child {@code slot}. */
    List<String> codesUnder(int slot) {
      int below = bits - (level() + 1) * BITS_PER_LEVEL;
      int prefix = childChosen(slot);
      List<String> under = new ArrayList<>();
      buckets.slots().forEach((bucket, codes) -> {
        if ((below <= 0 ? bucket : bucket >>> below) == prefix) {
          under.addAll(codes);
        }
      });
      return under;
    }
  }

  /**
   * {@code return switch (<this level's bits of key * multiplier>) { case n -> <the child>; ... };},
   * each child a method: a further level of buckets, or a bucket's look-up.
   */
  private CodeBlock dispatch(Node node, Map<String, ErrorEntry> byCode, ExactHash hash) {
    int width = node.width();
    int shift = 32 - (node.level() * BITS_PER_LEVEL + width);
    CodeBlock selector = node.level() == 0
        ? CodeBlock.of("(key * $L) >>> $L", hex(node.buckets().multiplier()), shift)
        : CodeBlock.of("((key * $L) >>> $L) & $L", hex(node.buckets().multiplier()), shift, (1 << width) - 1);
    Switches.Expression dispatch = Switches.returning(selector);
    boolean leaves = node.level() + 1 == node.levels();
    for (int slot = 0; slot < 1 << width; slot++) {
      List<String> under = node.codesUnder(slot);
      if (under.isEmpty()) {
        continue;
      }
      Node child = node.child(slot);
      MethodSpec.Builder part = code.lookup("exact" + child.suffix()).addParameter(int.class, "key");
      String where = "bucket " + child.suffix().replace("_", ", ") + " of {@code exact}";
      if (!leaves) {
        part.addJavadoc("$L\n", Javadoc.wrap("The entry of an exact code under " + where
            + ", or {@code null}: the next bits of its key pick a bucket."));
        // Listed before the methods it calls, in the matcher itself: it holds no codes.
        int at = code.placer().mark();
        code.placer().insert(at, part.addCode(dispatch(child, byCode, hash)).build());
        dispatch.when(CodeBlock.of("$L", slot), CodeBlock.of("exact$L(code, key)", child.suffix()),
            under.size() + " codes");
        continue;
      }
      part.addJavadoc("$L\n", Javadoc.wrap("The entry of an exact code in " + where
          + ", or {@code null}: {@code key} picks the one it can be."));
      if (under.size() == 1) {
        part.addStatement("return $L", candidates(under, byCode));
      } else {
        part.addCode(slotSwitch(hash.perfect(under), byCode));
      }
      CodeBlock call = code.placer().place(part.build(), under.size(), "code, key");
      dispatch.when(CodeBlock.of("$L", slot), call, listed(under));
    }
    return dispatch.otherwise(CodeBlock.of("null"));
  }

  /** Returns {@code null} for a length no exact code has, then computes {@code key}. */
  private static CodeBlock key(ExactHash hash) {
    CodeBlock.Builder key = CodeBlock.builder().addStatement("int length = code.length()");
    if (hash.shortest() == hash.longest()) {
      key.beginControlFlow("if (length != $L)", hash.shortest());
    } else {
      key.beginControlFlow("if (length < $L || length > $L)", hash.shortest(), hash.longest());
    }
    key.addStatement("return null").endControlFlow();
    List<ExactHash.Position> positions = hash.positions();
    int from = 0;
    if (hash.withLength()) {
      key.addStatement("int key = length");
    } else {
      key.addStatement("int key = $L", positions.get(0).expression());
      from = 1;
    }
    for (ExactHash.Position position : positions.subList(from, positions.size())) {
      key.addStatement("key = 31 * key + $L", position.expression());
    }
    return key.build();
  }

  private static CodeBlock slot(ExactHash.Table table) {
    return CodeBlock.of("(key * $L) >>> $L", hex(table.multiplier()), 32 - table.bits());
  }

  private static String hex(int multiplier) {
    return String.format("0x%08x", multiplier);
  }

  /** {@code return switch (<slot of key>) { case n -> <the codes of slot n>; ... };} */
  private CodeBlock slotSwitch(ExactHash.Table table, Map<String, ErrorEntry> byCode) {
    Switches.Expression body = Switches.returning(slot(table));
    for (Map.Entry<Integer, List<String>> slot : table.slots().entrySet()) {
      body.when(CodeBlock.of("$L", slot.getKey()), candidates(slot.getValue(), byCode));
    }
    return body.otherwise(CodeBlock.of("null"));
  }

  /** {@code "A000".equals(code) ? A : "A001".equals(code) ? B : null}: codes of one slot, most often one. */
  private CodeBlock candidates(List<String> codes, Map<String, ErrorEntry> byCode) {
    CodeBlock.Builder value = CodeBlock.builder();
    for (String text : codes) {
      value.add("$L.equals(code)$W? $T.$N$W: ", Literals.string(text), code.errorCode(), byCode.get(text).name());
    }
    return value.add("null").build();
  }

  /**
   * A comment naming a bucket's codes: as many of the first as {@link #LISTED_WIDTH} characters hold,
   * then how many more; only how many when the first alone is longer.
   */
  private static String listed(List<String> codes) {
    StringBuilder listed = new StringBuilder();
    int shown = 0;
    while (shown < codes.size()) {
      String next = CodeBlock.of("$S", codes.get(shown)).toString();
      if (shown > 0 && listed.length() + ", ".length() + next.length() > LISTED_WIDTH) {
        break;
      }
      listed.append(shown == 0 ? "" : ", ").append(next);
      shown++;
    }
    if (listed.length() > LISTED_WIDTH) {
      return codes.size() + " codes";
    }
    return shown == codes.size() ? listed.toString() : listed + " and " + (codes.size() - shown) + " more";
  }
}
