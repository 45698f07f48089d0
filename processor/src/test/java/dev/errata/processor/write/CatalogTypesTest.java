package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;

import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.EnvelopeDef;
import dev.errata.processor.model.GroupDef;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The class of a code's exception: its outermost enclosing leaf group's, asked per path. */
class CatalogTypesTest {

  @Test
  void leafGroupOfIsTheOutermostLeafOnThePath() {
    Catalog catalog = new Catalog("p", "p.Errors", "N", "", List.of("en"), List.of(), "",
        new EnvelopeDef("/c", "", "", "", "", "", "", 500, "", List.of()),
        List.of(
            new GroupDef("A", "A", "", true, Map.of()),
            new GroupDef("A.B", "B", "A", true, Map.of()),
            new GroupDef("C", "C", "", false, Map.of()),
            new GroupDef("C.D", "D", "C", true, Map.of())),
        List.of());
    CatalogTypes types = new CatalogTypes(catalog);
    assertThat(types.leafGroupOf("A.B").orElseThrow().path()).isEqualTo("A");
    assertThat(types.leafGroupOf("A").orElseThrow().path()).isEqualTo("A");
    // Asked again: the remembered answer is the same.
    assertThat(types.leafGroupOf("A.B").orElseThrow().path()).isEqualTo("A");
    assertThat(types.leafGroupOf("C.D").orElseThrow().path()).isEqualTo("C.D");
    assertThat(types.leafGroupOf("C")).isEqualTo(Optional.empty());
    assertThat(types.leafGroupOf("")).isEqualTo(Optional.empty());
  }
}
