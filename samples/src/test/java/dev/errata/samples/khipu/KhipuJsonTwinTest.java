package dev.errata.samples.khipu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.errata.catalog.ErrorReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link KhipuJsonErrors}, read from a JSON file through Maven's processor path, behaves as {@link KhipuErrors}. */
class KhipuJsonTwinTest {

  static Stream<String> codes() {
    return Stream.of("A000", "E100", "E150", "E199", "E200", "E201", "E299", "E305", "E450", "E512",
        "E599", "E999", "E000", "D000", "F000", "T000", "I001", "I002", "I003", "P001", "P003", "L000",
        "E600", "E099", "I004", "P000", "X123", "e201", "", "E2011");
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @MethodSource("codes")
  void matchesLikeItsAnnotatedTwin(String code) {
    KhipuErrorCode annotated = KhipuMatcher.match(code);
    KhipuJsonErrorCode imported = KhipuJsonMatcher.match(code);
    assertEquals(annotated.name(), imported.name());
    assertEquals(annotated.code(), imported.code());
    assertEquals(annotated.type() == null ? null : annotated.type().name(),
        imported.type() == null ? null : imported.type().name());
    assertEquals(annotated.httpStatus(), imported.httpStatus());
    assertEquals(annotated.description(Locale.ENGLISH), imported.description(Locale.ENGLISH));
    assertEquals(annotated.description(Locale.forLanguageTag("es")),
        imported.description(Locale.forLanguageTag("es")));
    assertEquals(annotated.type() == null ? null : annotated.type().retry(),
        imported.type() == null ? null : imported.type().retry());
  }

  @Test
  void decodesTheSeedExampleLikeItsTwin() {
    byte[] body = ("{\"OperationId\":\"op\",\"Status\":\"ERROR\",\"Error\":{\"Code\":\"E201\","
        + "\"Type\":\"RETRY_IMMEDIATELY\",\"Description\":\"down\"}}").getBytes(StandardCharsets.UTF_8);
    KhipuJsonException imported = KhipuJsonMatcher.decode(200, body).exception().orElseThrow();
    KhipuException annotated = KhipuMatcher.decode(200, body).exception().orElseThrow();
    assertEquals(KhipuJsonTargetUnavailableException.class, imported.getClass());
    assertEquals(annotated.code(), imported.code());
    assertEquals(annotated.retry(), imported.retry());
    assertEquals(annotated.correlationId(), imported.correlationId());
    assertEquals(ErrorReport.class, imported.report().getClass());
  }

  /** The checked-in file is what the processor exports for KhipuErrors today: the twins cannot drift. */
  @Test
  void theSourceFileIsTheCatalogsOwnExport() throws IOException {
    assertEquals(resource("META-INF/errata/dev.errata.samples.khipu.Khipu.json"), resource("errata/khipu.json"),
        "samples/src/main/resources/errata/khipu.json differs from the export of KhipuErrors: copy"
            + " target/classes/META-INF/errata/dev.errata.samples.khipu.Khipu.json over it");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = KhipuJsonTwinTest.class.getClassLoader().getResourceAsStream(name)) {
      assertNotNull(in, name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
