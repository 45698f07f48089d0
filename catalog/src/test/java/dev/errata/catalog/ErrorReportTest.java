package dev.errata.catalog;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ErrorReportTest {

  private static final byte[] BODY =
      "{\"Status\":\"ERROR\",\"Error\":{\"Code\":\"E201\"}}".getBytes(StandardCharsets.UTF_8);

  private static ErrorReport full() {
    return ErrorReport.builder()
        .httpStatus(503)
        .code("E201")
        .type("RETRY_IMMEDIATELY")
        .description("The target service used for data extraction is not available.")
        .correlationId("6baf6c19-e485-463b-ae24-a821b025c8a4")
        .attribute("transactionId", "T-1")
        .attribute("bank", "demobank")
        .retryAfter(Duration.ofSeconds(30))
        .body(BODY)
        .build();
  }

  @Test
  void builderKeepsEveryValue() {
    ErrorReport report = full();
    assertEquals(503, report.httpStatus());
    assertEquals("E201", report.code());
    assertEquals("RETRY_IMMEDIATELY", report.type());
    assertEquals("The target service used for data extraction is not available.", report.description());
    assertEquals("6baf6c19-e485-463b-ae24-a821b025c8a4", report.correlationId());
    assertEquals("T-1", report.attribute("transactionId"));
    assertEquals("demobank", report.attribute("bank"));
    assertNull(report.attribute("missing"));
    assertEquals(List.of("transactionId", "bank"), List.copyOf(report.attributes().keySet()));
    assertEquals(Duration.ofSeconds(30), report.retryAfter());
    assertArrayEquals(BODY, report.body());
  }

  @Test
  void emptyBuilderGivesAnEmptyReport() {
    ErrorReport report = ErrorReport.builder().build();
    assertEquals(0, report.httpStatus());
    assertNull(report.code());
    assertNull(report.type());
    assertNull(report.description());
    assertNull(report.correlationId());
    assertEquals(Map.of(), report.attributes());
    assertNull(report.retryAfter());
    assertArrayEquals(new byte[0], report.body());
    assertEquals("", report.bodyText());
  }

  @Test
  void ofCodeCarriesOnlyTheCode() {
    ErrorReport report = ErrorReport.ofCode("A000");
    assertEquals("A000", report.code());
    assertEquals(ErrorReport.builder().code("A000").build(), report);
  }

  @Test
  void bodyIsCopiedOnTheWayIn() {
    byte[] body = {1, 2, 3};
    ErrorReport report = ErrorReport.builder().body(body).build();
    body[0] = 9;
    assertArrayEquals(new byte[] {1, 2, 3}, report.body());
  }

  @Test
  void bodyIsCopiedOnTheWayOut() {
    ErrorReport report = ErrorReport.builder().body(new byte[] {1, 2, 3}).build();
    byte[] out = report.body();
    out[0] = 9;
    assertArrayEquals(new byte[] {1, 2, 3}, report.body());
    assertNotSame(report.body(), report.body());
  }

  @Test
  void nullBodyIsEmpty() {
    ErrorReport report = ErrorReport.builder().body(new byte[] {1}).body(null).build();
    assertArrayEquals(new byte[0], report.body());
  }

  @Test
  void attributesAreUnmodifiable() {
    ErrorReport report = full();
    assertThrows(UnsupportedOperationException.class, () -> report.attributes().put("x", "y"));
    assertThrows(UnsupportedOperationException.class, () -> report.attributes().remove("bank"));
  }

  @Test
  void laterBuilderChangesDoNotReachABuiltReport() {
    ErrorReport.Builder builder = ErrorReport.builder().attribute("a", "1");
    ErrorReport report = builder.build();
    builder.attribute("a", "2").attribute("b", "3");
    assertEquals(Map.of("a", "1"), report.attributes());
  }

  @Test
  void nullAttributeValueRemovesIt() {
    ErrorReport report = ErrorReport.builder()
        .attribute("a", "1")
        .attribute("b", "2")
        .attribute("a", null)
        .attribute("never-set", null)
        .build();
    assertEquals(Map.of("b", "2"), report.attributes());
    assertNull(report.attribute("a"));
  }

  @Test
  void nullAttributeNameThrows() {
    ErrorReport.Builder builder = ErrorReport.builder();
    NullPointerException e = assertThrows(NullPointerException.class, () -> builder.attribute(null, "v"));
    assertEquals("name", e.getMessage());
  }

  @Test
  void equalsAndHashCodeCoverEveryField() {
    ErrorReport report = full();
    assertEquals(report, full());
    assertEquals(report.hashCode(), full().hashCode());
    assertEquals(report, report);
    assertNotEquals(report, null);
    assertNotEquals(report, "E201");

    List<ErrorReport> changed = List.of(
        report.toBuilder().httpStatus(500).build(),
        report.toBuilder().code("E202").build(),
        report.toBuilder().code(null).build(),
        report.toBuilder().type("DO_NOT_RETRY").build(),
        report.toBuilder().description("other").build(),
        report.toBuilder().correlationId("other").build(),
        report.toBuilder().attribute("bank", "other").build(),
        report.toBuilder().attribute("bank", null).build(),
        report.toBuilder().retryAfter(Duration.ofSeconds(31)).build(),
        report.toBuilder().retryAfter(null).build(),
        report.toBuilder().body(new byte[] {1}).build(),
        report.toBuilder().body(null).build());
    for (ErrorReport other : changed) {
      assertNotEquals(report, other, other.toString());
      assertNotEquals(other, report, other.toString());
    }
  }

  @Test
  void bodyEqualityIsByContent() {
    ErrorReport a = ErrorReport.builder().body(new byte[] {1, 2}).build();
    ErrorReport b = ErrorReport.builder().body(new byte[] {1, 2}).build();
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
  }

  @Test
  void toBuilderRoundTrips() {
    ErrorReport report = full();
    ErrorReport copy = report.toBuilder().build();
    assertEquals(report, copy);
    assertArrayEquals(BODY, copy.body());
    assertEquals(List.copyOf(report.attributes().keySet()), List.copyOf(copy.attributes().keySet()));
  }

  @Test
  void toBuilderDerivesWithoutChangingTheOriginal() {
    ErrorReport report = full();
    ErrorReport changed = report.toBuilder().code("E999").attribute("bank", null).build();
    assertEquals("E999", changed.code());
    assertNull(changed.attribute("bank"));
    assertEquals("T-1", changed.attribute("transactionId"));
    assertEquals("E201", report.code());
    assertEquals("demobank", report.attribute("bank"));
  }

  @Test
  void bodyTextDecodesUtf8() {
    ErrorReport report =
        ErrorReport.builder().body("Código: E201".getBytes(StandardCharsets.UTF_8)).build();
    assertEquals("Código: E201", report.bodyText());
  }

  @Test
  void bodyTextWithInvalidUtf8ReplacesBadBytes() {
    // 0xC3 starts a two-byte sequence that 0x28 does not continue; 0xFF is never valid.
    byte[] invalid = {'o', 'k', (byte) 0xC3, '(', (byte) 0xFF};
    ErrorReport report = ErrorReport.builder().body(invalid).build();
    assertEquals("ok\uFFFD(\uFFFD", report.bodyText());
    assertArrayEquals(invalid, report.body());
  }

  @Test
  void toStringShowsFieldsAndBodySizeNotBody() {
    String text = full().toString();
    assertTrue(text.contains("httpStatus=503"), text);
    assertTrue(text.contains("code=E201"), text);
    assertTrue(text.contains("retryAfter=PT30S"), text);
    assertTrue(text.contains("body=" + BODY.length + " bytes"), text);
    assertFalse(text.contains("\"Status\""), text);
  }

  @Test
  void serializationRoundTrips() throws IOException, ClassNotFoundException {
    ErrorReport report = full();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(report);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      ErrorReport read = (ErrorReport) in.readObject();
      assertEquals(report, read);
      assertArrayEquals(BODY, read.body());
    }
  }
}
