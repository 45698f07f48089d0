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
import java.util.stream.Collectors;

/**
 * Writes the matcher's look-up of ranges: the code's prefix (what precedes its trailing digits) and
 * length pick the one {@link MatchPlan.RangeGroup} it can fall in, by a {@code switch} on the prefix's
 * hash; the group's candidates are then checked in the plan's order.
 */
final class RangeMatchWriter {

  private final MatchCode code;

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
    List<HashCase> cases = new ArrayList<>();
    for (Map.Entry<Integer, List<MatchPlan.RangeGroup>> hash : byHash.entrySet()) {
      CodeBlock.Builder body = CodeBlock.builder();
      for (MatchPlan.RangeGroup group : hash.getValue()) {
        body.add(groupCheck(group));
      }
      String comment = hash.getValue().stream()
          .map(group -> MatchCode.prefixComment(group.prefix()))
          .distinct()
          .collect(Collectors.joining(", "));
      cases.add(new HashCase(hash.getKey(), comment, body.build()));
    }
    return hashDispatch(at, cases);
  }

  /** A case of the dispatch: the prefix hash, the prefixes that have it, and their groups' checks. */
  private record HashCase(int hash, String comment, CodeBlock body) {}

  /** {@code if (<code has the group's length and prefix>) return <the group's match>;} */
  private CodeBlock groupCheck(MatchPlan.RangeGroup group) {
    CodeBlock.Builder check = CodeBlock.builder();
    if (group.prefix().isEmpty()) {
      check.beginControlFlow("if (code.length() == $L && from == 0)", group.length());
    } else {
      check.beginControlFlow("if (code.length() == $L && from == $L && code.startsWith($S))",
          group.length(), group.prefix().length(), group.prefix());
    }
    List<List<ErrorEntry>> chunks = Chunks.split(group.candidates(), Chunks.PATTERN_CHECKS);
    String name = code.uniqueName("ranges", group.prefix(), "Length" + group.length());
    for (int i = 0; i < chunks.size(); i++) {
      String part = chunks.size() == 1 ? name : name + "Part" + (i + 1);
      String of = chunks.size() == 1 ? "." : ": part " + (i + 1) + " of " + chunks.size() + ".";
      CodeBlock call = code.placer().place(rangeChunk(part, of, group, chunks.get(i)), chunks.get(i).size());
      check.add(code.returnFirstMatch(call, i, i == chunks.size() - 1));
    }
    return check.endControlFlow().build();
  }

  /**
   * Calls the {@code cases} by the prefix hash of {@code code}: one {@code switch} when small, else
   * one per bucket of hashes, so that no method outgrows what the JIT compiles.
   */
  private CodeBlock hashDispatch(int at, List<HashCase> cases) {
    CodeBlock hash = CodeBlock.of("$T.prefixHash(code, from)", RuntimeTypes.CODE_MATCHING);
    MethodSpec.Builder method = code.lookup("range")
        .addJavadoc("The range (or a more specific wildcard) containing {@code code}, or {@code null}: only the"
            + " ranges of its\nlength and prefix, the characters before its trailing digits, can.\n")
        .addStatement("int from = $T.numberStart(code)", RuntimeTypes.CODE_MATCHING);
    if (cases.size() <= Chunks.SWITCH_CASES) {
      method.addCode(hashSwitch(hash, cases)).addStatement("return null");
      code.placer().insert(at, method.build());
      return CodeBlock.of("range(code)");
    }
    int buckets = (cases.size() + Chunks.SWITCH_CASES - 1) / Chunks.SWITCH_CASES * 2;
    Map<Integer, List<HashCase>> byBucket = new TreeMap<>();
    for (HashCase hashCase : cases) {
      byBucket.computeIfAbsent(Math.floorMod(hashCase.hash(), buckets), b -> new ArrayList<>()).add(hashCase);
    }
    method.addStatement("int hash = $L", hash);
    Switches.Expression dispatch = Switches.returning(
        CodeBlock.of("$T.floorMod(hash, $L)", Math.class, buckets));
    for (Map.Entry<Integer, List<HashCase>> bucket : byBucket.entrySet()) {
      MethodSpec part = code.lookup("range" + bucket.getKey())
          .addJavadoc("The range containing {@code code}, among the prefixes whose hash falls in bucket $L.\n",
              bucket.getKey())
          .addParameter(int.class, "from")
          .addParameter(int.class, "hash")
          .addCode(hashSwitch(CodeBlock.of("hash"), bucket.getValue()))
          .addStatement("return null")
          .build();
      dispatch.when(CodeBlock.of("$L", bucket.getKey()),
          code.placer().place(part, bucket.getValue().size(), "code, from, hash"));
    }
    method.addCode(dispatch.otherwise(CodeBlock.of("null")));
    code.placer().insert(at, method.build());
    return CodeBlock.of("range(code)");
  }

  private static CodeBlock hashSwitch(CodeBlock hash, List<HashCase> cases) {
    Switches.Statement dispatch = Switches.statement(hash);
    for (HashCase hashCase : cases) {
      dispatch.when(CodeBlock.of("$L", hashCase.hash()), hashCase.comment(), hashCase.body());
    }
    return dispatch.end();
  }

  /** The checks of {@code candidates}, a part of a group's, {@code of} saying which part. */
  private MethodSpec rangeChunk(String name, String of, MatchPlan.RangeGroup group, List<ErrorEntry> candidates) {
    int digits = group.length() - group.prefix().length();
    String codes = group.prefix().isEmpty()
        ? "Codes of " + digits + " digits"
        : "Codes {@code " + Javadoc.escape(group.prefix()) + "} then " + digits + " digits";
    boolean wildcards = candidates.stream().anyMatch(entry -> entry.code().get() instanceof CodeWildcard);
    MethodSpec.Builder method = code.lookup(name)
        .addJavadoc("$L\n", Javadoc.wrap(codes + ": the ranges that may hold them"
            + (wildcards ? ", and the wildcards more specific than some of those," : ",")
            + " most specific first" + of))
        .addStatement("long number = $T.trailingNumber(code, $L)", RuntimeTypes.CODE_MATCHING,
            group.prefix().length());
    for (ErrorEntry entry : candidates) {
      if (entry.code().orElseThrow() instanceof CodeRange range) {
        method.addCode("// $L\n", range.text())
            .beginControlFlow("if (number >= $LL && number <= $LL)", range.low(), range.high())
            .addStatement("return $T.$N", code.errorCode(), entry.name())
            .endControlFlow();
      } else {
        method.addCode(code.wildcardCheck((CodeWildcard) entry.code().orElseThrow(), entry));
      }
    }
    return method.addStatement("return null").build();
  }
}
