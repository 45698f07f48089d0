package dev.errata.samples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


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
    assertWithMessage("%s", String.join("\n", lines)).that(responseLines.size()).isEqualTo(responses.size());
    for (int i = 0; i < responses.size(); i++) {
      String expected = prefix(responses.get(i));
      assertWithMessage("%s", responseLines.get(i) + " starts with " + expected).that(responseLines.get(i)).startsWith(expected);
    }
  }

  @Test
  void everyResponseHasExactlyOneLine() {
    for (DemoResponses.Response response : responses()) {
      assertWithMessage("%s", response.label()).that(lines.stream().filter(line -> line.startsWith(prefix(response))).count()).isEqualTo(1);
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
    assertWithMessage("%s", headings).that(headings.size()).isEqualTo(7);
  }

  @Test
  void theDocsExamplesAreTargetUnavailableInBothLanguages() {
    for (String label : List.of("docs example (en)", "docs example (es)")) {
      String line = line(label);
      assertThat(line).contains("KhipuTargetUnavailableException");
      assertThat(line).contains("retry immediately");
      assertThat(detail(label)).startsWith("    E201: ");
    }
  }

  @Test
  void theEnglishAndSpanishExamplesShowWhatDiffers() {
    String english = detail("docs example (en)");
    String spanish = detail("docs example (es)");
    assertThat(english).contains("said \"The target service used for data extraction is not available.\"");
    assertThat(english).contains("catalog (en): These codes are");
    assertThat(spanish).contains("said \"El servicio destino utilizado para la extracción");
    assertThat(spanish).contains("catalog (es)");
  }

  @Test
  void everyLineFitsA120ColumnTerminal() {
    for (String line : lines) {
      assertWithMessage("%s", line.length() + ": " + line).that(line.codePointCount(0, line.length()) <= Demo.WIDTH).isTrue();
    }
    assertWithMessage("long descriptions are cut, not wrapped").that(lines.stream().anyMatch(line -> line.endsWith("..."))).isTrue();
  }

  @Test
  void theOutcomesAreRight() {
    // A success is the label, the status and "success", with no exception and so no retry advice.
    assertThat(line("success")).isEqualTo(String.format("%-26s HTTP 200  success", "success"));
    assertThat(line("200 status S (docs)")).isEqualTo(String.format("%-26s HTTP 200  success", "200 status S (docs)"));
    assertThat(line("299 status W")).contains("warning KeyBankWarningException");
    assertThat(line("409 not in the docs")).contains("KeyBankOtherClientErrorException");
    assertThat(line("507 not in the docs")).contains("KeyBankOtherServerErrorException");
    assertThat(line("unknown code E777")).contains("KhipuUnknownException");
    assertThat(detail("truncated body")).startsWith("    (no code): body: body is not valid JSON");
    assertThat(line("402 expired_card")).contains("StripeExpiredCardException");
    assertThat(detail("402 expired_card")).startsWith("    expired_card: ");
    assertThat(line("402 e5pired_card")).contains("StripeUnknownException");
    assertThat(line("429 rate_limit Retry-After")).contains("retry after PT2S");
    assertThat(line("503 without a code")).contains("StripeApiErrorException");
    assertThat(detail("503 without a code")).startsWith("    (no code): ");
    assertThat(line("402 without a code")).contains("StripeCardErrorException");
    assertThat(line("400 without a status")).contains("GoogleInvalidArgumentException");
    assertThat(line("502 without a status")).contains("GoogleUnknownException");
    assertThat(line("409 a status of tomorrow")).contains("GoogleUnrecognizedException");
  }

  @Test
  void theClientRetriedAsAdvised() {
    assertWithMessage("%s", String.join("\n", lines)).that(lines.stream().anyMatch(line -> line.contains("as the catalog advises"))).isTrue();
    assertThat(lines.stream().anyMatch(line -> line.contains("NOT AS ADVISED"))).isFalse();
    assertWithMessage("%s", String.join("\n", lines)).that(lines).contains("requests sent: /accounts 3, /login 1, /statement 1: as the catalog advises");
    assertThat(lines).contains("    attempt 1: gave up: the advice is never to retry");
    assertWithMessage("%s", String.join("\n", lines)).that(lines.stream().anyMatch(line -> line.startsWith("    attempt 1: gave up: the advised wait of PT4H would end"
        + " past the policy's PT30S in all"))).isTrue();
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
