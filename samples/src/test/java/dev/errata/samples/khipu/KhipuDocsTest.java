package dev.errata.samples.khipu;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The docs pages and the data file the processor ships with the Khipu catalog: every row of the seeds'
 * tables, in English and in Spanish, straight from the same definition as the code.
 */
class KhipuDocsTest {

  private static String resource(String name) throws IOException {
    try (InputStream in = KhipuDocsTest.class.getClassLoader().getResourceAsStream(name)) {
      assertWithMessage("%s", name + " is on the class path").that(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /**
   * The cell each code of the seeds' tables is shown in, written out: an exact code or a wildcard as
   * itself, a range as its two ends, as the seeds write "E100 - E199".
   */
  private static final Map<String, String> CODE_CELLS = Map.ofEntries(
      Map.entry("A000", "`A000`"),
      Map.entry("E100..E199", "`E100` - `E199`"),
      Map.entry("E2xx", "`E2xx`"),
      Map.entry("E3xx", "`E3xx`"),
      Map.entry("E4xx", "`E4xx`"),
      Map.entry("E5xx", "`E5xx`"),
      Map.entry("E999", "`E999`"),
      Map.entry("E000", "`E000`"),
      Map.entry("D000", "`D000`"),
      Map.entry("F000", "`F000`"),
      Map.entry("T000", "`T000`"),
      Map.entry("I001..I003", "`I001` - `I003`"),
      Map.entry("P001..P003", "`P001` - `P003`"),
      Map.entry("L000", "`L000`"));

  private static String codeCell(String code) {
    String cell = CODE_CELLS.get(code);
    assertWithMessage("%s", "no expected docs cell written for " + code).that(cell).isNotNull();
    return cell;
  }

  /** The table row of {@code code}, or fails. */
  private static String rowOf(String page, String code) {
    for (String line : page.split("\n")) {
      if (line.startsWith("| " + codeCell(code) + " |")) {
        return line;
      }
    }
    throw new AssertionError("no row for " + code + " in:\n" + page);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dev.errata.samples.khipu.KhipuCatalogTest#rows")
  void everyRowIsInBothPages(KhipuCatalogTest.Row row) throws IOException {
    String english = rowOf(resource("META-INF/errata/dev.errata.samples.khipu.Khipu.en.md"), row.code());
    assertThat(english).contains("| " + row.english() + " |");
    assertThat(english).contains("`" + row.type().name() + "`");
    String spanish = rowOf(resource("META-INF/errata/dev.errata.samples.khipu.Khipu.es.md"), row.code());
    assertThat(spanish).contains("| " + row.spanish() + " |");
  }

  @Test
  void pagesAreInTheirOwnLanguage() throws IOException {
    String english = resource("META-INF/errata/dev.errata.samples.khipu.Khipu.en.md");
    String spanish = resource("META-INF/errata/dev.errata.samples.khipu.Khipu.es.md");
    assertThat(english).contains("| Error Code | Type | HTTP status | Description |");
    assertThat(spanish).contains("| Código de Error | Tipo | Estado HTTP | Descripción |");
    assertThat(english).contains("| `A000` | `DO_NOT_RETRY` | 401 |");
    assertThat(english).contains("| `WAIT_4_HOURS_BEFORE_RETRY` | after PT4H | Please wait for the specified"
        + " amount of time to elapse before submitting your request again.");
    assertWithMessage("%s", spanish).that(spanish.contains("| `WAIT_4_HOURS_BEFORE_RETRY` | después de PT4H | Por favor, espere a que"
        + " transcurra el periodo especificado antes de reintentar su solicitud.")).isTrue();
    assertWithMessage("one row per code, UNKNOWN aside").that(tableRows(english)).isEqualTo(KhipuErrorCode.values().length - 1);
    assertThat(tableRows(spanish)).isEqualTo(KhipuErrorCode.values().length - 1);
  }

  private static int tableRows(String page) {
    String codes = page.substring(0, page.indexOf("\n## ", page.indexOf("## ") + 3));
    int rows = 0;
    for (String line : codes.split("\n")) {
      if (line.startsWith("| `")) {
        rows++;
      }
    }
    return rows;
  }

  @Test
  void theDataFileListsEveryCodeWithBothDescriptions() throws IOException {
    JsonNode catalog = new ObjectMapper().readTree(resource("META-INF/errata/dev.errata.samples.khipu.Khipu.json"));
    assertThat(catalog.get("name").asText()).isEqualTo("Khipu");
    assertThat(catalog.get("codePattern").asText()).isEqualTo("[A-Z]\\d{3}");
    List<String> codes = new ArrayList<>();
    for (JsonNode code : catalog.get("codes")) {
      codes.add(code.get("code").asText());
      KhipuErrorCode constant = KhipuErrorCode.valueOf(code.get("name").asText());
      assertThat(code.get("code").asText()).isEqualTo(constant.code());
      assertThat(code.get("type").asText()).isEqualTo(constant.type().name());
      assertThat(code.get("http").asInt()).isEqualTo(constant.httpStatus());
      assertThat(code.get("descriptions").get("en").asText()).isEqualTo(constant.description(java.util.Locale.ENGLISH));
      assertThat(code.get("descriptions").get("es").asText()).isEqualTo(constant.description(java.util.Locale.forLanguageTag("es")));
    }
    assertThat(codes.size()).isEqualTo(KhipuErrorCode.values().length - 1);
    assertThat(catalog.get("envelope").get("code").asText()).isEqualTo("/Error/Code");
  }
}
