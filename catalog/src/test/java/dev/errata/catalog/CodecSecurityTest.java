package dev.errata.catalog;

import static dev.errata.catalog.EnvelopeCodecTest.failure;
import static dev.errata.catalog.EnvelopeCodecTest.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.catalog.TestCatalog.KeyBankCode;
import dev.errata.catalog.TestCatalog.KhipuCode;
import dev.errata.catalog.TestCatalog.TestException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
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
    assertSame(KeyBankCode.BAD_REQUEST, error.errorCode());
    assertEquals(CANARY, error.correlationId());
    assertEquals(serviceError, error.attribute("serviceError"));
    assertTrue(error.report().problem().contains("description"), error.report().problem());

    TestException khipuError = failure(khipu.decode(500, utf8(
        "{\"Status\":\"ERROR\",\"Error\":[\"" + CANARY + "\",{\"Code\":\"E201\"}]}"), null,
        TestCatalog::khipuException));
    assertSame(KhipuCode.UNKNOWN, khipuError.errorCode());

    // Written back, the hints are still just data.
    EncodedError encoded = keyBank.encode(error);
    assertTrue(encoded.bodyText().contains("\"ServiceError\":" + serviceError), encoded.bodyText());

    assertFalse(CANARY_INITIALIZED.get(), "a class named by the body was loaded");
  }

  @Test
  void theCodecsMappersHaveNoDefaultTypingAndNoModules() throws ReflectiveOperationException {
    List<ObjectMapper> mappers = new ArrayList<>();
    for (EnvelopeCodec codec : List.of(khipu, keyBank, keyBank.withLimits(new DecodeLimits(10, 10, 10, 10)))) {
      for (Field field : EnvelopeCodec.class.getDeclaredFields()) {
        if (ObjectMapper.class.isAssignableFrom(field.getType())) {
          field.setAccessible(true);
          mappers.add((ObjectMapper) field.get(codec));
        }
      }
    }
    assertFalse(mappers.isEmpty());
    for (ObjectMapper mapper : mappers) {
      for (Class<?> type : List.of(Object.class, java.io.Serializable.class, Comparable.class)) {
        assertNull(mapper.getDeserializationConfig().getDefaultTyper(mapper.constructType(type)), type::getName);
        assertNull(mapper.getSerializationConfig().getDefaultTyper(mapper.constructType(type)), type::getName);
      }
      assertTrue(mapper.getRegisteredModuleIds().isEmpty(), () -> mapper.getRegisteredModuleIds().toString());
    }
  }

  @Test
  void keysOfABodyDoNotReachTheJvmStringTable() {
    // String.intern() is JVM-wide: a body of many distinct keys would fill it, and slow every parse.
    String key = "errata-" + UUID.randomUUID();
    ErrorReport report = keyBank.read(500, utf8("{\"ServiceError\":{\"" + key + "\":1}}"), null);
    assertEquals("{\"" + key + "\":1}", report.attribute("serviceError"));
    String probe = new String(key.toCharArray());
    assertSame(probe, probe.intern(), "decoding interned a key of the body");
  }
}
