package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.catalog.ErrorCode;
import dev.errata.catalog.ErrorReport;
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
 * A catalog far past one small method's worth of codes (600 exact codes, 200 ranges, 40 wildcards):
 * the generated matcher is split so HotSpot can compile every method, and still matches every code.
 */
class LargeCatalogTest {

  /** HotSpot's HugeMethodLimit: larger methods are never JIT-compiled. */
  private static final int HUGE_METHOD_LIMIT = 8000;

  private static final int EXACT = 600;
  private static final int RANGES = 200;
  private static final int WILDCARDS = 40;

  private static Compilation compilation;
  private static Method match;

  @BeforeAll
  static void compile() throws ReflectiveOperationException {
    compilation = Compilations.compile(JavaFileObjects.forSourceString("test.BigErrors", source()));
    assertThat(compilation).succeededWithoutWarnings();
    match = Compilations.classLoader(compilation).loadClass("test.BigMatcher")
        .getMethod("match", String.class);
  }

  /** Exact codes C0000.., ranges R<n>00..R<n>49 (letters prefix), wildcards W<n>x*. */
  private static String source() {
    StringBuilder source = new StringBuilder()
        .append("package test;\n")
        .append("import dev.errata.annotations.*;\n")
        .append("@ErrorCatalog(name = \"Big\", types = @ErrorType(name = \"FATAL\"))\n")
        .append("public interface BigErrors {\n")
        .append("  @Group(type = \"FATAL\") interface All {\n");
    for (int i = 0; i < EXACT; i++) {
      source.append(String.format("    @Code String EXACT_%d = \"C%04d\";%n", i, i));
    }
    for (int i = 0; i < RANGES; i++) {
      source.append(String.format("    @Code String RANGE_%d = \"R%s00..R%s49\";%n", i, letters(i), letters(i)));
    }
    for (int i = 0; i < WILDCARDS; i++) {
      source.append(String.format("    @Code(reading = CodeReading.WILDCARD) String WILDCARD_%d = \"W%02dx*\";%n", i, i));
    }
    return source.append("  }\n}\n").toString();
  }

  private static String letters(int i) {
    return "" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
  }

  private static String match(String code) throws ReflectiveOperationException {
    return ((ErrorCode) match.invoke(null, code)).name();
  }

  @Test
  void everyDeclaredCodeMatchesItsEntry() throws ReflectiveOperationException {
    for (int i = 0; i < EXACT; i++) {
      assertThat(match(String.format("C%04d", i))).isEqualTo("EXACT_" + i);
    }
    for (int i = 0; i < RANGES; i++) {
      assertThat(match("R" + letters(i) + "00")).isEqualTo("RANGE_" + i);
      assertThat(match("R" + letters(i) + "49")).isEqualTo("RANGE_" + i);
      assertThat(match("R" + letters(i) + "50")).isEqualTo("UNKNOWN");
    }
    for (int i = 0; i < WILDCARDS; i++) {
      assertThat(match(String.format("W%02d7q", i))).isEqualTo("WILDCARD_" + i);
      assertThat(match(String.format("W%02dq7", i))).isEqualTo("UNKNOWN");
    }
    assertThat(match(String.format("C%04d", EXACT))).isEqualTo("UNKNOWN");
  }

  @Test
  void everyCodeBecomesItsEntrysExceptionAcrossTheChunksOfToException() throws ReflectiveOperationException {
    // More entries than one toException method takes: the dispatch between chunks decides each class.
    ClassLoader loader = Compilations.classLoader(compilation);
    Method toException = loader.loadClass("test.BigMatcher").getMethod("toException", ErrorReport.class);
    for (int i = 0; i < EXACT; i++) {
      Object exception = toException.invoke(null, ErrorReport.ofCode(String.format("C%04d", i)));
      assertThat(exception.getClass().getName()).isEqualTo("test.BigExact" + i + "Exception");
    }
    for (int i = 0; i < RANGES; i++) {
      Object exception = toException.invoke(null, ErrorReport.ofCode("R" + letters(i) + "25"));
      assertThat(exception.getClass().getName()).isEqualTo("test.BigRange" + i + "Exception");
    }
    for (int i = 0; i < WILDCARDS; i++) {
      Object exception = toException.invoke(null, ErrorReport.ofCode(String.format("W%02d7q", i)));
      assertThat(exception.getClass().getName()).isEqualTo("test.BigWildcard" + i + "Exception");
    }
    assertThat(toException.invoke(null, ErrorReport.ofCode("nothing")).getClass().getName())
        .isEqualTo("test.BigUnknownException");
  }

  @Test
  void everyGeneratedMethodIsSmallEnoughForTheJit() throws IOException {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        try (InputStream in = file.openInputStream()) {
          MethodSizes.of(in.readAllBytes()).forEach((method, size) -> sizes.put(file.getName() + " " + method, size));
        }
      }
    }
    assertThat(sizes.keySet().stream().anyMatch(name -> name.contains(" exactSlot("))).isTrue();
    assertThat(sizes.keySet().stream().anyMatch(name -> name.contains("range1("))).isTrue();
    assertThat(sizes.keySet().stream().anyMatch(name -> name.contains("toException1("))).isTrue();
    sizes.forEach((method, size) -> {
      // A static initializer runs once; the JIT limit does not matter there.
      if (!method.contains("<clinit>")) {
        assertWithMessage("bytecode of %s", method).that(size).isLessThan(HUGE_METHOD_LIMIT);
      }
    });
  }
}
