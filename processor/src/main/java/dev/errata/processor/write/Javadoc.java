package dev.errata.processor.write;

import com.palantir.javapoet.CodeBlock;

/** Turns catalog text (descriptions written by users) into safe Javadoc, and long text into short lines. */
final class Javadoc {

  /**
   * The longest line of Javadoc text: with the deepest member's indentation and {@code " * "} before it,
   * generated lines stay within {@link LongLines#LIMIT}.
   */
  static final int WIDTH = 96;

  private Javadoc() {}

  /**
   * Escapes what Javadoc or Java would read as markup: HTML, {@code @} tags, a closing comment; the
   * result is emitted with {@code $L}, so JavaPoet's {@code $} needs no care.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '@' -> out.append("&#64;");
        case '/' -> out.append(i > 0 && text.charAt(i - 1) == '*' ? "&#47;" : "/");
        case '\\' -> out.append("&#92;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A Javadoc block: {@code summary} then, if present, the escaped description as a paragraph. */
  static CodeBlock of(String summary, String description) {
    CodeBlock.Builder doc = CodeBlock.builder().add("$L\n", wrap(summary));
    if (description != null && !description.isEmpty()) {
      doc.add("\n<p>$L\n", wrap(escape(description)));
    }
    return doc.build();
  }

  /**
   * {@code text} broken at spaces into lines of at most {@link #WIDTH} characters (a word longer than
   * that keeps a line of its own); its own line breaks stay. Runs of spaces become one, as HTML shows
   * them.
   */
  static String wrap(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    String[] lines = text.split("\n", -1);
    for (int l = 0; l < lines.length; l++) {
      if (l > 0) {
        out.append('\n');
      }
      int length = 0;
      for (String word : lines[l].split(" ")) {
        if (word.isEmpty()) {
          continue;
        }
        if (length > 0 && length + 1 + word.length() > WIDTH) {
          out.append('\n');
          length = 0;
        } else if (length > 0) {
          out.append(' ');
          length++;
        }
        out.append(word);
        length += word.length();
      }
    }
    return out.toString();
  }
}
