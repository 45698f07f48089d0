package dev.errata.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.errata.processor.model.CodeRange;
import dev.errata.processor.model.CodeWildcard;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.MatchPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Writes the matcher's look-up of ranges: the code's prefix (what precedes its trailing digits) and
 * length pick the one {@link MatchPlan.RangeGroup} it can fall in, by a {@code switch} on the prefix's
 * hash; the group's candidates are then checked in the plan's order.
 */
final class RangeMatchWriter {

  private final MatchCode code;
  private int rangeMethods;

  RangeMatchWriter(MatchCode code) {
    this.code = code;
  }

  /**
   * Ranges, found in constant time; when no candidate of the code's group contains it, {@code null},
   * and the wildcards are tried. Returns the call.
   */
  CodeBlock write(List<MatchPlan.RangeGroup> groups) {
    int at = code.placer().mark();
    Map<Integer, List<MatchPlan.RangeGroup>> byHash = new TreeMap<>();
    for (MatchPlan.RangeGroup group : groups) {
      byHash.computeIfAbsent(group.prefix().hashCode(), key -> new ArrayList<>()).add(group);
    }
    List<CodeBlock> cases = new ArrayList<>();
    List<Integer> keys = new ArrayList<>();
    for (Map.Entry<Integer, List<MatchPlan.RangeGroup>> hash : byHash.entrySet()) {
      CodeBlock.Builder body = CodeBlock.builder();
      for (MatchPlan.RangeGroup group : hash.getValue()) {
        body.beginControlFlow("if (code.length() == $L && from == $L && code.startsWith($S))",
            group.length(), group.prefix().length(), group.prefix());
        List<List<ErrorEntry>> chunks = Chunks.split(group.candidates(), Chunks.PATTERN_CHECKS);
        for (int i = 0; i < chunks.size(); i++) {
          CodeBlock call = code.placer().place(rangeChunk("ranges" + rangeMethods++, group, chunks.get(i)),
              chunks.get(i).size());
          body.add(code.returnFirstMatch(call, i, i == chunks.size() - 1));
        }
        body.endControlFlow();
      }
      cases.add(body.addStatement("return null").build());
      keys.add(hash.getKey());
    }
    return hashDispatch(at, "range",
        CodeBlock.of("$T.prefixHash(code, from)", RuntimeTypes.CODE_MATCHING), keys, cases,
        "The range (or a more specific wildcard) containing {@code code}, or {@code null}: only the"
            + " ranges of its\nlength and prefix, the characters before its trailing digits, can.\n");
  }

  /**
   * Calls {@code cases} by an int {@code key} computed from {@code code}: one {@code switch} when
   * small, else one per bucket of keys, so that no method outgrows what the JIT compiles.
   */
  private CodeBlock hashDispatch(int at, String name, CodeBlock key, List<Integer> keys,
      List<CodeBlock> cases, String javadoc) {
    MethodSpec.Builder method = code.lookup(name)
        .addJavadoc(javadoc)
        .addStatement("int from = $T.numberStart(code)", RuntimeTypes.CODE_MATCHING);
    if (keys.size() <= Chunks.SWITCH_CASES) {
      method.beginControlFlow("switch ($L)", key);
      for (int i = 0; i < keys.size(); i++) {
        method.addCode("case $L: {\n$>$L$<}\n", keys.get(i), cases.get(i));
      }
      method.addCode("default:\n$>return null;\n$<").endControlFlow();
      code.placer().insert(at, method.build());
      return CodeBlock.of("$N(code)", name);
    }
    int buckets = (keys.size() + Chunks.SWITCH_CASES - 1) / Chunks.SWITCH_CASES * 2;
    Map<Integer, List<Integer>> byBucket = new TreeMap<>();
    for (int i = 0; i < keys.size(); i++) {
      byBucket.computeIfAbsent(Math.floorMod(keys.get(i), buckets), b -> new ArrayList<>()).add(i);
    }
    method.addStatement("int key = $L", key)
        .beginControlFlow("switch ($T.floorMod(key, $L))", Math.class, buckets);
    for (Map.Entry<Integer, List<Integer>> bucket : byBucket.entrySet()) {
      MethodSpec.Builder part = code.lookup(name + bucket.getKey())
          .addParameter(int.class, "from")
          .addParameter(int.class, "key")
          .beginControlFlow("switch (key)");
      for (int i : bucket.getValue()) {
        part.addCode("case $L: {\n$>$L$<}\n", keys.get(i), cases.get(i));
      }
      part.addCode("default:\n$>return null;\n$<").endControlFlow();
      method.addCode("case $L:\n$>return $L;\n$<", bucket.getKey(),
          code.placer().place(part.build(), bucket.getValue().size(), "code, from, key"));
    }
    method.addCode("default:\n$>return null;\n$<").endControlFlow();
    code.placer().insert(at, method.build());
    return CodeBlock.of("$N(code)", name);
  }

  private MethodSpec rangeChunk(String name, MatchPlan.RangeGroup group, List<ErrorEntry> candidates) {
    MethodSpec.Builder method = code.lookup(name)
        .addJavadoc("Codes of length $L starting {@code $L}, then digits.\n", group.length(),
            Javadoc.escape(group.prefix()))
        .addStatement("long number = $T.trailingNumber(code, $L)", RuntimeTypes.CODE_MATCHING,
            group.prefix().length());
    for (ErrorEntry entry : candidates) {
      if (entry.code().orElseThrow() instanceof CodeRange range) {
        method.beginControlFlow("if (number >= $LL && number <= $LL)", range.low(), range.high())
            .addCode("// $L\n", range.text())
            .addStatement("return $T.$N", code.errorCode(), entry.name())
            .endControlFlow();
      } else {
        method.addCode(code.wildcardCheck((CodeWildcard) entry.code().orElseThrow(), entry));
      }
    }
    return method.addStatement("return null").build();
  }
}
