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
   * length is the wildcard's: every caller has checked it.
   */
  CodeBlock wildcardCheck(CodeWildcard wildcard, ErrorEntry entry) {
    String text = wildcard.text();
    List<CodeBlock> conditions = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == CodeWildcard.DIGIT) {
        conditions.add(CodeBlock.of("$T.isDigit(code.charAt($L))", RuntimeTypes.CODE_MATCHING, i));
        i++;
      } else if (c == CodeWildcard.LETTER_OR_DIGIT) {
        conditions.add(CodeBlock.of("$T.isLetterOrDigit(code.charAt($L))", RuntimeTypes.CODE_MATCHING, i));
        i++;
      } else {
        int end = i;
        while (end < text.length() && text.charAt(end) != CodeWildcard.DIGIT
            && text.charAt(end) != CodeWildcard.LETTER_OR_DIGIT) {
          end++;
        }
        conditions.add(end - i == 1
            ? CodeBlock.of("code.charAt($L) == $L", i, charLiteral(c))
            : CodeBlock.of("code.startsWith($S, $L)", text.substring(i, end), i));
        i = end;
      }
    }
    // A wildcard holds an x or a *, so there is at least one condition.
    return CodeBlock.builder()
        .add("// $L\n", text)
        .beginControlFlow("if ($L)", joined(conditions))
        .addStatement("return $T.$N", errorCode, entry.name())
        .endControlFlow()
        .build();
  }

  /** The conditions, one a line after the first, each continued line indented twice. */
  private static CodeBlock joined(List<CodeBlock> conditions) {
    CodeBlock.Builder joined = CodeBlock.builder().add(conditions.get(0));
    if (conditions.size() > 1) {
      joined.add("$>$>");
      for (int at = 1; at < conditions.size(); at++) {
        joined.add("\n&& $L", conditions.get(at));
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
