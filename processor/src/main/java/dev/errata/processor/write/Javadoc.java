package dev.errata.processor.write;

import com.palantir.javapoet.CodeBlock;

/** Turns catalog text (descriptions written by users) into safe Javadoc. */
final class Javadoc {

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
    CodeBlock.Builder doc = CodeBlock.builder().add("$L\n", summary);
    if (description != null && !description.isEmpty()) {
      doc.add("\n<p>$L\n", escape(description));
    }
    return doc.build();
  }
}
