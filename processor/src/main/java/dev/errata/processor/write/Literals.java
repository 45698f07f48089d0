package dev.errata.processor.write;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * String literals for generated code, kept within {@link LongLines#LIMIT}: a long one (a description)
 * becomes a concatenation of pieces broken at spaces, one piece a line, which the compiler joins
 * back into the same constant.
 */
final class Literals {

  /** The most characters of one piece, escapes counted, so that its line fits with room to spare. */
  static final int PIECE = 88;

  private Literals() {}

  /** {@code $S} for {@code text}, split into {@code "..." + "..."} lines when long. */
  static CodeBlock string(String text) {
    List<String> pieces = pieces(text);
    if (pieces.size() == 1) {
      return CodeBlock.of("$S", text);
    }
    CodeBlock.Builder literal = CodeBlock.builder().add("$S", pieces.get(0)).add("$>");
    for (int i = 1; i < pieces.size(); i++) {
      literal.add("\n+ $S", pieces.get(i));
    }
    return literal.add("$<").build();
  }

  /** The pieces of {@code text}, each ending after a space where one comes soon enough. */
  static List<String> pieces(String text) {
    List<String> pieces = new ArrayList<>();
    int start = 0;
    while (escapedLength(text, start, text.length()) > PIECE) {
      int end = start;
      int lastBreak = -1;
      while (end < text.length() && escapedLength(text, start, end + 1) <= PIECE) {
        if (text.charAt(end) == ' ') {
          lastBreak = end + 1;
        }
        end++;
      }
      if (lastBreak > start + PIECE / 2) {
        end = lastBreak;
      } else if (end > start && Character.isHighSurrogate(text.charAt(end - 1))) {
        // Never between the two halves of one character.
        end--;
      }
      pieces.add(text.substring(start, end));
      start = end;
    }
    pieces.add(text.substring(start));
    return pieces;
  }

  /** How long {@code text[from, to)} is once JavaPoet has escaped it. */
  private static int escapedLength(String text, int from, int to) {
    int length = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\' || c == '\b' || c == '\t' || c == '\n' || c == '\f' || c == '\r') {
        length += 2;
      } else if (Character.isISOControl(c)) {
        length += 6;
      } else {
        length++;
      }
    }
    return length;
  }
}
