package dev.errata.processor;

import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles catalogs with the processor and reads back what it generated, for tests. */
public final class Compilations {

  private Compilations() {}

  /** A source file from {@code src/test/resources/catalogs/...}. */
  public static JavaFileObject catalog(String path) {
    return JavaFileObjects.forResource("catalogs/" + path);
  }

  /**
   * A sample catalog of the {@code samples} module, such as {@code khipu/KhipuErrors.java}, read from its
   * source folder as a user's project has it.
   */
  public static JavaFileObject sample(String path) {
    Path source = projectFile("samples/src/main/java/dev/errata/samples").resolve(path);
    try {
      return JavaFileObjects.forResource(source.toUri().toURL());
    } catch (MalformedURLException e) {
      throw new IllegalArgumentException(source.toString(), e);
    }
  }

  /**
   * A file of the project (the folder above {@code processor/}), such as {@code docs/x.json}: found
   * through {@code errata.root}, which the build sets, since PIT runs tests in another directory.
   */
  public static Path projectFile(String path) {
    return Paths.get(System.getProperty("errata.root", "..")).resolve(path);
  }

  /** Compiles with the processor, on release 17, with every lint warning an error. */
  public static Compilation compile(JavaFileObject... sources) {
    return Compiler.javac()
        .withProcessors(new ErrataProcessor())
        .withOptions("--release", "17", "-Xlint:all", "-Werror")
        .compile(sources);
  }

  /** Asserts that no message is an internal error of the processor. */
  public static void assertNoInternalError(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      assertWithMessage("the processor crashed")
          .that(diagnostic.getMessage(null))
          .doesNotContain("[ErrataInternal]");
    }
  }

  /** Generated sources by qualified type name, such as {@code test.ShopMatcher}. */
  public static Map<String, String> generatedSources(Compilation compilation) {
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      String relative = path.substring(path.indexOf("/SOURCE_OUTPUT/") + "/SOURCE_OUTPUT/".length());
      String name = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
      try {
        sources.put(name, file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  /** Generated resources ({@code META-INF/errata/...}) by their path under the class output. */
  public static Map<String, String> generatedResources(Compilation compilation) {
    Map<String, String> resources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      int at = path.indexOf("/CLASS_OUTPUT/");
      // Only what the processor wrote: looking up a catalog's source file in the class output also
      // leaves an (empty, unreadable) entry among the compilation's files.
      if (file.getKind() != JavaFileObject.Kind.OTHER || at < 0
          || !path.startsWith("META-INF/errata/", at + "/CLASS_OUTPUT/".length())) {
        continue;
      }
      try {
        resources.put(path.substring(at + "/CLASS_OUTPUT/".length()), file.getCharContent(true).toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return resources;
  }

  /** A class loader over the compiled classes, parent-first to the test class path. */
  public static ClassLoader classLoader(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String relative = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
      String name = relative.substring(0, relative.length() - ".class".length()).replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new ClassLoader(Compilations.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
      }
    };
  }
}
