package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;


import java.util.List;
import org.junit.jupiter.api.Test;

/** The one mechanism that keeps generated methods small. */
class ChunksTest {

  @Test
  void splitsIntoRunsOfAtMostTheWeight() {
    assertThat(Chunks.split(List.of(1, 2, 3, 4, 5), 2)).isEqualTo(List.of(List.of(1, 2), List.of(3, 4), List.of(5)));
    assertThat(Chunks.split(List.of(1, 2, 3), 3)).isEqualTo(List.of(List.of(1, 2, 3)));
    assertThat(Chunks.split(List.<Integer>of(), 3)).isEqualTo(List.of());
  }

  @Test
  void weighsEachItem() {
    // Weights 3, 1, 1, 4, 2 under 5: [3, 1, 1] weighs 5 exactly, then 4, then 2 (4 + 2 > 5).
    List<Integer> items = List.of(3, 1, 1, 4, 2);
    assertThat(Chunks.split(items, 5, item -> item)).isEqualTo(List.of(List.of(3, 1, 1), List.of(4), List.of(2)));
    // An item heavier than the limit still gets a chunk of its own.
    assertThat(Chunks.split(List.of(9, 1), 5, item -> item)).isEqualTo(List.of(List.of(9), List.of(1)));
  }
}
