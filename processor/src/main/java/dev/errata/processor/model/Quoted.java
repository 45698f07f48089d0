package dev.errata.processor.model;

/**
 * Text from a catalog as a message shows it: in double quotes, with every character that would not
 * show (line breaks, tabs, other controls, invisible format characters, no-break and other unusual
 * spaces) written as a Java escape, so that {@code "E100\n"} is not shown as a line break.
 */
public final class Quoted {

  private Quoted() {}

  /** {@code text} in double quotes, invisible characters escaped. */
  public static String of(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (isInvisible(c)) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A character that does not show as itself: a control, a format character, a space other than ' '. */
  static boolean isInvisible(char c) {
    return Character.isISOControl(c)
        || Character.getType(c) == Character.FORMAT
        || (c != ' ' && (Character.isWhitespace(c) || Character.isSpaceChar(c)));
  }
}
