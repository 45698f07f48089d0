package dev.errata.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The jars a user depends on can be required by name from a module-info. */
class ModuleNamesTest {

  @ParameterizedTest(name = "{1}")
  @CsvSource({
    "dev.errata.catalog.ErrorCode, dev.errata.catalog",
    "dev.errata.annotations.ErrorCatalog, dev.errata.annotations",
    "dev.errata.http.ErrataHttpClient, dev.errata.http",
  })
  void jarsCarryAnAutomaticModuleName(String type, String moduleName)
      throws ClassNotFoundException, IOException, URISyntaxException {
    Class<?> loaded = Class.forName(type);
    Path location = Path.of(loaded.getProtectionDomain().getCodeSource().getLocation().toURI());
    // In the reactor's verify, the packaged jars are on the class path; an IDE may give directories.
    assumeTrue(location.toString().endsWith(".jar"), () -> type + " comes from " + location);
    try (JarFile jar = new JarFile(location.toFile())) {
      assertEquals(moduleName, jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
    }
  }
}
