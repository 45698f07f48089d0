package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.errata.processor.model.CodeWildcard;
import dev.errata.processor.model.ErrorEntry;
import javax.lang.model.element.Modifier;

/**
 * What the matcher's writers share: where their methods go, the shape of a look-up method, a
 * wildcard's check, a chained call.
 */
final class MatchCode {

  private final ClassName errorCode;
  private final HelperPlacer placer;

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

  /** A private look-up of {@code code}: returns its entry, or {@code null}. */
  MethodSpec.Builder lookup(String name) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(errorCode)
        .addParameter(String.class, "code");
  }

  /** {@code if (<code fits wildcard>) return <entry>;}, the wildcard beside it as a comment. */
  CodeBlock wildcardCheck(CodeWildcard wildcard, ErrorEntry entry) {
    String text = wildcard.text();
    CodeBlock.Builder condition = CodeBlock.builder().add("code.length() == $L$>$>", text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == CodeWildcard.DIGIT) {
        condition.add("\n&& $T.isDigit(code.charAt($L))", RuntimeTypes.CODE_MATCHING, i);
        i++;
      } else if (c == CodeWildcard.LETTER_OR_DIGIT) {
        condition.add("\n&& $T.isLetterOrDigit(code.charAt($L))", RuntimeTypes.CODE_MATCHING, i);
        i++;
      } else {
        int end = i;
        while (end < text.length() && text.charAt(end) != CodeWildcard.DIGIT
            && text.charAt(end) != CodeWildcard.LETTER_OR_DIGIT) {
          end++;
        }
        if (end - i == 1) {
          condition.add("\n&& code.charAt($L) == $L", i, charLiteral(c));
        } else {
          condition.add("\n&& code.startsWith($S, $L)", text.substring(i, end), i);
        }
        i = end;
      }
    }
    condition.add("$<$<");
    return CodeBlock.builder()
        .add("// $L\n", text)
        .beginControlFlow("if ($L)", condition.build())
        .addStatement("return $T.$N", errorCode, entry.name())
        .endControlFlow()
        .build();
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
