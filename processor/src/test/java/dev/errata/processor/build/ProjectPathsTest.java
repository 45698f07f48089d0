package dev.errata.processor.build;

import static com.google.common.truth.Truth.assertWithMessage;

import dev.errata.processor.Compilations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The mutation profile runs the tests in the reactor's directory, not in {@code processor/}, so a test
 * that finds a project file by a path relative to the working directory (the samples' folder as
 * {@code ../samples}) passes in {@code mvn verify} and stops the whole PIT run. Tests go through
 * {@link Compilations#projectFile}, which the build points at the project with {@code errata.root}.
 */
class ProjectPathsTest {

  private static final Pattern RELATIVE =
      Pattern.compile("(Path\\.of|Paths\\.get)\\(\\s*\"(\\.\\.|src)[\"/]");

  @Test
  void testsFindProjectFilesThroughTheProjectRoot() throws IOException {
    Path tests = Compilations.projectFile("processor/src/test/java");
    List<String> offenders;
    try (Stream<Path> files = Files.walk(tests)) {
      offenders = files
          .filter(file -> file.toString().endsWith(".java"))
          .filter(file -> !file.endsWith(Path.of("dev", "errata", "processor", "Compilations.java")))
          .filter(file -> RELATIVE.matcher(read(file)).find())
          .map(file -> tests.relativize(file).toString())
          .sorted()
          .toList();
    }
    assertWithMessage("tests naming project files relative to the working directory").that(offenders).isEmpty();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new IllegalStateException(file.toString(), e);
    }
  }
}
