package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


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
    assertWithMessage("%s", wrapped).that(lines.stream().allMatch(line -> line.length() <= LongLines.LIMIT)).isTrue();
    // Joined back, the lines are the header again.
    assertWithMessage("%s", wrapped).that(String.join(" ", lines.subList(2, lines.size() - 2)).replaceAll(" +", " ")).isEqualTo(header + " {");
    assertThat(lines.get(3)).startsWith("        BigCode");
    assertThat(lines.get(lines.size() - 2)).isEqualTo("    int x;");
  }

  @Test
  void aHeaderLongBeforeItsListPutsTheKeywordOnALineOfItsOwn() {
    String name = "A".repeat(100);
    String header = "public final class " + name + " implements ErrorCode, Comparable<" + name + "> {";
    List<String> lines = LongLines.wrap(header).lines().toList();
    assertThat(lines.get(0)).isEqualTo("public final class " + name);
    assertThat(lines.get(1)).startsWith("        implements ErrorCode,");
  }

  @Test
  void javadocLinesPastTheLimitAreWrappedAndOtherLinesLeftAlone() {
    String javadoc = "    /**\n     * " + "word ".repeat(40).trim() + "\n     */";
    String code = "    String s = \"" + "x".repeat(130) + "\";";
    String wrapped = LongLines.wrap(javadoc + "\n" + code);
    for (String line : wrapped.lines().toList()) {
      assertWithMessage("%s", line).that(line.length() <= LongLines.LIMIT || line.equals(code)).isTrue();
      assertWithMessage("%s", line).that(!line.startsWith("     * ") || line.length() <= 100).isTrue();
    }
    assertThat(wrapped).endsWith(code);
  }

  @Test
  void longStringsAreSplitAtSpacesIntoPiecesThatJoinBack() {
    String text = "Authentication error. There is a problem with the JWT token (it is either expired, revoked or"
        + " invalid), and \"quotes\" and a \\ too, \u00e9 and \ud83d\ude00 and more words to go past two pieces.";
    List<String> pieces = Literals.pieces(text);
    assertWithMessage("%s", pieces).that(pieces.size() >= 2).isTrue();
    assertThat(String.join("", pieces)).isEqualTo(text);
    assertThat(pieces.get(0)).endsWith(" ");
    assertThat(Literals.pieces("short")).isEqualTo(List.of("short"));
    // No space to break at: cut at the limit, never between the halves of one character.
    String emoji = "\ud83d\ude00".repeat(60);
    List<String> cut = Literals.pieces(emoji);
    assertThat(String.join("", cut)).isEqualTo(emoji);
    assertThat(cut.stream().noneMatch(piece -> Character.isHighSurrogate(piece.charAt(piece.length() - 1)))).isTrue();
  }

  @Test
  void aLiteralIsCutAtItsEscapedLength() {
    // Exactly a piece long: one piece.
    assertThat(Literals.pieces("z".repeat(Literals.PIECE))).containsExactly("z".repeat(Literals.PIECE));
    // A space past half a piece is where it breaks; one at exactly half is too early, so the cut is at the limit.
    String late = "x".repeat(50) + " " + "y".repeat(50);
    assertThat(Literals.pieces(late)).containsExactly("x".repeat(50) + " ", "y".repeat(50)).inOrder();
    String early = "x".repeat(Literals.PIECE / 2 - 1) + " " + "y".repeat(60);
    assertThat(Literals.pieces(early)).containsExactly(
        "x".repeat(Literals.PIECE / 2 - 1) + " " + "y".repeat(Literals.PIECE / 2), "y".repeat(16)).inOrder();
    // A quote is two characters once escaped, a control character six (backslash, u and four digits).
    assertThat(Literals.pieces("\"".repeat(45))).containsExactly("\"".repeat(44), "\"").inOrder();
    assertThat(Literals.pieces("\u0001".repeat(15))).containsExactly("\u0001".repeat(14), "\u0001").inOrder();
    // The limit falls after the first half of a pair: the piece ends one earlier.
    String pairs = "a" + "\ud83d\ude00".repeat(60);
    List<String> cut = Literals.pieces(pairs);
    assertThat(cut.get(0)).hasLength(Literals.PIECE - 1);
    assertThat(String.join("", cut)).isEqualTo(pairs);
  }

  @Test
  void javadocTextIsWrappedAtWords() {
    String text = "one two three ".repeat(20).trim();
    String wrapped = Javadoc.wrap(text);
    assertWithMessage("%s", wrapped).that(wrapped.lines().allMatch(line -> line.length() <= Javadoc.WIDTH)).isTrue();
    assertThat(wrapped.replace('\n', ' ')).isEqualTo(text);
    assertThat(Javadoc.wrap("keeps\nits   breaks")).isEqualTo("keeps\nits breaks");
  }
}
