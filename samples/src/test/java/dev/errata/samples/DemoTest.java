package dev.errata.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@link Demo#main} runs through, printing one line per response of {@link DemoResponses}. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DemoTest {

  private static final Pattern RESPONSE_LINE = Pattern.compile("^.{26,} HTTP \\d{3}  .*");

  private static List<String> lines;

  @BeforeAll
  static void runTheDemo() throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      Demo.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
  }

  private static List<DemoResponses.Response> responses() {
    return Stream.of(DemoResponses.khipu(), DemoResponses.khipuFailures(), DemoResponses.khipuHttp(),
        DemoResponses.keyBank(), DemoResponses.stripe(), DemoResponses.google()).flatMap(List::stream).toList();
  }

  private static String prefix(DemoResponses.Response response) {
    return String.format("%-26s HTTP %d  ", response.label(), response.status());
  }

  @Test
  void oneLinePerResponseInOrder() {
    List<String> responseLines = lines.stream().filter(line -> RESPONSE_LINE.matcher(line).matches()).toList();
    List<DemoResponses.Response> responses = responses();
    assertEquals(responses.size(), responseLines.size(), () -> String.join("\n", lines));
    for (int i = 0; i < responses.size(); i++) {
      String expected = prefix(responses.get(i));
      assertTrue(responseLines.get(i).startsWith(expected), responseLines.get(i) + " starts with " + expected);
    }
  }

  @Test
  void everyResponseHasExactlyOneLine() {
    for (DemoResponses.Response response : responses()) {
      assertEquals(1, lines.stream().filter(line -> line.startsWith(prefix(response))).count(), response::label);
    }
  }

  @Test
  void eachSectionHasAHeading() {
    List<String> headings = new ArrayList<>();
    for (String line : lines) {
      if (line.startsWith("== ")) {
        headings.add(line);
      }
    }
    assertEquals(7, headings.size(), headings::toString);
  }

  @Test
  void theDocsExamplesAreTargetUnavailableInBothLanguages() {
    for (String label : List.of("docs example (en)", "docs example (es)")) {
      String line = line(label);
      assertTrue(line.contains("KhipuTargetUnavailableException"), line);
      assertTrue(line.contains("retry immediately"), line);
      assertTrue(detail(label).startsWith("    E201: "), detail(label));
    }
  }

  @Test
  void theEnglishAndSpanishExamplesShowWhatDiffers() {
    String english = detail("docs example (en)");
    String spanish = detail("docs example (es)");
    assertTrue(english.contains("said \"The target service used for data extraction is not available.\""), english);
    assertTrue(english.contains("catalog (en): These codes are"), english);
    assertTrue(spanish.contains("said \"El servicio destino utilizado para la extracción"), spanish);
    assertTrue(spanish.contains("catalog (es)"), spanish);
  }

  @Test
  void everyLineFitsA120ColumnTerminal() {
    for (String line : lines) {
      assertTrue(line.codePointCount(0, line.length()) <= Demo.WIDTH, () -> line.length() + ": " + line);
    }
    assertTrue(lines.stream().anyMatch(line -> line.endsWith("...")), "long descriptions are cut, not wrapped");
  }

  @Test
  void theOutcomesAreRight() {
    // A success is the label, the status and "success", with no exception and so no retry advice.
    assertEquals(String.format("%-26s HTTP 200  success", "success"), line("success"));
    assertEquals(String.format("%-26s HTTP 200  success", "200 status S (docs)"), line("200 status S (docs)"));
    assertTrue(line("299 status W").contains("warning KeyBankWarningException"), line("299 status W"));
    assertTrue(line("409 not in the docs").contains("KeyBankOtherClientErrorException"));
    assertTrue(line("507 not in the docs").contains("KeyBankOtherServerErrorException"));
    assertTrue(line("unknown code E777").contains("KhipuUnknownException"));
    assertTrue(detail("truncated body").startsWith("    (no code): body: body is not valid JSON"), detail("truncated body"));
    assertTrue(line("402 expired_card").contains("StripeExpiredCardException"), line("402 expired_card"));
    assertTrue(detail("402 expired_card").startsWith("    expired_card: "), detail("402 expired_card"));
    assertTrue(line("402 e5pired_card").contains("StripeUnknownException"), line("402 e5pired_card"));
    assertTrue(line("429 rate_limit Retry-After").contains("retry after PT2S"), line("429 rate_limit Retry-After"));
    assertTrue(line("503 without a code").contains("StripeApiErrorException"), line("503 without a code"));
    assertTrue(detail("503 without a code").startsWith("    (no code): "), detail("503 without a code"));
    assertTrue(line("402 without a code").contains("StripeCardErrorException"), line("402 without a code"));
    assertTrue(line("400 without a status").contains("GoogleInvalidArgumentException"));
    assertTrue(line("502 without a status").contains("GoogleUnknownException"));
    assertTrue(line("409 a status of tomorrow").contains("GoogleUnrecognizedException"));
  }

  @Test
  void theClientRetriedAsAdvised() {
    assertTrue(lines.stream().anyMatch(line -> line.contains("as the catalog advises")), () -> String.join("\n", lines));
    assertFalse(lines.stream().anyMatch(line -> line.contains("NOT AS ADVISED")));
    assertTrue(lines.contains("requests sent: /accounts 3, /login 1, /statement 1: as the catalog advises"),
        () -> String.join("\n", lines));
    assertTrue(lines.contains("    attempt 1: gave up: the advice is never to retry"));
    assertTrue(lines.stream().anyMatch(line -> line.startsWith("    attempt 1: gave up: the advised wait of PT4H would end"
        + " past the policy's PT30S in all")), () -> String.join("\n", lines));
  }

  /** The line under a response's: its code and what it says. */
  private static String detail(String label) {
    return lines.get(lines.indexOf(line(label)) + 1);
  }

  private static String line(String label) {
    return lines.stream().filter(line -> line.startsWith(String.format("%-26s HTTP ", label))).findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + label));
  }
}
