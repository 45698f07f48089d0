package dev.errata.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which JSON library decodes: the one the build's run of the tests expects, by the documented rule. */
class JsonBackendTest {

  /** Set by each surefire execution: the backend that run must use. */
  private static final String EXPECTED = System.getProperty("errata.expected.json");

  @Test
  void eachRunUsesTheBackendItsClassPathAndPropertyCallFor() {
    assertTrue(EXPECTED != null, "the build sets errata.expected.json for each run of the tests");
    assertEquals(EXPECTED, JsonBackends.CHOSEN);
    assertEquals(EXPECTED, JsonBackend.create(DecodeLimits.DEFAULT, 1_000).name());
  }

  @Test
  void aPropertyNamingNoBackendIsAnErrorThatSaysWhatToName() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> JsonBackends.choose("gson"));
    assertTrue(e.getMessage().contains("jackson3 or jackson2"), e.getMessage());
  }

  @Test
  void thePropertyPicksAPresentBackendWhateverItsSpaces() {
    // The chosen one is present in every run.
    assertEquals(JsonBackends.CHOSEN, JsonBackends.choose(" " + JsonBackends.CHOSEN + " "));
    assertEquals(JsonBackends.CHOSEN, JsonBackends.choose(System.getProperty(JsonBackend.PROPERTY)));
  }
}
