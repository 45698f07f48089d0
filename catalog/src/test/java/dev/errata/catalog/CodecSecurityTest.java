package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errata.catalog.EnvelopeCodecTest.failure;
import static dev.errata.catalog.EnvelopeCodecTest.utf8;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.errata.catalog.TestCatalog.KeyBankCode;
import dev.errata.catalog.TestCatalog.KhipuCode;
import dev.errata.catalog.TestCatalog.TestException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Response bodies come from elsewhere: nothing in them may pick a class, or reach shared JVM state. */
class CodecSecurityTest {

  private static final AtomicBoolean CANARY_INITIALIZED = new AtomicBoolean();

  /** Initialized only if something loads it by the name a body gives. */
  static final class Canary {
    static {
      CANARY_INITIALIZED.set(true);
    }

    private Canary() {}
  }

  private static final String CANARY = Canary.class.getName();

  private final EnvelopeCodec khipu = new EnvelopeCodec(TestCatalog.KHIPU);
  private final EnvelopeCodec keyBank = new EnvelopeCodec(TestCatalog.KEYBANK);

  @Test
  void polymorphicTypeHintsAreJustData() {
    String serviceError = "[\"" + CANARY + "\",{\"@class\":\"" + CANARY + "\",\"@type\":\"" + CANARY
        + "\",\"@c\":\".Canary\",\"@id\":1}]";
    String body = "{\"@class\":\"" + CANARY + "\",\"ErrorMessage\":{\"@class\":\"java.lang.String\"},"
        + "\"X-CorrelationId\":\"" + CANARY + "\",\"ServiceError\":" + serviceError + "}";

    TestException error = failure(keyBank.decode(400, utf8(body), null, TestCatalog::keyBankException));
    assertThat(error.errorCode()).isSameInstanceAs(KeyBankCode.BAD_REQUEST);
    assertThat(error.correlationId()).isEqualTo(CANARY);
    assertThat(error.attribute("serviceError")).isEqualTo(serviceError);
    assertThat(error.report().problem()).contains("description");

    TestException khipuError = failure(khipu.decode(500, utf8(
        "{\"Status\":\"ERROR\",\"Error\":[\"" + CANARY + "\",{\"Code\":\"E201\"}]}"), null,
        TestCatalog::khipuException));
    assertThat(khipuError.errorCode()).isSameInstanceAs(KhipuCode.UNKNOWN);

    // Written back, the hints are still just data.
    EncodedError encoded = keyBank.encode(error);
    assertThat(encoded.bodyText()).contains("\"ServiceError\":" + serviceError);

    assertWithMessage("a class named by the body was loaded").that(CANARY_INITIALIZED.get()).isFalse();
  }

  @Test
  void theRuntimeReadsAndWritesWithTheStreamingApiAlone() throws IOException {
    // No data binding, so no default typing, no modules, nothing that could pick a class: every
    // class of the runtime names jackson-core (2 or 3) at most, never databind.
    Path classes = Path.of(EnvelopeCodec.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    List<String> binding = new ArrayList<>();
    int read = 0;
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        read++;
        String constants = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        if (constants.contains("jackson/databind") || constants.contains("ObjectMapper")) {
          binding.add(file.getFileName().toString());
        }
      }
    }
    assertWithMessage("%s", "read only " + read + " classes from " + classes).that(read > 20).isTrue();
    assertThat(binding).isEqualTo(List.of());
  }

  // Each run of the tests has one backend chosen (see the surefire executions); the other may be absent.

  @Test
  void jackson2DoesNotInternKeys() {
    assumeTrue(JsonBackends.chosen().equals(Jackson2Backend.NAME));
    assertThat(new Jackson2Backend(DecodeLimits.DEFAULT, 1_000).factory()
        .isEnabled(com.fasterxml.jackson.core.JsonFactory.Feature.INTERN_FIELD_NAMES)).isFalse();
  }

  @Test
  void jackson3DoesNotInternKeys() {
    assumeTrue(JsonBackends.chosen().equals(Jackson3Backend.NAME));
    assertThat(new Jackson3Backend(DecodeLimits.DEFAULT, 1_000).factory()
        .isEnabled(tools.jackson.core.TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)).isFalse();
  }

  @Test
  void keysOfABodyDoNotReachTheJvmStringTable() {
    // String.intern() is JVM-wide: a body of many distinct keys would fill it, and slow every parse.
    String key = "errata-" + UUID.randomUUID();
    ErrorReport report = keyBank.read(500, utf8("{\"ServiceError\":{\"" + key + "\":1}}"), null);
    assertThat(report.attribute("serviceError")).isEqualTo("{\"" + key + "\":1}");
    String probe = new String(key.toCharArray());
    assertWithMessage("decoding interned a key of the body").that(probe.intern()).isSameInstanceAs(probe);
  }
}
