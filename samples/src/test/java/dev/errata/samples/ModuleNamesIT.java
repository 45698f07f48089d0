package dev.errata.samples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The jars a user depends on can be required by name from a module-info. An integration test: failsafe
 * runs it after {@code package}, when the reactor gives the modules' jars, not their class folders.
 */
class ModuleNamesIT {

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
    assertWithMessage("%s", type + " comes from " + location + ", not a jar: run it with mvn verify").that(location.toString()).endsWith(".jar");
    try (JarFile jar = new JarFile(location.toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name")).isEqualTo(moduleName);
    }
  }
}
