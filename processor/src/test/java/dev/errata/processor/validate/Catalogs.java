package dev.errata.processor.validate;

import static com.google.common.truth.Truth.assertWithMessage;


import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.processor.ErrataProcessor;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Loads the catalogs under {@code src/test/resources/catalogs} and compiles them with the processor. */
final class Catalogs {

  private Catalogs() {}

  /** {@code catalogs/bad/<name>.java}: a catalog with mistakes the processor must report. */
  static JavaFileObject bad(String name) {
    return JavaFileObjects.forResource("catalogs/bad/" + name + ".java");
  }

  /** {@code catalogs/good/<name>.java}: a catalog that must compile. */
  static JavaFileObject good(String name) {
    return JavaFileObjects.forResource("catalogs/good/" + name + ".java");
  }

  /**
   * Compiles the sources with the Errata processor, and fails if the processor itself failed: however
   * wrong a catalog is, the answer is a diagnostic about it, never an internal error.
   */
  static Compilation compile(JavaFileObject... sources) {
    // javac keeps only its first 100 errors by default; all the bad catalogs at once give more.
    Compilation compilation = Compiler.javac()
        .withProcessors(new ErrataProcessor())
        .withOptions("-Xmaxerrs", "10000")
        .compile(sources);
    assertNoInternalError(compilation);
    return compilation;
  }

  /** Fails when any error is the processor's "[ErrataInternal]" report of its own failure. */
  static void assertNoInternalError(Compilation compilation) {
    List<String> internal = messages(compilation.errors()).stream()
        .filter(message -> message.contains(Diagnostics.INTERNAL.id()))
        .toList();
    assertWithMessage("the processor failed instead of reporting on the catalog").that(internal).isEqualTo(List.of());
  }

  /** The messages of the diagnostics, in the compiler's order. */
  static List<String> messages(List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    return diagnostics.stream().map(diagnostic -> diagnostic.getMessage(Locale.ROOT)).toList();
  }
}
