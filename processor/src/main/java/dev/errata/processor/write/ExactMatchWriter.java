package dev.errata.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.errata.processor.model.ErrorEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes the matcher's look-up of exact codes: a {@code switch} on the code, split when large. */
final class ExactMatchWriter {

  private final MatchCode code;

  ExactMatchWriter(MatchCode code) {
    this.code = code;
  }

  /**
   * One {@code switch} when it fits a small method; else buckets by {@code hashCode}, each its own
   * method of a bounded size, dispatched by one small switch on the bucket number. Returns the call.
   */
  CodeBlock write(List<ErrorEntry> exact) {
    if (exact.size() <= Chunks.SWITCH_CASES) {
      return code.placer().place(exactSwitch("exact", exact)
          .addJavadoc("The entry of an exact code, or {@code null}.\n")
          .build(), exact.size());
    }
    int at = code.placer().mark();
    int buckets = (exact.size() + Chunks.SWITCH_CASES - 1) / Chunks.SWITCH_CASES * 2;
    Map<Integer, List<ErrorEntry>> byBucket = new TreeMap<>();
    for (ErrorEntry entry : exact) {
      int bucket = Math.floorMod(entry.codeText().hashCode(), buckets);
      byBucket.computeIfAbsent(bucket, key -> new ArrayList<>()).add(entry);
    }
    Switches.Expression dispatch = Switches.returning(
        CodeBlock.of("$T.floorMod(code.hashCode(), $L)", Math.class, buckets));
    for (Map.Entry<Integer, List<ErrorEntry>> bucket : byBucket.entrySet()) {
      MethodSpec part = exactSwitch("exact" + bucket.getKey(), bucket.getValue())
          .addJavadoc("The entry of an exact code whose {@code hashCode} falls in bucket $L, or {@code null}.\n",
              bucket.getKey())
          .build();
      CodeBlock call = code.placer().place(part, bucket.getValue().size());
      dispatch.when(CodeBlock.of("$L", bucket.getKey()), call);
    }
    code.placer().insert(at, code.lookup("exact")
        .addJavadoc("The entry of an exact code, or {@code null}: by bucket of {@code hashCode},"
            + " so that no method outgrows what the JIT compiles.\n")
        .addCode(dispatch.otherwise(CodeBlock.of("null")))
        .build());
    return CodeBlock.of("exact(code)");
  }

  private MethodSpec.Builder exactSwitch(String name, List<ErrorEntry> entries) {
    Switches.Expression body = Switches.returning(CodeBlock.of("code"));
    for (ErrorEntry entry : entries) {
      body.when(Literals.string(entry.codeText()), CodeBlock.of("$T.$N", code.errorCode(), entry.name()));
    }
    return code.lookup(name).addCode(body.otherwise(CodeBlock.of("null")));
  }
}
