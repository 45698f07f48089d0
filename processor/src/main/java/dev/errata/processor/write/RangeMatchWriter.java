package dev.errata.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.errata.processor.model.CodeRange;
import dev.errata.processor.model.CodeWildcard;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.MatchPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Writes the matcher's look-up of ranges: the code's length and first character, then a
 * {@code startsWith}, pick the one {@link MatchPlan.RangeGroup} it can fall in (for a catalog of many
 * prefixes, a {@code switch} on the hash of the code's prefix, what precedes its trailing digits); the
 * group's method reads the digits once, as an {@code int} when they fit one, and checks its
 * candidates in the plan's order.
 */
final class RangeMatchWriter {

  /** Most digits of a number read as an {@code int}. */
  private static final int INT_DIGITS = 9;
  /** Most groups of ranges one method tells apart by length, first character and prefix. */
  private static final int GROUPS_BY_CHARACTER = 60;
  /** Most groups of one length and first character, checked one after another. */
  private static final int GROUPS_PER_CASE = 4;

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
    Map<Integer, List<MatchPlan.RangeGroup>> byLength = new TreeMap<>();
    for (MatchPlan.RangeGroup group : groups) {
      byLength.computeIfAbsent(group.length(), key -> new ArrayList<>()).add(group);
    }
    if (groups.size() <= GROUPS_BY_CHARACTER && byLength.values().stream().allMatch(RangeMatchWriter::fewPerCase)) {
      return byLengthAndFirst(at, byLength);
    }
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

  /**
   * Whether the groups of one length can be told apart by their first character and then a
   * {@code startsWith} or two: few of them share a first character, and none has an empty prefix
   * unless there are few in all.
   */
  private static boolean fewPerCase(List<MatchPlan.RangeGroup> ofLength) {
    if (ofLength.stream().anyMatch(group -> group.prefix().isEmpty())) {
      return ofLength.size() <= GROUPS_PER_CASE;
    }
    Map<Character, Long> byFirst = ofLength.stream()
        .collect(Collectors.groupingBy(group -> group.prefix().charAt(0), Collectors.counting()));
    return byFirst.values().stream().allMatch(count -> count <= GROUPS_PER_CASE);
  }

  /**
   * {@code switch} on the code's length, then on its first character (when every group of that
   * length has a prefix), then the groups of that length and character, longest prefix first: the
   * one whose prefix the code starts with is the only one it can fall in.
   */
  private CodeBlock byLengthAndFirst(int at, Map<Integer, List<MatchPlan.RangeGroup>> byLength) {
    Switches.Statement lengths = Switches.statement(CodeBlock.of("code.length()"));
    for (Map.Entry<Integer, List<MatchPlan.RangeGroup>> length : byLength.entrySet()) {
      List<MatchPlan.RangeGroup> ofLength = length.getValue();
      if (ofLength.stream().anyMatch(group -> group.prefix().isEmpty())) {
        lengths.when(CodeBlock.of("$L", length.getKey()), prefixChecks(ofLength, 0));
        continue;
      }
      Map<Character, List<MatchPlan.RangeGroup>> byFirst = new TreeMap<>();
      for (MatchPlan.RangeGroup group : ofLength) {
        byFirst.computeIfAbsent(group.prefix().charAt(0), key -> new ArrayList<>()).add(group);
      }
      Switches.Statement firsts = Switches.statement(CodeBlock.of("code.charAt(0)"));
      for (Map.Entry<Character, List<MatchPlan.RangeGroup>> first : byFirst.entrySet()) {
        String comment = first.getValue().stream()
            .map(group -> MatchCode.prefixComment(group.prefix()))
            .collect(Collectors.joining(", "));
        firsts.when(CodeBlock.of("$L", MatchCode.charLiteral(first.getKey())), comment,
            prefixChecks(first.getValue(), 1));
      }
      lengths.when(CodeBlock.of("$L", length.getKey()), firsts.end());
    }
    code.placer().insert(at, code.lookup("range")
        .addJavadoc("The range (or a more specific wildcard) containing {@code code}, or {@code null}: only the"
            + " ranges of its\nlength and prefix, the characters before its trailing digits, can.\n")
        .addCode(lengths.end())
        .addStatement("return null")
        .build());
    return CodeBlock.of("range(code)");
  }

  /**
   * The groups of one length (and first character, when {@code known} is 1), longest prefix first,
   * each called when the code starts with its prefix: a code that starts with a longer prefix cannot
   * fall in a group of a shorter one, whose digits would start inside it (a prefix never ends in a
   * digit).
   */
  private CodeBlock prefixChecks(List<MatchPlan.RangeGroup> groups, int known) {
    List<MatchPlan.RangeGroup> longestFirst = new ArrayList<>(groups);
    longestFirst.sort(Comparator.comparing((MatchPlan.RangeGroup group) -> -group.prefix().length())
        .thenComparing(MatchPlan.RangeGroup::prefix));
    CodeBlock.Builder checks = CodeBlock.builder();
    if (longestFirst.size() == 1) {
      // The group's own method checks what the dispatch does not know of its prefix.
      return groupCalls(longestFirst.get(0), known);
    }
    for (MatchPlan.RangeGroup group : longestFirst) {
      if (group.prefix().length() <= known) {
        // Its prefix is what the dispatch already knows: the last group left.
        checks.add(groupCalls(group, known));
        return checks.build();
      }
      checks.beginControlFlow("if ($L)",
              MatchCode.joined(MatchCode.textAt(group.prefix().substring(known), known, "=="), "&&"))
          .add(groupCalls(group, group.prefix().length()))
          .endControlFlow();
    }
    return checks.build();
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
    return check.add(groupCalls(group, group.prefix().length())).endControlFlow().build();
  }

  /**
   * Returns the group's match: its candidates' methods, in order, of a bounded size each, which
   * check the prefix past its first {@code known} characters.
   */
  private CodeBlock groupCalls(MatchPlan.RangeGroup group, int known) {
    CodeBlock.Builder calls = CodeBlock.builder();
    List<List<ErrorEntry>> chunks = Chunks.split(group.candidates(), Chunks.PATTERN_CHECKS);
    String name = code.uniqueName("ranges", group.prefix(), "Length" + group.length());
    for (int i = 0; i < chunks.size(); i++) {
      String part = chunks.size() == 1 ? name : name + "Part" + (i + 1);
      String of = chunks.size() == 1 ? "." : ": part " + (i + 1) + " of " + chunks.size() + ".";
      CodeBlock call = code.placer().place(rangeChunk(part, of, group, chunks.get(i), known),
          chunks.get(i).size());
      calls.add(code.returnFirstMatch(call, i, i == chunks.size() - 1));
    }
    return calls.build();
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

  /**
   * {@code number}, the value of the code's digits from {@code from} to {@code length}, read in one
   * pass, an {@code int} when they fit one. A character that is not a digit ends the look-up with
   * {@code null}, even in a group that holds wildcards: such a code is in none of the group's ranges,
   * so the group's wildcards were not chosen for it, and the look-up of every wildcard, most specific
   * first, finds what it matches.
   */
  private static CodeBlock number(int from, int length) {
    String type = length - from <= INT_DIGITS ? "int" : "long";
    CodeBlock.Builder number = CodeBlock.builder()
        .addStatement("$L number = 0", type)
        .beginControlFlow("for (int i = $L; i < $L; i++)", from, length)
        .addStatement("int digit = code.charAt(i) - '0'")
        .beginControlFlow("if (digit < 0 || digit > 9)");
    return number.addStatement("return null")
        .endControlFlow()
        .addStatement("number = 10 * number + digit")
        .endControlFlow()
        .build();
  }

  /**
   * {@code if (<code does not start with prefix>) return null;}, for the characters past the {@code
   * known} ones the caller has checked.
   */
  private static CodeBlock prefixCheck(String prefix, int known) {
    if (prefix.length() <= known) {
      return CodeBlock.of("");
    }
    return CodeBlock.builder()
        .beginControlFlow("if ($L)", MatchCode.joined(MatchCode.textAt(prefix.substring(known), known, "!="), "||"))
        .addStatement("return null")
        .endControlFlow()
        .build();
  }

  /** The checks of {@code candidates}, a part of a group's, {@code of} saying which part. */
  private MethodSpec rangeChunk(
      String name, String of, MatchPlan.RangeGroup group, List<ErrorEntry> candidates, int known) {
    int digits = group.length() - group.prefix().length();
    String codes = group.prefix().isEmpty()
        ? "Codes of " + digits + " digits"
        : "Codes {@code " + Javadoc.escape(group.prefix()) + "} then " + digits + " digits";
    boolean wildcards = candidates.stream().anyMatch(entry -> entry.code().get() instanceof CodeWildcard);
    MethodSpec.Builder method = code.lookup(name)
        .addJavadoc("$L\n", Javadoc.wrap(codes + ": the ranges that may hold them"
            + (wildcards ? ", and the wildcards more specific than some of those," : ",")
            + " most specific first" + of))
        .addCode(prefixCheck(group.prefix(), known))
        .addCode(number(group.prefix().length(), group.length()));
    String suffix = digits <= INT_DIGITS ? "" : "L";
    for (ErrorEntry entry : candidates) {
      if (entry.code().orElseThrow() instanceof CodeRange range) {
        method.addCode("// $L\n", range.text())
            .beginControlFlow("if (number >= $L$L && number <= $L$L)", range.low(), suffix, range.high(), suffix)
            .addStatement("return $T.$N", code.errorCode(), entry.name())
            .endControlFlow();
      } else {
        method.addCode(code.wildcardCheck((CodeWildcard) entry.code().orElseThrow(), entry, group.prefix(),
            group.prefix().length()));
      }
    }
    return method.addStatement("return null").build();
  }
}
