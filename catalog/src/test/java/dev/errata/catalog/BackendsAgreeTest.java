package dev.errata.catalog;

import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Jackson 3 and Jackson 2 backends, side by side in one run: the same tokens, names and texts for
 * the same bodies, failures of the same kind, the same bytes written. The per-backend runs of the other
 * tests prove each on its own; this one runs wherever both are present (the mutation profile's run too).
 */
class BackendsAgreeTest {

  private static final DecodeLimits LIMITS = new DecodeLimits(4_096, 8, 64, 10);

  private static final List<String> BODIES = List.of(
      "{\"Status\": \"ERROR\", \"Error\": {\"Code\": \"E201\", \"Type\": null, \"n\": [1, -2500.0, true, false]}}",
      "[\"a\\u00e9\\n\\\"\", {}, [], 0]",
      "\"\\ud83d\\ude00 and text\"",
      "{\"a\": {\"b\": {\"c\": 12345678901234567890}}}",
      "{\"unclosed\": [1, 2",
      "{\"bad\": tru}",
      "{'single': 1}",
      "{\"deep\": [[[[[[[[[[1]]]]]]]]]]}",
      "{\"long\": \"" + "x".repeat(100) + "\"}",
      "{\"number\": 123456789012345}",
      "{} {}",
      "");

  private static boolean bothPresent() {
    try {
      Class.forName("tools.jackson.core.json.JsonFactory");
      Class.forName("com.fasterxml.jackson.core.JsonFactory");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** Every token of {@code body} as text ("NAME Status", "STRING ERROR", ...), then the failure's kind if any. */
  private static List<String> read(JsonBackend backend, String body) {
    List<String> seen = new ArrayList<>();
    try (JsonTokens tokens = backend.tokens(body.getBytes(UTF_8))) {
      for (JsonTokens.Token token = tokens.next(); token != null; token = tokens.next()) {
        if (tokens.current() != token) {
          seen.add("current() " + tokens.current() + " after next() " + token);
        }
        seen.add(token + (token == JsonTokens.Token.NAME ? " " + tokens.name()
            : token.isStructStart() || token.isStructEnd() ? "" : " " + tokens.text()));
      }
    } catch (JsonException e) {
      seen.add("failure " + e.kind());
    }
    return seen;
  }

  @Test
  void bothBackendsReadEveryBodyAlike() {
    assumeTrue(bothPresent(), "needs both Jacksons");
    JsonBackend jackson3 = new Jackson3Backend(LIMITS, 8);
    JsonBackend jackson2 = new Jackson2Backend(LIMITS, 8);
    assertWithMessage("names").that(List.of(jackson3.name(), jackson2.name())).containsExactly("jackson3", "jackson2");
    for (String body : BODIES) {
      List<String> expected = read(jackson3, body);
      assertWithMessage("%s", body).that(read(jackson2, body)).isEqualTo(expected);
    }
    // Not a vacuous comparison: the first body reads to its tokens (a decimal as its double, on both),
    // the limits and syntax errors fail.
    assertWithMessage("first body").that(read(jackson2, BODIES.get(0))).containsAtLeast(
        "NAME Status", "STRING ERROR", "NAME Code", "STRING E201", "NULL null", "NUMBER -2500.0", "TRUE true").inOrder();
    assertWithMessage("a deep body").that(read(jackson2, BODIES.get(7))).contains("failure LIMIT");
    assertWithMessage("a long string").that(read(jackson2, BODIES.get(8))).contains("failure LIMIT");
    assertWithMessage("a long number").that(read(jackson2, BODIES.get(9))).contains("failure LIMIT");
    assertWithMessage("bad JSON").that(read(jackson2, BODIES.get(5))).contains("failure SYNTAX");
  }

  @Test
  void bothBackendsWriteTheSameBytes() throws JsonException {
    assumeTrue(bothPresent(), "needs both Jacksons");
    JsonBackend jackson3 = new Jackson3Backend(LIMITS, 8);
    JsonBackend jackson2 = new Jackson2Backend(LIMITS, 8);
    for (String body : List.of(BODIES.get(0), BODIES.get(1), BODIES.get(2), BODIES.get(3))) {
      JsonValue value;
      try (JsonTokens tokens = new Jackson2Backend(DecodeLimits.DEFAULT, 64).tokens(body.getBytes(UTF_8))) {
        tokens.next();
        value = JsonValue.read(tokens);
      }
      String written = new String(jackson2.write(value), UTF_8);
      assertWithMessage("%s", body).that(new String(jackson3.write(value), UTF_8)).isEqualTo(written);
    }
    JsonValue first;
    try (JsonTokens tokens = jackson2.tokens(BODIES.get(0).getBytes(UTF_8))) {
      tokens.next();
      first = JsonValue.read(tokens);
    }
    assertWithMessage("compact JSON").that(new String(jackson3.write(first), UTF_8))
        .isEqualTo(BODIES.get(0).replace(": ", ":").replace(", ", ","));
  }

  /**
   * Names of every length the matchers read in different steps (1 to 12 bytes, 13, past 128), written
   * plainly, with escapes, outside ASCII, with a prefix or a case apart from one looked for, and twice.
   */
  private static final List<String> LOOKED_FOR = List.of("Code", "Codes", "-", "a", "abcdefgh", "abcdefghijkl",
      "abcdefghijklm", "AdditionalInformation", "C\u00f3digo", "x".repeat(200), "a/b");

  private static final String NAMED_BODY = "{\"Code\": 1, \"Cod\": 2, \"code\": 3, \"\\u0043ode\": 4,"
      + " \"Codes\": \"s\", \"-\": null, \"\": 0, \"a\": true, \"abcdefgh\": 5, \"abcdefghijkl\": 6,"
      + " \"abcdefghijklm\": 7, \"abcdefghijklmn\": 8, \"AdditionalInformation\": 9, \"C\u00f3digo\": 10,"
      + " \"" + "x".repeat(200) + "\": 11, \"" + "x".repeat(199) + "\": 12, \"a/b\": 13, \"Code\": 14}";

  /** The index of each member's name of {@code body} among {@code names} (-2 for another), then its value. */
  private static List<String> matched(JsonBackend backend, JsonNames names, String body) throws JsonException {
    List<String> seen = new ArrayList<>();
    try (JsonTokens tokens = backend.tokens(body.getBytes(UTF_8))) {
      tokens.next();
      for (int name = tokens.nextName(names); name != JsonNames.END; name = tokens.nextName(names)) {
        tokens.next();
        seen.add(name + "=" + tokens.text());
      }
      seen.add("then " + tokens.current());
    }
    return seen;
  }

  @Test
  void bothBackendsMatchNamesAlike() throws JsonException {
    assumeTrue(bothPresent(), "needs both Jacksons");
    List<String> names = LOOKED_FOR;
    JsonBackend jackson3 = new Jackson3Backend(DecodeLimits.DEFAULT, 8);
    JsonBackend jackson2 = new Jackson2Backend(DecodeLimits.DEFAULT, 8);
    List<String> expected = List.of("0=1", "-2=2", "-2=3", "0=4", "1=s", "2=null", "-2=0", "3=true", "4=5", "5=6", "6=7",
        "-2=8", "7=9", "8=10", "9=11", "-2=12", "10=13", "0=14", "then END_OBJECT");
    assertWithMessage("Jackson 3, by its matcher").that(jackson3.names(names).matcher()).isNotNull();
    assertWithMessage("Jackson 3, by its matcher")
        .that(matched(jackson3, jackson3.names(names), NAMED_BODY)).isEqualTo(expected);
    assertWithMessage("Jackson 3, by text (names over its matcher's bounds)")
        .that(matched(jackson3, new JsonNames(names, null), NAMED_BODY)).isEqualTo(expected);
    assertWithMessage("Jackson 2").that(matched(jackson2, jackson2.names(names), NAMED_BODY)).isEqualTo(expected);
    // The empty name, which Jackson 3.3's matcher cannot hold: matched as text.
    List<String> withEmpty = new ArrayList<>(names);
    withEmpty.set(2, "");
    List<String> expectedWithEmpty = new ArrayList<>(expected);
    expectedWithEmpty.set(5, "-2=null");
    expectedWithEmpty.set(6, "2=0");
    assertWithMessage("Jackson 3, the empty name").that(matched(jackson3, jackson3.names(withEmpty), NAMED_BODY))
        .isEqualTo(expectedWithEmpty);
    assertWithMessage("Jackson 2, the empty name").that(matched(jackson2, jackson2.names(withEmpty), NAMED_BODY))
        .isEqualTo(expectedWithEmpty);
  }

  @Test
  void jackson3LearnsTheOtherNamesOfABodyAndMatchesAlikeBeforeAndAfter() throws JsonException {
    assumeTrue(bothPresent(), "needs both Jacksons");
    JsonBackend jackson3 = new Jackson3Backend(DecodeLimits.DEFAULT, 8);
    JsonBackend jackson2 = new Jackson2Backend(DecodeLimits.DEFAULT, 8);
    JsonNames names = jackson3.names(LOOKED_FOR);
    List<String> expected = matched(jackson2, jackson2.names(LOOKED_FOR), NAMED_BODY);
    assertWithMessage("nothing learned before a body").that(Jackson3Backend.learned(names)).isEmpty();
    for (int read = 1; read <= 3; read++) {
      assertWithMessage("read %s", read).that(matched(jackson3, names, NAMED_BODY)).isEqualTo(expected);
      // The body's other names but the empty one and the one of 199 characters, in the body's order.
      assertWithMessage("learned after read %s", read).that(Jackson3Backend.learned(names))
          .containsExactly("Cod", "code", "abcdefghijklmn").inOrder();
    }
    String longest = "y".repeat(Jackson3Backend.LONGEST_LEARNED);
    String body = "{\"" + longest + "\": 1, \"" + longest + "y\": 2, \"Code\": 3}";
    assertWithMessage("names at and over the longest learned").that(matched(jackson3, names, body))
        .isEqualTo(List.of("-2=1", "-2=2", "0=3", "then END_OBJECT"));
    assertWithMessage("only the one at the longest learned").that(Jackson3Backend.learned(names))
        .containsExactly("Cod", "code", "abcdefghijklmn", longest).inOrder();
  }

  @Test
  void jackson3LearnsAtMostSoManyNamesWhateverTheBodies() throws JsonException {
    assumeTrue(bothPresent(), "needs both Jacksons");
    JsonBackend jackson3 = new Jackson3Backend(DecodeLimits.DEFAULT, 8);
    JsonNames names = jackson3.names(List.of("Code", "Status"));
    StringBuilder body = new StringBuilder("{");
    List<String> expected = new ArrayList<>();
    List<String> first = new ArrayList<>();
    for (int i = 0; i < 3 * Jackson3Backend.MOST_LEARNED; i++) {
      body.append("\"other").append(i).append("\": ").append(i).append(", ");
      expected.add("-2=" + i);
      if (i < Jackson3Backend.MOST_LEARNED) {
        first.add("other" + i);
      }
    }
    body.append("\"Status\": \"ERROR\", \"Code\": \"E201\"}");
    expected.addAll(List.of("1=ERROR", "0=E201", "then END_OBJECT"));
    for (int read = 1; read <= 2; read++) {
      assertWithMessage("read %s", read).that(matched(jackson3, names, body.toString())).isEqualTo(expected);
      assertWithMessage("the first names that came").that(Jackson3Backend.learned(names)).isEqualTo(first);
    }
  }

  @Test
  void jackson3MatchesRightWhileReadersLearnAtOnce() throws Exception {
    assumeTrue(bothPresent(), "needs both Jacksons");
    JsonBackend jackson3 = new Jackson3Backend(DecodeLimits.DEFAULT, 8);
    JsonNames names = jackson3.names(List.of("Code", "Status"));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> reads = new ArrayList<>();
      for (int task = 0; task < 200; task++) {
        int n = task;
        reads.add(pool.submit(() -> {
          String body = "{\"a" + n % 40 + "\": 1, \"Code\": \"E" + n + "\", \"b" + n % 7 + "\": 2, \"Status\": 3}";
          return matched(jackson3, names, body)
              .equals(List.of("-2=1", "0=E" + n, "-2=2", "1=3", "then END_OBJECT"));
        }));
      }
      for (Future<Boolean> read : reads) {
        assertWithMessage("a read beside others").that(read.get(30, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
    List<String> learned = Jackson3Backend.learned(names);
    assertWithMessage("learned, at most so many").that(learned.size()).isAtMost(Jackson3Backend.MOST_LEARNED);
    assertWithMessage("learned, none twice").that(new HashSet<>(learned).size()).isEqualTo(learned.size());
    assertWithMessage("learned, only the bodies' other names").that(
        learned.stream().allMatch(name -> name.matches("[ab][0-9]+"))).isTrue();
  }
}
