package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The matcher of a catalog whose exact codes share hash codes ({@code "Aa"} and {@code "BB"} have the
 * same, so every {@code "Aa<n>"} has the hash of {@code "BB<n>"}): no table of hash codes tells them
 * apart, so {@code exact} switches on a key of a few characters instead; in one method up to eight
 * codes, in a tree of small methods past that. The code it generates, and what it matches.
 */
class ExactHashMatcherTest {

  private static final Pattern CALL = Pattern.compile("case \\d+ -> (exact\\w+)\\(code, key\\); // (.*)");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");

  private static GeneratedMatcher compile(String name, List<String> codes) throws ReflectiveOperationException {
    return GeneratedMatcher.compile(name, codes);
  }

  private static List<String> colliding(int pairs) {
    List<String> codes = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      codes.add("Aa" + i);
      codes.add("BB" + i);
    }
    return codes;
  }

  private static void matchesEveryCodeAndNoOther(GeneratedMatcher generated, List<String> codes)
      throws ReflectiveOperationException {
    for (int i = 0; i < codes.size(); i++) {
      assertWithMessage("match(%s)", codes.get(i)).that(generated.match(codes.get(i))).isEqualTo("C" + i);
    }
    for (String other : List.of("Aa", "BB", "Ab0", "AA0", "Ba0", "BB" + codes.size(), "xAa0", "Aa0x", "")) {
      assertWithMessage("match(%s)", other).that(generated.match(other)).isEqualTo("UNKNOWN");
    }
  }

  @Test
  void eightCodesAreOneSwitchOnTheirKey() throws ReflectiveOperationException {
    List<String> codes = new ArrayList<>(colliding(3));
    codes.add("C1");
    codes.add("C223");
    GeneratedMatcher generated = compile("Few", codes);
    assertThat(generated.methods().keySet()).containsExactly("exact");
    String exact = generated.methods().get("exact");
    // Two to four characters: the length goes into the key, with the characters that tell the codes apart.
    assertThat(exact).contains("int length = code.length();\n        if (length < 2 || length > 4) {\n"
        + "            return null;\n        }\n        int key = length;\n        key = 31 * key + code.charAt(");
    assertThat(exact).containsMatch("return switch \\(\\(key \\* 0x[0-9a-f]{8}\\) >>> 29\\) \\{");
    for (String code : codes) {
      assertThat(exact).containsMatch("case \\d+ -> \"" + code + "\"\\.equals\\(code\\) \\? FewErrorCode\\.C\\d+ : null;");
    }
    assertThat(generated.source()).contains("The entry of an exact code, or {@code null}: the code's length and");
    assertThat(generated.source()).doesNotContain("EXACT");
    matchesEveryCodeAndNoOther(generated, codes);
  }

  @Test
  void codesOfOneLengthCheckTheLengthAndReadOnlyCharacters() throws ReflectiveOperationException {
    List<String> codes = colliding(4);
    GeneratedMatcher generated = compile("Even", codes);
    String exact = generated.methods().get("exact");
    assertThat(exact).contains("if (length != 3) {");
    assertThat(exact).doesNotContain("int key = length;");
    assertThat(exact).containsMatch("int key = code\\.charAt\\(\\d\\);");
    matchesEveryCodeAndNoOther(generated, codes);
  }

  @Test
  void nineCodesSpreadOverBuckets() throws ReflectiveOperationException {
    List<String> codes = colliding(4);
    codes.add("Aa9");
    GeneratedMatcher generated = compile("Nine", codes);
    // Nine codes, a bucket for each six: one bit of the key's product picks one of two buckets.
    assertThat(generated.methods().keySet()).containsExactly("exact", "exact0", "exact1").inOrder();
    assertThat(generated.methods().get("exact")).containsMatch("return switch \\(\\(key \\* 0x[0-9a-f]{8}\\) >>> 31\\) \\{");
    matchesEveryCodeAndNoOther(generated, codes);
  }

  @Test
  void manyCodesAreATreeOfSmallMethodsWhoseCommentsSayWhatIsUnderThem() throws ReflectiveOperationException {
    List<String> codes = colliding(150);
    GeneratedMatcher generated = compile("Many", codes);
    // 300 codes, about six a bucket: 32 buckets, numbered by five bits, four read first, then one.
    Map<String, String> methods = generated.methods();
    assertThat(methods.get("exact")).containsMatch("return switch \\(\\(key \\* (0x[0-9a-f]{8})\\) >>> 28\\) \\{");
    Map<String, List<String>> codesOf = new LinkedHashMap<>();
    int leaves = 0;
    for (Map.Entry<String, String> method : methods.entrySet()) {
      String name = method.getKey();
      String body = method.getValue();
      if (name.matches("exact\\d+")) {
        assertWithMessage("%s", name).that(body).containsMatch(
            "return switch \\(\\(\\(key \\* 0x[0-9a-f]{8}\\) >>> 27\\) & 1\\) \\{");
      }
      if (name.matches("exact\\d+_\\d")) {
        leaves++;
        List<String> in = new ArrayList<>();
        Matcher quoted = Pattern.compile("\"([^\"]+)\"\\.equals\\(code\\)").matcher(body);
        while (quoted.find()) {
          in.add(quoted.group(1));
        }
        codesOf.put(name, in);
      }
    }
    assertThat(leaves).isAtLeast(20);
    assertThat(codesOf.values().stream().mapToInt(List::size).sum()).isEqualTo(300);

    int checkedLists = 0;
    for (Map.Entry<String, String> method : methods.entrySet()) {
      Matcher call = CALL.matcher(method.getValue());
      while (call.find()) {
        String callee = call.group(1);
        String comment = call.group(2);
        List<String> under = new ArrayList<>();
        codesOf.forEach((leaf, in) -> {
          if (leaf.equals(callee) || leaf.startsWith(callee + "_")) {
            under.addAll(in);
          }
        });
        if (!callee.contains("_")) {
          assertWithMessage("comment of %s", callee).that(comment).isEqualTo(under.size() + " codes");
          continue;
        }
        // As many codes as fit in 40 characters, then how many more.
        Matcher more = Pattern.compile("(.*?)(?: and (\\d+) more)?").matcher(comment);
        assertThat(more.matches()).isTrue();
        String list = more.group(1);
        assertWithMessage("comment of %s", callee).that(list.length()).isAtMost(40);
        List<String> shown = new ArrayList<>();
        Matcher code = QUOTED.matcher(list);
        while (code.find()) {
          shown.add(code.group(1));
        }
        assertWithMessage("comment of %s", callee).that(String.join(", ", shown.stream().map(s -> "\"" + s + "\"").toList()))
            .isEqualTo(list);
        assertWithMessage("comment of %s", callee).that(under).containsAtLeastElementsIn(shown);
        int hidden = more.group(2) == null ? 0 : Integer.parseInt(more.group(2));
        assertWithMessage("comment of %s", callee).that(shown.size() + hidden).isEqualTo(under.size());
        if (hidden > 0) {
          // The next code would not have fit after ", ": not even the longest of those left out did.
          int longest = under.stream().filter(c -> !shown.contains(c)).mapToInt(c -> c.length() + 2).max().orElseThrow();
          assertWithMessage("comment of %s", callee).that(list.length() + 2 + longest).isGreaterThan(40);
        }
        checkedLists++;
      }
    }
    assertThat(checkedLists).isEqualTo(leaves);
    matchesEveryCodeAndNoOther(generated, codes);
  }
}
