package dev.errata.processor.build;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/** Inspects the packaged processor jar: self-contained, relocated, registered, isolating. */
class ProcessorJarIT {

  private static final String SHADED = "dev/errata/processor/shaded/";

  private static JarFile jar() throws IOException {
    Path path = Paths.get(System.getProperty("errata.processorJar"));
    assertWithMessage("processor jar %s", path).that(Files.isRegularFile(path)).isTrue();
    return new JarFile(path.toFile());
  }

  private static String text(JarFile jar, String name) throws IOException {
    ZipEntry entry = jar.getEntry(name);
    assertWithMessage("%s in the processor jar", name).that(entry).isNotNull();
    try (InputStream in = jar.getInputStream(entry)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyClassIsErrataOwnOrRelocated() throws IOException {
    List<String> foreign = new ArrayList<>();
    List<String> relocated = new ArrayList<>();
    try (JarFile jar = jar()) {
      jar.stream().map(ZipEntry::getName).filter(name -> name.endsWith(".class")).forEach(name -> {
        if (name.startsWith(SHADED)) {
          relocated.add(name);
        } else if (!name.startsWith("dev/errata/processor/")) {
          foreign.add(name);
        }
      });
    }
    assertWithMessage("unrelocated third-party classes").that(foreign).isEmpty();
    assertThat(relocated).contains(SHADED + "com/palantir/javapoet/JavaFile.class");
  }

  @Test
  void theProcessorIsRegisteredAsAService() throws IOException {
    try (JarFile jar = jar()) {
      assertThat(text(jar, "META-INF/services/javax.annotation.processing.Processor").trim())
          .isEqualTo("dev.errata.processor.ErrataProcessor");
    }
  }

  @Test
  void gradleRunsItAsAnIsolatingProcessor() throws IOException {
    try (JarFile jar = jar()) {
      assertThat(text(jar, "META-INF/gradle/incremental.annotation.processors").trim())
          .isEqualTo("dev.errata.processor.ErrataProcessor,isolating");
    }
  }

  @Test
  void modularUsersCanNameIt() throws IOException {
    try (JarFile jar = jar()) {
      Manifest manifest = jar.getManifest();
      assertThat(manifest.getMainAttributes().getValue("Automatic-Module-Name"))
          .isEqualTo("dev.errata.processor");
    }
  }
}
