package dev.errata.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.errata.processor.model.ErrorEntry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the matcher's look-up of exact codes: a {@code switch} on a perfect hash of the code (an
 * {@link ExactHash} key, a few of its characters, chosen when the catalog is compiled), each case one
 * {@code equals} against the one exact code it can be. A large catalog's codes are first spread over
 * buckets by the same key, each bucket a small method with a perfect hash of its own.
 */
final class ExactMatchWriter {

  /** Exact codes a method holds: their cases stay well under HotSpot's 325 bytes for inlining. */
  static final int CODES_PER_METHOD = 8;
  /** Codes per bucket the split aims at, on average. */
  private static final int CODES_PER_BUCKET = 6;
  /** Most buckets: the dispatching method stays under 8,000 bytes (about 12 bytes a case). */
  private static final int MOST_BUCKET_BITS = 9;

  private final MatchCode code;

  ExactMatchWriter(MatchCode code) {
    this.code = code;
  }

  /** The look-up of {@code exact}, in one method when small, else in buckets; returns the call. */
  CodeBlock write(List<ErrorEntry> exact) {
    Map<String, ErrorEntry> byCode = new LinkedHashMap<>();
    exact.forEach(entry -> byCode.put(entry.codeText(), entry));
    List<String> codes = List.copyOf(byCode.keySet());
    ExactHash hash = ExactHash.of(codes);
    MethodSpec.Builder method = code.lookup("exact");
    if (hash.readsNothing()) {
      return code.placer().place(method
          .addJavadoc("The entry of the one exact code, or {@code null}.\n")
          .addStatement("return $L", candidates(codes, byCode))
          .build(), 1);
    }
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
    ExactHash.Table buckets = hash.spread(codes, bits);
    Switches.Expression dispatch = Switches.returning(slot(buckets));
    for (Map.Entry<Integer, List<String>> bucket : buckets.slots().entrySet()) {
      List<String> inBucket = bucket.getValue();
      MethodSpec.Builder part = code.lookup("exact" + bucket.getKey())
          .addJavadoc("$L\n", Javadoc.wrap("The entry of an exact code in bucket " + bucket.getKey()
              + " of {@code exact}, or {@code null}: {@code key} picks the one it can be."))
          .addParameter(int.class, "key");
      if (inBucket.size() == 1) {
        part.addStatement("return $L", candidates(inBucket, byCode));
      } else {
        part.addCode(slotSwitch(hash.perfect(inBucket), byCode));
      }
      CodeBlock call = code.placer().place(part.build(), inBucket.size(), "code, key");
      dispatch.when(CodeBlock.of("$L", bucket.getKey()), call, listed(inBucket));
    }
    code.placer().insert(at, method
        .addJavadoc("$L\n", Javadoc.wrap("The entry of an exact code, or {@code null}: the code's "
            + hash.describe() + " make a key that picks a bucket of at most a few exact codes, whose"
            + " method finds the one the code can be (perfect hashes, computed when the catalog was"
            + " compiled), so that no method outgrows what the JIT inlines."))
        .addCode(dispatch.otherwise(CodeBlock.of("null")))
        .build());
    return CodeBlock.of("exact(code)");
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
      value.add("$L.equals(code) ? $T.$N :$W", Literals.string(text), code.errorCode(), byCode.get(text).name());
    }
    return value.add("null").build();
  }

  /** A comment naming a bucket's codes: the first three, then how many more. */
  private static String listed(List<String> codes) {
    StringBuilder listed = new StringBuilder();
    for (int i = 0; i < Math.min(3, codes.size()); i++) {
      listed.append(i == 0 ? "" : ", ").append(CodeBlock.of("$S", codes.get(i)));
    }
    if (codes.size() > 3) {
      listed.append(" and ").append(codes.size() - 3).append(" more");
    }
    return listed.toString();
  }
}
