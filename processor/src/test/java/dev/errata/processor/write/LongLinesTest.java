package dev.errata.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Long lines of generated code broken where Java allows, and long strings split into pieces of one constant. */
class LongLinesTest {

  @Test
  void aLongPermitsListBreaksAfterCommasWithinTheLimit() {
    StringBuilder header = new StringBuilder("public abstract sealed class BigException extends CatalogException permits ");
    for (int i = 0; i < 40; i++) {
      header.append(i == 0 ? "" : ", ").append("BigCode").append(i).append("Exception");
    }
    String wrapped = LongLines.wrap("package p;\n\n" + header + " {\n    int x;\n}\n");
    List<String> lines = wrapped.lines().toList();
    assertTrue(lines.stream().allMatch(line -> line.length() <= LongLines.LIMIT), wrapped);
    // Joined back, the lines are the header again.
    assertEquals(header + " {", String.join(" ", lines.subList(2, lines.size() - 2)).replaceAll(" +", " "), wrapped);
    assertTrue(lines.get(3).startsWith("        BigCode"), lines.get(3));
    assertEquals("    int x;", lines.get(lines.size() - 2));
  }

  @Test
  void aHeaderLongBeforeItsListPutsTheKeywordOnALineOfItsOwn() {
    String name = "A".repeat(100);
    String header = "public final class " + name + " implements ErrorCode, Comparable<" + name + "> {";
    List<String> lines = LongLines.wrap(header).lines().toList();
    assertEquals("public final class " + name, lines.get(0));
    assertTrue(lines.get(1).startsWith("        implements ErrorCode,"), lines.get(1));
  }

  @Test
  void javadocLinesPastTheLimitAreWrappedAndOtherLinesLeftAlone() {
    String javadoc = "    /**\n     * " + "word ".repeat(40).trim() + "\n     */";
    String code = "    String s = \"" + "x".repeat(130) + "\";";
    String wrapped = LongLines.wrap(javadoc + "\n" + code);
    for (String line : wrapped.lines().toList()) {
      assertTrue(line.length() <= LongLines.LIMIT || line.equals(code), line);
      assertTrue(!line.startsWith("     * ") || line.length() <= 100, line);
    }
    assertTrue(wrapped.endsWith(code));
  }

  @Test
  void longStringsAreSplitAtSpacesIntoPiecesThatJoinBack() {
    String text = "Authentication error. There is a problem with the JWT token (it is either expired, revoked or"
        + " invalid), and \"quotes\" and a \\ too, \u00e9 and \ud83d\ude00 and more words to go past two pieces.";
    List<String> pieces = Literals.pieces(text);
    assertTrue(pieces.size() >= 2, pieces.toString());
    assertEquals(text, String.join("", pieces));
    assertTrue(pieces.get(0).endsWith(" "), pieces.get(0));
    assertEquals(List.of("short"), Literals.pieces("short"));
    // No space to break at: cut at the limit, never between the halves of one character.
    String emoji = "\ud83d\ude00".repeat(60);
    List<String> cut = Literals.pieces(emoji);
    assertEquals(emoji, String.join("", cut));
    assertTrue(cut.stream().noneMatch(piece -> Character.isHighSurrogate(piece.charAt(piece.length() - 1))));
  }

  @Test
  void javadocTextIsWrappedAtWords() {
    String text = "one two three ".repeat(20).trim();
    String wrapped = Javadoc.wrap(text);
    assertTrue(wrapped.lines().allMatch(line -> line.length() <= Javadoc.WIDTH), wrapped);
    assertEquals(text, wrapped.replace('\n', ' '));
    assertEquals("keeps\nits breaks", Javadoc.wrap("keeps\nits   breaks"));
  }
}
