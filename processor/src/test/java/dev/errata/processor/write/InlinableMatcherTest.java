package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.catalog.ErrorCode;
import dev.errata.processor.Compilations;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A catalog of 2,000 codes shaped as the benchmarks' (20 groups, each of 85 exact codes such as
 * {@code J0042}, 12 ranges such as {@code JR050..JR059} and 3 wildcards such as {@code JW01*}): every
 * method {@code match} runs is small enough for HotSpot to inline into its caller.
 */
class InlinableMatcherTest {

  /** HotSpot's FreqInlineSize: a hot callee of more bytecode than this is called, not inlined. */
  private static final int FREQ_INLINE_SIZE = 325;

  private static final int GROUPS = 20;
  private static final int EXACT = 85;
  private static final int RANGES = 12;
  private static final int WILDCARDS = 3;

  private static Compilation compilation;
  private static Method match;

  @BeforeAll
  static void compile() throws ReflectiveOperationException {
    compilation = Compilations.compile(JavaFileObjects.forSourceString("test.BigErrors", source()));
    assertThat(compilation).succeededWithoutWarnings();
    match = Compilations.classLoader(compilation).loadClass("test.BigMatcher")
        .getMethod("match", String.class);
  }

  private static String source() {
    StringBuilder source = new StringBuilder()
        .append("package test;\n")
        .append("import dev.errata.annotations.*;\n")
        .append("@ErrorCatalog(name = \"Big\", types = @ErrorType(name = \"FATAL\"))\n")
        .append("public interface BigErrors {\n");
    for (int g = 0; g < GROUPS; g++) {
      char letter = (char) ('A' + g);
      source.append("  @Group(type = \"FATAL\") interface Group").append(letter).append(" {\n");
      for (int i = 0; i < EXACT; i++) {
        source.append(String.format("    @Code String EXACT_%c%04d = \"%c%04d\";%n", letter, i, letter, i));
      }
      for (int i = 0; i < RANGES; i++) {
        source.append(String.format("    @Code String RANGE_%c%02d = \"%cR%02d0..%cR%02d9\";%n",
            letter, i, letter, i, letter, i));
      }
      for (int i = 0; i < WILDCARDS; i++) {
        source.append(String.format("    @Code(reading = CodeReading.WILDCARD) String WILDCARD_%c%02d = \"%cW%02d*\";%n",
            letter, i, letter, i));
      }
      source.append("  }\n");
    }
    return source.append("}\n").toString();
  }

  private static String match(String code) throws ReflectiveOperationException {
    return ((ErrorCode) match.invoke(null, code)).name();
  }

  @Test
  void codesOfEveryKindMatch() throws ReflectiveOperationException {
    for (int g = 0; g < GROUPS; g++) {
      char letter = (char) ('A' + g);
      for (int i = 0; i < EXACT; i++) {
        assertThat(match(String.format("%c%04d", letter, i))).isEqualTo(String.format("EXACT_%c%04d", letter, i));
      }
      assertThat(match(String.format("%c%04d", letter, EXACT))).isEqualTo("UNKNOWN");
      for (int i = 0; i < RANGES; i++) {
        assertThat(match(String.format("%cR%02d7", letter, i))).isEqualTo(String.format("RANGE_%c%02d", letter, i));
      }
      assertThat(match(String.format("%cR%02d0", letter, RANGES))).isEqualTo("UNKNOWN");
      assertThat(match(String.format("%cX%02d0", letter, 1))).isEqualTo("UNKNOWN");
      for (int i = 0; i < WILDCARDS; i++) {
        assertThat(match(String.format("%cW%02dq", letter, i))).isEqualTo(String.format("WILDCARD_%c%02d", letter, i));
      }
    }
  }

  @Test
  void everyMethodMatchRunsIsSmallEnoughToInline() throws IOException {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS && file.getName().contains("BigMatcher")) {
        try (InputStream in = file.openInputStream()) {
          MethodSizes.of(in.readAllBytes()).forEach((method, size) -> sizes.put(method, size));
        }
      }
    }
    long lookUps = sizes.keySet().stream()
        .filter(method -> method.matches("(match|exact|range|wildcard)[^(]*\\(Ljava/lang/String;.*")
            || method.startsWith("exactSlot("))
        .peek(method -> assertWithMessage("bytecode of %s", method).that(sizes.get(method))
            .isAtMost(FREQ_INLINE_SIZE))
        .count();
    // match, exact and exactSlot, range and the groups of ranges, wildcard and the groups of wildcards.
    // Exact codes are one table look-up: no bucket methods.
    assertThat(sizes.keySet().stream().filter(method -> method.matches("exact[0-9_]+\\(.*"))).isEmpty();
    assertThat(lookUps).isGreaterThan(GROUPS * 2 + 3);
  }
}
