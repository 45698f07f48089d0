package dev.errata.processor.evolution;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


import dev.errata.processor.model.CodePatternParser;
import dev.errata.processor.model.CodeSyntaxException;
import dev.errata.processor.read.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of comparing catalogs: a catalog compared with itself has no change; an entry added
 * outside every existing range never breaks the wire; removing any entry always breaks clients.
 */
class CatalogDiffProperties {

  /** A catalog of exact codes {@code E000..E999} and disjoint ranges {@code R<block>00..R<block><end>}. */
  @Provide
  Arbitrary<Snapshot> catalogs() {
    Arbitrary<Set<Integer>> exact = Arbitraries.integers().between(0, 999).set().ofMinSize(1).ofMaxSize(8);
    Arbitrary<Set<Integer>> blocks = Arbitraries.integers().between(0, 9).set().ofMaxSize(4);
    Arbitrary<Integer> end = Arbitraries.integers().between(1, 99);
    Arbitrary<Set<Integer>> inRanges = Arbitraries.integers().between(0, 999).set().ofMaxSize(3);
    return Combinators.combine(exact, blocks, end, inRanges).as(CatalogDiffProperties::catalog);
  }

  private static Snapshot catalog(Set<Integer> exact, Set<Integer> blocks, int end, Set<Integer> inRanges) {
    List<Snapshot.Entry> entries = new ArrayList<>();
    for (int code : new TreeSet<>(exact)) {
      entries.add(entry(String.format("E_%03d", code), String.format("E%03d", code)));
    }
    for (int block : new TreeSet<>(blocks)) {
      entries.add(entry("RANGE_" + block, String.format("R%d00..R%d%02d", block, block, end)));
    }
    for (int code : new TreeSet<>(inRanges)) {
      // An exact code in the ranges' space: inside one of them, or between them.
      entries.add(entry(String.format("R_%03d", code), String.format("R%03d", code)));
    }
    return snapshot(entries);
  }

  private static Snapshot snapshot(List<Snapshot.Entry> entries) {
    return new Snapshot("Shop", List.of("en"), Map.of("FATAL", "NEVER"), Map.of("code", "/code"), Map.of(),
        entries, new Located<>("Shop", null, null, null));
  }

  private static Snapshot.Entry entry(String name, String code) {
    try {
      return new Snapshot.Entry(name, code, Optional.of(CodePatternParser.parse(code)), "FATAL", 400, "", "",
          false, Map.of("en", name), new Located<>(name, null, null, null));
    } catch (CodeSyntaxException e) {
      throw new IllegalArgumentException(code, e);
    }
  }

  @Property
  void aCatalogComparedWithItselfHasNoChange(@ForAll("catalogs") Snapshot catalog) {
    assertThat(CatalogDiff.compare(catalog, catalog)).isEqualTo(List.of());
  }

  @Property
  void anEntryAddedOutsideEveryRangeNeverBreaksTheWire(
      @ForAll("catalogs") Snapshot catalog, @ForAll("newCodes") String code) {
    List<Snapshot.Entry> entries = new ArrayList<>(catalog.entries());
    entries.add(entry("NEW_" + code, code));

    List<Change> changes = CatalogDiff.compare(catalog, snapshot(entries));

    assertWithMessage("%s", changes).that(changes.stream().noneMatch(change -> change.kind() == Change.Kind.WIRE)).isTrue();
    assertWithMessage("%s", changes).that(changes.stream().anyMatch(change -> change.ruleId().equals("ErrataEntryAdded"))).isTrue();
  }

  /** Codes no generated catalog's range can hold: another prefix. */
  @Provide
  Arbitrary<String> newCodes() {
    return Arbitraries.integers().between(0, 999).map(number -> String.format("N%03d", number));
  }

  @Property
  void removingAnyEntryAlwaysBreaksClients(@ForAll("catalogs") Snapshot catalog, @ForAll int seed) {
    List<Snapshot.Entry> entries = new ArrayList<>(catalog.entries());
    Snapshot.Entry removed = entries.remove(Math.floorMod(seed, entries.size()));

    List<Change> changes = CatalogDiff.compare(catalog, snapshot(entries));

    assertWithMessage("%s", changes).that(changes.stream().anyMatch(Change::breaking)).isTrue();
    assertWithMessage("%s", changes).that(changes.stream().anyMatch(change -> change.message().contains(removed.name()))).isTrue();
  }
}
