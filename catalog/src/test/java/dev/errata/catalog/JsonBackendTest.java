package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;

/** Which JSON library decodes: the one the build's run of the tests expects, by the documented rule. */
class JsonBackendTest {

  /** Set by each surefire execution: the backend that run must use. */
  private static final String EXPECTED = System.getProperty("errata.expected.json");

  @Test
  void eachRunUsesTheBackendItsClassPathAndPropertyCallFor() {
    assertWithMessage("the build sets errata.expected.json for each run of the tests").that(EXPECTED != null).isTrue();
    if (EXPECTED.equals("none")) {
      // Every codec made says what to add, not only the first (no NoClassDefFoundError after it).
      for (int i = 0; i < 2; i++) {
        IllegalStateException e = assertThrows(IllegalStateException.class,
            () -> new EnvelopeCodec(EnvelopeFormat.builder().code("/code").build()));
        assertWithMessage("%s", e.getMessage()).that(e.getMessage().contains("tools.jackson.core:jackson-core")
            && e.getMessage().contains("com.fasterxml.jackson.core:jackson-core")).isTrue();
      }
      return;
    }
    assertThat(JsonBackends.chosen()).isEqualTo(EXPECTED);
    assertThat(JsonBackend.create(DecodeLimits.DEFAULT, 1_000).name()).isEqualTo(EXPECTED);
  }

  @Test
  void aPropertyNamingNoBackendIsAnErrorThatSaysWhatToName() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> JsonBackends.choose("gson"));
    assertThat(e.getMessage()).contains("jackson3 or jackson2");
  }

  @Test
  void thePropertyPicksAPresentBackendWhateverItsSpaces() {
    assumeFalse("none".equals(EXPECTED), "no backend is present");
    // The chosen one is present in every run.
    assertThat(JsonBackends.choose(" " + JsonBackends.chosen() + " ")).isEqualTo(JsonBackends.chosen());
    assertThat(JsonBackends.choose(System.getProperty(JsonBackend.PROPERTY))).isEqualTo(JsonBackends.chosen());
  }
}
