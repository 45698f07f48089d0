package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    assertThat(report.httpStatus()).isEqualTo(503);
    assertThat(report.code()).isEqualTo("E201");
    assertThat(report.type()).isEqualTo("RETRY_IMMEDIATELY");
    assertThat(report.description()).isEqualTo("The target service used for data extraction is not available.");
    assertThat(report.correlationId()).isEqualTo("6baf6c19-e485-463b-ae24-a821b025c8a4");
    assertThat(report.attribute("transactionId")).isEqualTo("T-1");
    assertThat(report.attribute("bank")).isEqualTo("demobank");
    assertThat(report.attribute("missing")).isNull();
    assertThat(List.copyOf(report.attributes().keySet())).isEqualTo(List.of("transactionId", "bank"));
    assertThat(report.retryAfter()).isEqualTo(Duration.ofSeconds(30));
    assertThat(report.body()).isEqualTo(BODY);
  }

  @Test
  void emptyBuilderGivesAnEmptyReport() {
    ErrorReport report = ErrorReport.builder().build();
    assertThat(report.httpStatus()).isEqualTo(0);
    assertThat(report.code()).isNull();
    assertThat(report.type()).isNull();
    assertThat(report.description()).isNull();
    assertThat(report.correlationId()).isNull();
    assertThat(report.attributes()).isEqualTo(Map.of());
    assertThat(report.retryAfter()).isNull();
    assertThat(report.body()).isEqualTo(new byte[0]);
    assertThat(report.bodyText()).isEqualTo("");
  }

  @Test
  void ofCodeCarriesOnlyTheCode() {
    ErrorReport report = ErrorReport.ofCode("A000");
    assertThat(report.code()).isEqualTo("A000");
    assertThat(report).isEqualTo(ErrorReport.builder().code("A000").build());
  }

  @Test
  void bodyIsCopiedOnTheWayIn() {
    byte[] body = {1, 2, 3};
    ErrorReport report = ErrorReport.builder().body(body).build();
    body[0] = 9;
    assertThat(report.body()).isEqualTo(new byte[] {1, 2, 3});
  }

  @Test
  void bodyIsCopiedOnTheWayOut() {
    ErrorReport report = ErrorReport.builder().body(new byte[] {1, 2, 3}).build();
    byte[] out = report.body();
    out[0] = 9;
    assertThat(report.body()).isEqualTo(new byte[] {1, 2, 3});
    assertThat(report.body()).isNotSameInstanceAs(report.body());
  }

  @Test
  void nullBodyIsEmpty() {
    ErrorReport report = ErrorReport.builder().body(new byte[] {1}).body(null).build();
    assertThat(report.body()).isEqualTo(new byte[0]);
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
    assertThat(report.attributes()).isEqualTo(Map.of("a", "1"));
  }

  @Test
  void nullAttributeValueRemovesIt() {
    ErrorReport report = ErrorReport.builder()
        .attribute("a", "1")
        .attribute("b", "2")
        .attribute("a", null)
        .attribute("never-set", null)
        .build();
    assertThat(report.attributes()).isEqualTo(Map.of("b", "2"));
    assertThat(report.attribute("a")).isNull();
  }

  @Test
  void nullAttributeNameThrows() {
    ErrorReport.Builder builder = ErrorReport.builder();
    NullPointerException e = assertThrows(NullPointerException.class, () -> builder.attribute(null, "v"));
    assertThat(e.getMessage()).isEqualTo("name");
  }

  @Test
  void equalsAndHashCodeCoverEveryField() {
    ErrorReport report = full();
    assertThat(full()).isEqualTo(report);
    assertThat(full().hashCode()).isEqualTo(report.hashCode());
    assertThat(report).isEqualTo(report);
    assertThat(report).isNotEqualTo(null);
    assertThat("E201").isNotEqualTo(report);

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
      assertWithMessage("%s", other).that(other).isNotEqualTo(report);
      assertWithMessage("%s", other).that(report).isNotEqualTo(other);
    }
  }

  @Test
  void bodyEqualityIsByContent() {
    ErrorReport a = ErrorReport.builder().body(new byte[] {1, 2}).build();
    ErrorReport b = ErrorReport.builder().body(new byte[] {1, 2}).build();
    assertThat(b).isEqualTo(a);
    assertThat(b.hashCode()).isEqualTo(a.hashCode());
  }

  @Test
  void toBuilderRoundTrips() {
    ErrorReport report = full();
    ErrorReport copy = report.toBuilder().build();
    assertThat(copy).isEqualTo(report);
    assertThat(copy.body()).isEqualTo(BODY);
    assertThat(List.copyOf(copy.attributes().keySet())).isEqualTo(List.copyOf(report.attributes().keySet()));
  }

  @Test
  void toBuilderDerivesWithoutChangingTheOriginal() {
    ErrorReport report = full();
    ErrorReport changed = report.toBuilder().code("E999").attribute("bank", null).build();
    assertThat(changed.code()).isEqualTo("E999");
    assertThat(changed.attribute("bank")).isNull();
    assertThat(changed.attribute("transactionId")).isEqualTo("T-1");
    assertThat(report.code()).isEqualTo("E201");
    assertThat(report.attribute("bank")).isEqualTo("demobank");
  }

  @Test
  void bodyTextDecodesUtf8() {
    ErrorReport report =
        ErrorReport.builder().body("Código: E201".getBytes(StandardCharsets.UTF_8)).build();
    assertThat(report.bodyText()).isEqualTo("Código: E201");
  }

  @Test
  void bodyTextWithInvalidUtf8ReplacesBadBytes() {
    // 0xC3 starts a two-byte sequence that 0x28 does not continue; 0xFF is never valid.
    byte[] invalid = {'o', 'k', (byte) 0xC3, '(', (byte) 0xFF};
    ErrorReport report = ErrorReport.builder().body(invalid).build();
    assertThat(report.bodyText()).isEqualTo("ok\uFFFD(\uFFFD");
    assertThat(report.body()).isEqualTo(invalid);
  }

  @Test
  void toStringShowsFieldsAndBodySizeNotBody() {
    String text = full().toString();
    assertThat(text).contains("httpStatus=503");
    assertThat(text).contains("code=E201");
    assertThat(text).contains("retryAfter=PT30S");
    assertThat(text).contains("body=" + BODY.length + " bytes");
    assertThat(text).doesNotContain("\"Status\"");
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
      assertThat(read).isEqualTo(report);
      assertThat(read.body()).isEqualTo(BODY);
    }
  }
}
