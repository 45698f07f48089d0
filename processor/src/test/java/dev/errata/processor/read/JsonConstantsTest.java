package dev.errata.processor.read;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.annotations.Outcome;
import dev.errata.annotations.Retry;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The catalog file reader's names of {@code Retry} and {@code Outcome} are the enums', in order. */
class JsonConstantsTest {

  @Test
  void theReaderNamesEveryRetryAndOutcome() {
    assertThat(JsonCatalogReader.RETRIES)
        .containsExactlyElementsIn(Arrays.stream(Retry.values()).map(Enum::name).toList()).inOrder();
    assertThat(JsonCatalogReader.OUTCOMES)
        .containsExactlyElementsIn(Arrays.stream(Outcome.values()).map(Enum::name).toList()).inOrder();
  }
}
