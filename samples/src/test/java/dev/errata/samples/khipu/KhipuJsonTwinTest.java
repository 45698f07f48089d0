package dev.errata.samples.khipu;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


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
    assertThat(imported.name()).isEqualTo(annotated.name());
    assertThat(imported.code()).isEqualTo(annotated.code());
    assertThat(imported.type() == null ? null : imported.type().name()).isEqualTo(annotated.type() == null ? null : annotated.type().name());
    assertThat(imported.httpStatus()).isEqualTo(annotated.httpStatus());
    assertThat(imported.description(Locale.ENGLISH)).isEqualTo(annotated.description(Locale.ENGLISH));
    assertThat(imported.description(Locale.forLanguageTag("es"))).isEqualTo(annotated.description(Locale.forLanguageTag("es")));
    assertThat(imported.type() == null ? null : imported.type().retry()).isEqualTo(annotated.type() == null ? null : annotated.type().retry());
  }

  @Test
  void decodesTheSeedExampleLikeItsTwin() {
    byte[] body = ("{\"OperationId\":\"op\",\"Status\":\"ERROR\",\"Error\":{\"Code\":\"E201\","
        + "\"Type\":\"RETRY_IMMEDIATELY\",\"Description\":\"down\"}}").getBytes(StandardCharsets.UTF_8);
    KhipuJsonException imported = KhipuJsonMatcher.decode(200, body).exception().orElseThrow();
    KhipuException annotated = KhipuMatcher.decode(200, body).exception().orElseThrow();
    assertThat(imported.getClass()).isEqualTo(KhipuJsonTargetUnavailableException.class);
    assertThat(imported.code()).isEqualTo(annotated.code());
    assertThat(imported.retry()).isEqualTo(annotated.retry());
    assertThat(imported.correlationId()).isEqualTo(annotated.correlationId());
    assertThat(imported.report().getClass()).isEqualTo(ErrorReport.class);
  }

  /** The checked-in file is what the processor exports for KhipuErrors today: the twins cannot drift. */
  @Test
  void theSourceFileIsTheCatalogsOwnExport() throws IOException {
    assertWithMessage("%s", "samples/src/main/resources/errata/khipu.json differs from the export of KhipuErrors: copy"
            + " target/classes/META-INF/errata/dev.errata.samples.khipu.Khipu.json over it").that(resource("errata/khipu.json")).isEqualTo(resource("META-INF/errata/dev.errata.samples.khipu.Khipu.json"));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = KhipuJsonTwinTest.class.getClassLoader().getResourceAsStream(name)) {
      assertWithMessage("%s", name).that(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
