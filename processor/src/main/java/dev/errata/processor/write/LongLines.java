package dev.errata.processor.write;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps generated lines within {@value #LIMIT} characters where JavaPoet writes one line whatever its
 * length: a class header's {@code permits} and {@code implements} lists, which for a catalog of
 * thousands of codes name thousands of classes, and Javadoc lines, whose indentation JavaPoet adds.
 * Code is written short by the writers themselves (long strings split, arguments wrapped).
 */
public final class LongLines {

  /** The longest line generated code has, a single token longer than that aside. */
  public static final int LIMIT = 120;

  /** The width Javadoc lines over the limit are wrapped to, indentation included. */
  private static final int JAVADOC_WIDTH = 100;

  /** The patterns of long lines, compiled when a file first has one. */
  private static final class Patterns {
    static final Pattern JAVADOC_LINE = Pattern.compile("( *\\* )(.*)");

    static final Pattern TYPE_HEADER = Pattern.compile(
        "\\s*(?:(?:public|protected|private|static|final|abstract|sealed|non-sealed|strictfp) )*"
            + "(?:class|interface|enum|record|@interface) .*\\{");
  }

  private LongLines() {}

  /** {@code source} with every type header longer than the limit broken after commas. */
  public static String wrap(String source) {
    StringBuilder out = new StringBuilder(source.length() + 64);
    int start = 0;
    while (start < source.length()) {
      int end = source.indexOf('\n', start);
      String line = end < 0 ? source.substring(start) : source.substring(start, end);
      if (line.length() > LIMIT) {
        wrap(line, out);
      } else {
        out.append(line);
      }
      if (end < 0) {
        break;
      }
      out.append('\n');
      start = end + 1;
    }
    return out.toString();
  }

  private static void wrap(String line, StringBuilder out) {
    Matcher javadoc = Patterns.JAVADOC_LINE.matcher(line);
    if (Patterns.TYPE_HEADER.matcher(line).matches()) {
      wrapHeader(line, out);
    } else if (javadoc.matches()) {
      wrapJavadoc(javadoc.group(1), javadoc.group(2), out);
    } else {
      out.append(line);
    }
  }

  /** Fills Javadoc lines greedily at spaces, each starting with {@code prefix}. */
  private static void wrapJavadoc(String prefix, String text, StringBuilder out) {
    StringBuilder current = new StringBuilder(prefix);
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      if (current.length() > prefix.length() && current.length() + 1 + word.length() > JAVADOC_WIDTH) {
        out.append(current).append('\n');
        current = new StringBuilder(prefix);
      } else if (current.length() > prefix.length()) {
        current.append(' ');
      }
      current.append(word);
    }
    out.append(current);
  }

  /** Fills lines greedily, breaking after a comma, continuation lines indented eight further. */
  private static void wrapHeader(String line, StringBuilder out) {
    int indent = 0;
    while (indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    String continuation = " ".repeat(indent + 8);
    String[] parts = line.substring(indent).split(", ");
    StringBuilder current = new StringBuilder(" ".repeat(indent));
    String first = parts[0];
    int keyword = Math.max(first.lastIndexOf(" permits "), first.lastIndexOf(" implements "));
    if (indent + first.length() > LIMIT && keyword > 0) {
      // Long before its list: the list's keyword starts a line of its own.
      out.append(" ".repeat(indent)).append(first, 0, keyword).append('\n');
      current = new StringBuilder(continuation);
      first = first.substring(keyword + 1);
    }
    current.append(first);
    for (int i = 1; i < parts.length; i++) {
      // The comma stays on the line it ends, and counts.
      if (current.length() + 2 + parts[i].length() + 1 > LIMIT) {
        out.append(current).append(",\n");
        current = new StringBuilder(continuation).append(parts[i]);
      } else {
        current.append(", ").append(parts[i]);
      }
    }
    out.append(current);
  }
}
