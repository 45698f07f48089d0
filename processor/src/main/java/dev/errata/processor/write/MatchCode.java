package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.errata.processor.model.CodeWildcard;
import dev.errata.processor.model.ErrorEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * What the matcher's writers share: where their methods go, the shape of a look-up method, a
 * wildcard's check, a chained call.
 */
final class MatchCode {

  /** Most characters of fixed text checked one {@code charAt} each rather than by {@code startsWith}. */
  static final int CHARACTERS_BY_CHAR_AT = 4;

  private final ClassName errorCode;
  private final HelperPlacer placer;
  private final Set<String> names = new HashSet<>();

  MatchCode(ClassName errorCode, HelperPlacer placer) {
    this.errorCode = errorCode;
    this.placer = placer;
  }

  /** Where the look-up methods go. */
  HelperPlacer placer() {
    return placer;
  }

  /** The code enum (or enum-like class) look-ups return. */
  ClassName errorCode() {
    return errorCode;
  }

  /**
   * A method name for what {@code parts} name, such as {@code rangesELength4} for the prefix
   * {@code E} and length 4: each part's ASCII letters and digits, anything else as {@code _}, with
   * a number after it when another method has that name.
   */
  String uniqueName(String... parts) {
    StringBuilder name = new StringBuilder();
    for (String part : parts) {
      for (int i = 0; i < part.length(); i++) {
        char c = part.charAt(i);
        boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        name.append(plain ? c : '_');
      }
    }
    String unique = name.toString();
    for (int n = 2; !names.add(unique); n++) {
      unique = name + "_" + n;
    }
    return unique;
  }

  /** The text of a comment that names a prefix: {@code prefix "E"}, or {@code no prefix}. */
  static String prefixComment(String prefix) {
    return prefix.isEmpty() ? "no prefix" : "prefix " + CodeBlock.of("$S", prefix);
  }

  /** A private look-up of {@code code}: returns its entry, or {@code null}. */
  MethodSpec.Builder lookup(String name) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(errorCode)
        .addParameter(String.class, "code");
  }

  /**
   * {@code if (<code fits wildcard>) return <entry>;}, the wildcard beside it as a comment. The code's
   * length is the wildcard's: every caller has checked it. What a caller has checked of the code is
   * not checked again: its first {@code known.length()} characters are {@code known}, and from
   * {@code digitsFrom} on (when not negative) it holds only digits.
   */
  CodeBlock wildcardCheck(CodeWildcard wildcard, ErrorEntry entry, String known, int digitsFrom) {
    String text = wildcard.text();
    List<CodeBlock> conditions = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isKnown(c, i, known, digitsFrom)) {
        i++;
      } else if (c == CodeWildcard.DIGIT) {
        conditions.add(CodeBlock.of("$T.isDigit(code.charAt($L))", RuntimeTypes.CODE_MATCHING, i));
        i++;
      } else if (c == CodeWildcard.LETTER_OR_DIGIT) {
        conditions.add(CodeBlock.of("$T.isLetterOrDigit(code.charAt($L))", RuntimeTypes.CODE_MATCHING, i));
        i++;
      } else {
        int end = i;
        while (end < text.length() && text.charAt(end) != CodeWildcard.DIGIT
            && text.charAt(end) != CodeWildcard.LETTER_OR_DIGIT && !isKnown(text.charAt(end), end, known, digitsFrom)) {
          end++;
        }
        conditions.addAll(textAt(text.substring(i, end), i, "=="));
        i = end;
      }
    }
    if (conditions.isEmpty()) {
      // The wildcard holds every code the caller can pass (as wide as a range group it is tried in):
      // its last position's own check, true here, keeps the candidates after it reachable for javac.
      conditions.add(CodeBlock.of("$T.$L(code.charAt($L))", RuntimeTypes.CODE_MATCHING,
          text.charAt(text.length() - 1) == CodeWildcard.DIGIT ? "isDigit" : "isLetterOrDigit", text.length() - 1));
    }
    return CodeBlock.builder()
        .add("// $L\n", text)
        .beginControlFlow("if ($L)", joined(conditions, "&&"))
        .addStatement("return $T.$N", errorCode, entry.name())
        .endControlFlow()
        .build();
  }

  /** Whether the wildcard's character {@code c} at {@code i} admits whatever the caller knows is there. */
  private static boolean isKnown(char c, int i, String known, int digitsFrom) {
    if (i < known.length()) {
      char k = known.charAt(i);
      return CodeWildcard.admits(c, k);
    }
    return digitsFrom >= 0 && i >= digitsFrom && (c == CodeWildcard.DIGIT || c == CodeWildcard.LETTER_OR_DIGIT);
  }

  /**
   * Conditions that the code holds {@code text} at {@code from} ({@code op} {@code "=="}), or does not
   * ({@code "!="}, to be joined by {@code ||}): a {@code charAt} test a character, as a JIT compiles
   * them to a few loads, up to {@value #CHARACTERS_BY_CHAR_AT} characters; one {@code startsWith} past that.
   */
  static List<CodeBlock> textAt(String text, int from, String op) {
    if (text.length() > CHARACTERS_BY_CHAR_AT) {
      return List.of(CodeBlock.of("$Lcode.startsWith($S, $L)", op.equals("==") ? "" : "!", text, from));
    }
    List<CodeBlock> conditions = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      conditions.add(CodeBlock.of("code.charAt($L) $L $L", from + i, op, charLiteral(text.charAt(i))));
    }
    return conditions;
  }

  /** Joins conditions by {@code op}, one a line after the first, each continued line indented twice. */
  static CodeBlock joined(List<CodeBlock> conditions, String op) {
    CodeBlock.Builder joined = CodeBlock.builder().add(conditions.get(0));
    if (conditions.size() > 1) {
      joined.add("$>$>");
      for (int at = 1; at < conditions.size(); at++) {
        joined.add("\n$L $L", op, conditions.get(at));
      }
      joined.add("$<$<");
    }
    return joined.build();
  }

  /** The Java literal of a {@code char}. */
  static String charLiteral(char c) {
    return switch (c) {
      case '\'' -> "'\\''";
      case '\\' -> "'\\\\'";
      default -> c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("'\\u%04x'", (int) c);
    };
  }

  /**
   * Returns what the chunk method called by {@code call} matched: the last chunk's answer whatever it
   * is, an earlier chunk's when it matched, else on to the next chunk.
   */
  CodeBlock returnFirstMatch(CodeBlock call, int chunk, boolean last) {
    if (last) {
      return CodeBlock.builder().addStatement("return $L", call).build();
    }
    return CodeBlock.builder()
        .addStatement("$T match$L = $L", errorCode, chunk, call)
        .beginControlFlow("if (match$L != null)", chunk)
        .addStatement("return match$L", chunk)
        .endControlFlow()
        .build();
  }
}
