package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


import dev.errata.catalog.TestCatalog.TestException;
import org.junit.jupiter.api.Test;

/** Exception messages go into logs: what a server sent cannot forge log lines or flood them. */
class ExceptionMessageTest {

  @Test
  void lineBreaksAndControlCharactersFromTheResponseBecomeSpaces() {
    TestException e = TestCatalog.khipuException(ErrorReport.builder()
        .code("E201\r\n2026-11-21 INFO forged")
        .description("down\nERROR everything is fine\u0007\u2028end")
        .build());
    String message = e.getMessage();
    assertWithMessage("%s", message).that(message.contains("\n") || message.contains("\r") || message.contains("\u0007")
        || message.contains("\u2028")).isFalse();
    assertThat(message).startsWith("E201  2026-11-21 INFO forged");
    assertThat(message).contains("down ERROR everything is fine  end");
    // The report keeps the text exactly as received.
    assertThat(e.report().description()).isEqualTo("down\nERROR everything is fine\u0007\u2028end");
  }

  @Test
  void longResponseTextIsCutInTheMessageOnly() {
    String description = "x".repeat(10_000);
    TestException e = TestCatalog.khipuException(ErrorReport.builder().code("E201").description(description).build());
    assertWithMessage("%s", e.getMessage()).that(e.getMessage().length() < CatalogException.MESSAGE_TEXT_LIMIT + 100).isTrue();
    assertThat(e.getMessage()).contains("x".repeat(CatalogException.MESSAGE_TEXT_LIMIT) + "...");
    assertThat(e.description()).isEqualTo(description);
  }

  @Test
  void aCutNeverSplitsACharacter() {
    String text = "x".repeat(CatalogException.MESSAGE_TEXT_LIMIT - 1) + "😀😀";
    String cut = CatalogException.loggable(text);
    assertThat(cut).isEqualTo("x".repeat(CatalogException.MESSAGE_TEXT_LIMIT - 1) + "...");
  }

  @Test
  void ordinaryTextIsLeftAlone() {
    assertThat(CatalogException.loggable("Se utiliza para errores genéricos | «ñ» 😀")).isEqualTo("Se utiliza para errores genéricos | «ñ» 😀");
  }

  @Test
  void aTextOfExactlyTheLimitIsCleanedButNotCut() {
    String text = "a\n" + "b".repeat(CatalogException.MESSAGE_TEXT_LIMIT - 2);
    assertThat(CatalogException.loggable(text)).isEqualTo("a " + "b".repeat(CatalogException.MESSAGE_TEXT_LIMIT - 2));
  }
}
