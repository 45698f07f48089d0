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
import java.util.Set;
import java.util.TreeSet;
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
        } else if (!name.startsWith("dev/errata/processor/") && !name.startsWith("dev/errata/annotations/")) {
          foreign.add(name);
        }
      });
    }
    assertWithMessage("unrelocated third-party classes").that(foreign).isEmpty();
    assertThat(relocated).contains(SHADED + "com/palantir/javapoet/JavaFile.class");
  }

  /** What README says the jar carries: JavaPoet and Jackson's core, databind and annotations, no more. */
  @Test
  void theShadedLibrariesAreJavaPoetAndJackson() throws IOException {
    List<String> libraries = List.of("com/palantir/javapoet/", "com/fasterxml/jackson/core/",
        "com/fasterxml/jackson/databind/", "com/fasterxml/jackson/annotation/");
    Set<String> found = new TreeSet<>();
    List<String> others = new ArrayList<>();
    try (JarFile jar = jar()) {
      jar.stream().map(ZipEntry::getName)
          .filter(name -> name.startsWith(SHADED) && name.endsWith(".class"))
          .map(name -> name.substring(SHADED.length()))
          .forEach(name -> libraries.stream().filter(name::startsWith).findFirst()
              .ifPresentOrElse(found::add, () -> others.add(name)));
      // Jackson's Apache License and NOTICE travel with its classes, once each.
      assertThat(text(jar, "META-INF/LICENSE")).contains("Apache License");
      assertThat(text(jar, "META-INF/NOTICE")).contains("Jackson");
    }
    assertWithMessage("shaded classes of other libraries").that(others).isEmpty();
    assertThat(found).containsExactlyElementsIn(libraries);
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

  /** Runs the packaged jar's diff command: its exit status, then what it printed. */
  private static List<String> runJar(String... args) throws IOException, InterruptedException {
    // The jar alone, as a user runs it: the annotations (whose defaults the JSON reader takes) are in it.
    Path jar = Paths.get(System.getProperty("errata.processorJar")).toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(
        Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return List.of(Integer.toString(process.waitFor()), output);
  }

  @Test
  void theJarRunsTheDiffCommandOnItsOwn() throws IOException, InterruptedException {
    // The jar is processor/target/errata-processor-*.jar; the samples' baselines are beside processor.
    Path baselines = Paths.get(System.getProperty("errata.processorJar")).toAbsolutePath()
        .getParent().getParent().getParent().resolve(Paths.get("samples", "src", "baselines"));
    String khipu = baselines.resolve("dev.errata.samples.khipu.Khipu.json").toString();
    String stripe = baselines.resolve("dev.errata.samples.stripe.Stripe.json").toString();

    assertThat(runJar("diff", khipu, khipu))
        .containsExactly("0", "# Khipu: changes since " + khipu + "\n\nNo changes.\n").inOrder();
    List<String> different = runJar("diff", khipu, stripe);
    assertThat(different.get(0)).isEqualTo("1");
    assertThat(different.get(1)).contains("## Breaking on the wire");
    assertThat(runJar("diff", khipu))
        .containsExactly("2", "usage: java -jar errata-processor.jar diff OLD.json NEW.json\n").inOrder();
  }
}
