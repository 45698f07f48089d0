package dev.errata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertFalse(message.contains("\n") || message.contains("\r") || message.contains("\u0007")
        || message.contains("\u2028"), message);
    assertTrue(message.startsWith("E201  2026-11-21 INFO forged"), message);
    assertTrue(message.contains("down ERROR everything is fine  end"), message);
    // The report keeps the text exactly as received.
    assertEquals("down\nERROR everything is fine\u0007\u2028end", e.report().description());
  }

  @Test
  void longResponseTextIsCutInTheMessageOnly() {
    String description = "x".repeat(10_000);
    TestException e = TestCatalog.khipuException(ErrorReport.builder().code("E201").description(description).build());
    assertTrue(e.getMessage().length() < CatalogException.MESSAGE_TEXT_LIMIT + 100, e.getMessage());
    assertTrue(e.getMessage().contains("x".repeat(CatalogException.MESSAGE_TEXT_LIMIT) + "..."), e.getMessage());
    assertEquals(description, e.description());
  }

  @Test
  void aCutNeverSplitsACharacter() {
    String text = "x".repeat(CatalogException.MESSAGE_TEXT_LIMIT - 1) + "😀😀";
    String cut = CatalogException.loggable(text);
    assertEquals("x".repeat(CatalogException.MESSAGE_TEXT_LIMIT - 1) + "...", cut);
  }

  @Test
  void ordinaryTextIsLeftAlone() {
    assertEquals("Se utiliza para errores genéricos | «ñ» 😀", CatalogException.loggable("Se utiliza para errores genéricos | «ñ» 😀"));
  }
}
