package dev.errata.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.errata.processor.model.CodeWildcard;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.MatchPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the matcher's look-up of wildcards: a {@code switch} on the code's length, then on its first
 * character when every wildcard of that length starts with a fixed one; then the wildcards in the
 * plan's order, most specific first.
 */
final class WildcardMatchWriter {

  private final MatchCode code;

  WildcardMatchWriter(MatchCode code) {
    this.code = code;
  }

  /** Wildcards by code length, most specific first; returns the call. */
  CodeBlock write(MatchPlan plan) {
    int at = code.placer().mark();
    Switches.Statement byLength = Switches.statement(CodeBlock.of("code.length()"));
    for (Map.Entry<Integer, List<ErrorEntry>> length : plan.wildcardsByLength().entrySet()) {
      Map<Character, List<ErrorEntry>> byFirst = byFirstCharacter(length.getValue());
      CodeBlock calls;
      if (byFirst.isEmpty()) {
        calls = wildcardCalls(length.getKey(), "", length.getValue());
      } else {
        // Every wildcard of this length starts with a fixed character: only those of the code's can.
        Switches.Statement byCharacter = Switches.statement(CodeBlock.of("code.charAt(0)"));
        for (Map.Entry<Character, List<ErrorEntry>> first : byFirst.entrySet()) {
          byCharacter.when(CodeBlock.of("$L", MatchCode.charLiteral(first.getKey())),
              wildcardCalls(length.getKey(), String.valueOf(first.getKey()), first.getValue()));
        }
        calls = byCharacter.end();
      }
      byLength.when(CodeBlock.of("$L", length.getKey()), calls);
    }
    code.placer().insert(at, code.lookup("wildcard")
        .addJavadoc("The most specific wildcard containing {@code code}, or {@code null}.\n")
        .addCode(byLength.end())
        .addStatement("return null")
        .build());
    return CodeBlock.of("wildcard(code)");
  }

  /**
   * The wildcards by their first character, in the same order within each; empty when some wildcard
   * starts with an {@code x} or {@code *}, or when there are too many characters for one switch.
   */
  private static Map<Character, List<ErrorEntry>> byFirstCharacter(List<ErrorEntry> wildcards) {
    Map<Character, List<ErrorEntry>> byFirst = new TreeMap<>();
    for (ErrorEntry entry : wildcards) {
      char first = entry.codeText().charAt(0);
      if (first == CodeWildcard.DIGIT || first == CodeWildcard.LETTER_OR_DIGIT) {
        return Map.of();
      }
      byFirst.computeIfAbsent(first, key -> new ArrayList<>()).add(entry);
    }
    return byFirst.size() <= Chunks.SWITCH_CASES ? byFirst : Map.of();
  }

  /**
   * Statements that try {@code wildcards}, all of {@code length} and starting with {@code first} (or
   * any character when empty), in order, in methods of a bounded size, and return.
   */
  private CodeBlock wildcardCalls(int length, String first, List<ErrorEntry> wildcards) {
    CodeBlock.Builder calls = CodeBlock.builder();
    List<List<ErrorEntry>> chunks = Chunks.split(wildcards, Chunks.PATTERN_CHECKS);
    String name = code.uniqueName("wildcards", first, "Length" + length);
    String codes = "Wildcards of length " + length
        + (first.isEmpty() ? "" : " starting {@code " + Javadoc.escape(first) + "}");
    for (int i = 0; i < chunks.size(); i++) {
      MethodSpec.Builder chunk = code.lookup(chunks.size() == 1 ? name : name + "Part" + (i + 1))
          .addJavadoc("$L\n", Javadoc.wrap(codes + ", most specific first"
              + (chunks.size() == 1 ? "." : ": part " + (i + 1) + " of " + chunks.size() + ".")));
      for (ErrorEntry entry : chunks.get(i)) {
        chunk.addCode(code.wildcardCheck((CodeWildcard) entry.code().orElseThrow(), entry, first, -1));
      }
      CodeBlock call = code.placer().place(chunk.addStatement("return null").build(), chunks.get(i).size());
      calls.add(code.returnFirstMatch(call, i, i == chunks.size() - 1));
    }
    return calls.build();
  }
}
