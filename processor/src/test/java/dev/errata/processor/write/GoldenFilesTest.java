package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.errata.processor.Compilations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated sources and resources of {@code catalogs/good/ShopErrors.java}, compared with the
 * golden files in {@code catalogs/expected/}: sources named by qualified type name, resources by file
 * name. After an intended change, re-write them with {@code mvn -pl processor -am verify
 * -Derrata.goldens.update=true} and review the diff.
 */
class GoldenFilesTest {

  private static final Path GOLDENS =
      Paths.get(System.getProperty("errata.goldens", "src/test/resources/catalogs"), "expected");

  @Test
  void generatedSourcesMatchGoldenFiles() throws IOException {
    Compilation compilation = Compilations.compile(Compilations.catalog("good/ShopErrors.java"));
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> generated = outputs(compilation);

    if (Boolean.getBoolean("errata.goldens.update")) {
      rewriteGoldens(generated);
    }
    Map<String, String> goldens = readGoldens();
    assertWithMessage("generated files vs golden files in %s", GOLDENS)
        .that(generated.keySet())
        .containsExactlyElementsIn(goldens.keySet());
    for (Map.Entry<String, String> golden : goldens.entrySet()) {
      assertWithMessage("generated %s differs from its golden file; if intended, re-run with"
              + " -Derrata.goldens.update=true", golden.getKey())
          .that(generated.get(golden.getKey()))
          .isEqualTo(golden.getValue());
    }
  }

  /** Golden file name to content: {@code test.ShopMatcher.java}, {@code Shop.json}, {@code Shop.en.md}. */
  private static Map<String, String> outputs(Compilation compilation) {
    Map<String, String> outputs = new TreeMap<>();
    Compilations.generatedSources(compilation).forEach((name, source) -> outputs.put(name + ".java", source));
    Compilations.generatedResources(compilation).forEach((path, content) ->
        outputs.put(path.substring(path.lastIndexOf('/') + 1), content));
    return outputs;
  }

  @Test
  void memberOrderDoesNotChangeTheOutput() {
    Compilation declared = Compilations.compile(Compilations.catalog("good/ShopErrors.java"));
    Compilation reordered =
        Compilations.compile(Compilations.catalog("good/reordered/ShopErrors.java"));
    assertThat(reordered).succeededWithoutWarnings();
    assertThat(outputs(reordered)).isEqualTo(outputs(declared));
  }

  @Test
  void compilingTwiceGivesByteIdenticalSources() {
    Map<String, String> first = outputs(Compilations.compile(Compilations.catalog("good/ShopErrors.java")));
    Map<String, String> second = outputs(Compilations.compile(Compilations.catalog("good/ShopErrors.java")));
    assertThat(second).isEqualTo(first);
  }

  private static Map<String, String> readGoldens() throws IOException {
    Map<String, String> goldens = new TreeMap<>();
    try (Stream<Path> files = Files.list(GOLDENS)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = file.getFileName().toString();
        goldens.put(name, Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return goldens;
  }

  private static void rewriteGoldens(Map<String, String> generated) throws IOException {
    Files.createDirectories(GOLDENS);
    try (Stream<Path> files = Files.list(GOLDENS)) {
      for (Path stale : (Iterable<Path>) files::iterator) {
        Files.delete(stale);
      }
    }
    for (Map.Entry<String, String> source : generated.entrySet()) {
      Files.writeString(GOLDENS.resolve(source.getKey()), source.getValue(),
          StandardCharsets.UTF_8);
    }
  }
}
