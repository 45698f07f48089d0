package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.ErrorCode;
import dev.errata.catalog.ErrorReport;
import dev.errata.processor.Compilations;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Catalogs past what one enum, one method or one constant pool can hold: 20,000 codes in leaf groups,
 * and 3,000 codes flat at the root, each with its own exception class. Both compile without warnings,
 * every generated method stays under HotSpot's JIT limit, and every declared code matches its entry.
 */
class HugeCatalogTest {

  /** HotSpot's HugeMethodLimit: larger methods are never JIT-compiled. */
  private static final int HUGE_METHOD_LIMIT = 8000;

  /**
   * 20,000 codes in 40 leaf groups of 500: per group 440 exact codes ({@code G07E123}) with
   * descriptions in two locales, 50 ranges of ten, each with a prefix of its own so that the range
   * look-up is split too ({@code G07RAC0..G07RAC9}), and 10 wildcards ({@code G07W3*}); plus one code
   * outside any group.
   */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class InLeafGroups {

    private static final int GROUPS = 40;
    private static final int EXACT = 440;
    private static final int RANGES = 50;
    private static final int WILDCARDS = 10;

    private Compilation compilation;
    private ClassLoader loader;
    private Method match;

    @BeforeAll
    void compile() throws ReflectiveOperationException {
      StringBuilder source = new StringBuilder()
          .append("package test;\n")
          .append("import dev.errata.annotations.*;\n")
          .append("@ErrorCatalog(name = \"Huge\", locales = {\"en\", \"es\"},\n")
          .append("    types = {@ErrorType(name = \"FATAL\"), @ErrorType(name = \"RETRY\", retry = Retry.IMMEDIATELY)})\n")
          .append("public interface HugeErrors {\n")
          .append("  @Code(type = \"FATAL\") String OUTSIDE = \"OUT1\";\n");
      for (int g = 0; g < GROUPS; g++) {
        source.append(String.format("  @Group(leaf = true, type = \"%s\", http = %d)%n  interface Group%02d {%n",
            g % 2 == 0 ? "FATAL" : "RETRY", 400 + g, g));
        for (int i = 0; i < EXACT; i++) {
          source.append(String.format(
              "    @Code @Description(\"Exact %1$d.\") @Description(locale = \"es\", value = \"Exacto %1$d.\")"
                  + " String E_%2$02d_%1$d = \"G%2$02dE%1$03d\";%n", i, g));
        }
        for (int i = 0; i < RANGES; i++) {
          source.append(String.format("    @Code String R_%2$02d_%1$d = \"%3$s0..%3$s9\";%n", i, g,
              rangePrefix(g, i)));
        }
        for (int i = 0; i < WILDCARDS; i++) {
          source.append(String.format("    @Code(reading = CodeReading.WILDCARD) String W_%2$02d_%1$d = \"G%2$02dW%1$d*\";%n", i, g));
        }
        source.append("  }\n");
      }
      source.append("}\n");
      JavaFileObject user = JavaFileObjects.forSourceString("other.User", ""
          + "package other;\n"
          + "import test.HugeErrorCode;\n"
          + "public final class User {\n"
          + "  private User() {}\n"
          + "  public static HugeErrorCode named() { return HugeErrorCode.E_39_439; }\n"
          + "}\n");
      compilation = Compilations.compile(
          JavaFileObjects.forSourceString("test.HugeErrors", source.toString()), user);
      assertThat(compilation).succeededWithoutWarnings();
      loader = Compilations.classLoader(compilation);
      match = loader.loadClass("test.HugeMatcher").getMethod("match", String.class);
    }

    private ErrorCode match(String code) throws ReflectiveOperationException {
      return (ErrorCode) match.invoke(null, code);
    }

    @Test
    void everyDeclaredCodeMatchesItsEntry() throws ReflectiveOperationException {
      assertThat(match("OUT1").name()).isEqualTo("OUTSIDE");
      for (int g = 0; g < GROUPS; g++) {
        for (int i = 0; i < EXACT; i++) {
          assertThat(match(String.format("G%02dE%03d", g, i)).name()).isEqualTo("E_" + two(g) + "_" + i);
        }
        for (int i = 0; i < RANGES; i++) {
          assertThat(match(rangePrefix(g, i) + "0").name()).isEqualTo("R_" + two(g) + "_" + i);
          assertThat(match(rangePrefix(g, i) + "9").name()).isEqualTo("R_" + two(g) + "_" + i);
        }
        assertThat(match(rangePrefix(g, RANGES) + "0").isUnknown()).isTrue();
        for (int i = 0; i < WILDCARDS; i++) {
          assertThat(match(String.format("G%02dW%dq", g, i)).name()).isEqualTo("W_" + two(g) + "_" + i);
        }
        assertThat(match(String.format("G%02dW%d?", g, 0)).isUnknown()).isTrue();
      }
      assertThat(match(String.format("G%02dE%03d", 0, EXACT)).isUnknown()).isTrue();
      assertThat(match("G40E000").isUnknown()).isTrue();
    }

    @Test
    void codesAreAnEnumLikeClassWithEveryConstant() throws Exception {
      Class<?> errorCode = loader.loadClass("test.HugeErrorCode");
      assertThat(errorCode.isEnum()).isFalse();
      Object[] values = (Object[]) errorCode.getMethod("values").invoke(null);
      assertThat(values).hasLength(GROUPS * (EXACT + RANGES + WILDCARDS) + 2);
      ErrorCode last = (ErrorCode) values[values.length - 1];
      assertThat(last.isUnknown()).isTrue();
      assertThat(last).isSameInstanceAs(errorCode.getField("UNKNOWN").get(null));
      Method valueOf = errorCode.getMethod("valueOf", String.class);
      Method ordinal = errorCode.getMethod("ordinal");
      for (int i = 0; i < values.length; i++) {
        ErrorCode value = (ErrorCode) values[i];
        assertThat(ordinal.invoke(value)).isEqualTo(i);
        assertThat(valueOf.invoke(null, value.name())).isSameInstanceAs(value);
        assertThat(value.toString()).isEqualTo(value.name());
      }
      InvocationTargetException missing = assertThrows(InvocationTargetException.class,
          () -> valueOf.invoke(null, "NOT_A_CODE"));
      assertThat(missing.getCause()).isInstanceOf(IllegalArgumentException.class);
      ErrorCode named = (ErrorCode) loader.loadClass("other.User").getMethod("named").invoke(null);
      assertThat(named).isSameInstanceAs(match("G39E439"));
      assertThat(named.code()).isEqualTo("G39E439");
      assertThat(named.httpStatus()).isEqualTo(439);
      assertThat(named.type().name()).isEqualTo("RETRY");
      assertThat(named.description(java.util.Locale.forLanguageTag("es"))).isEqualTo("Exacto 439.");
      assertThat(match(rangePrefix(0, 1) + "0").isRange()).isTrue();
      @SuppressWarnings("unchecked")
      Comparable<Object> first = (Comparable<Object>) values[0];
      assertThat(first.compareTo(values[1])).isLessThan(0);
    }

    @Test
    void aConstantDeserializesToItself() throws Exception {
      ErrorCode code = match(rangePrefix(12, 3) + "1");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(code);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray())) {
        @Override
        protected Class<?> resolveClass(java.io.ObjectStreamClass desc)
            throws IOException, ClassNotFoundException {
          return Class.forName(desc.getName(), false, loader);
        }
      }) {
        assertThat(in.readObject()).isSameInstanceAs(code);
      }
    }

    @Test
    void everyCodeOfALeafGroupGetsItsClass() throws ReflectiveOperationException {
      Method toException = loader.loadClass("test.HugeMatcher").getMethod("toException", ErrorReport.class);
      for (String code : new String[] {"G00E000", rangePrefix(17, 12) + "3", "G39W9z", "G39E439"}) {
        CatalogException exception = (CatalogException) toException.invoke(null, ErrorReport.ofCode(code));
        assertThat(exception.getClass().getSimpleName())
            .isEqualTo("HugeGroup" + code.substring(1, 3) + "Exception");
        assertThat(exception.errorCode()).isSameInstanceAs(match(code));
      }
      assertThat(toException.invoke(null, ErrorReport.ofCode("OUT1")).getClass().getSimpleName())
          .isEqualTo("HugeOutsideException");
      assertThat(toException.invoke(null, ErrorReport.ofCode("nope")).getClass().getSimpleName())
          .isEqualTo("HugeUnknownException");
    }

    @Test
    void everyGeneratedMethodIsSmallEnoughForTheJit() throws IOException {
      assertMethodsSmall(compilation);
      // Split as the catalog calls for: nested classes for the matching methods, a bucketed range
      // look-up, chunks of constants.
      Map<String, String> sources = Compilations.generatedSources(compilation);
      assertThat(sources.get("test.HugeMatcher")).contains("private static final class Cases2 {");
      assertThat(sources.get("test.HugeMatcher")).contains("return Cases");
      assertThat(sources.get("test.HugeMatcher")).contains("(code, from, hash);");
      assertThat(sources.get("test.HugeErrorCode")).contains("private static final class Entries39 {");
    }
  }

  /** 3,000 exact codes directly in the catalog: 3,000 exception classes, no group. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class FlatAtTheRoot {

    private static final int CODES = 3000;

    private Compilation compilation;
    private ClassLoader loader;

    @BeforeAll
    void compile() {
      StringBuilder source = new StringBuilder()
          .append("package test;\n")
          .append("import dev.errata.annotations.*;\n")
          .append("@ErrorCatalog(name = \"Flat\", types = @ErrorType(name = \"FATAL\"), unknownType = \"FATAL\")\n")
          .append("public interface FlatErrors {\n");
      for (int i = 0; i < CODES; i++) {
        source.append(String.format("  @Code(type = \"FATAL\") String CODE_%d = \"F%04d\";%n", i, i));
      }
      source.append("}\n");
      compilation = Compilations.compile(JavaFileObjects.forSourceString("test.FlatErrors", source.toString()));
      assertThat(compilation).succeededWithoutWarnings();
      loader = Compilations.classLoader(compilation);
    }

    @Test
    void everyCodeMatchesAndRaisesItsOwnClass() throws ReflectiveOperationException {
      Class<?> matcher = loader.loadClass("test.FlatMatcher");
      Method match = matcher.getMethod("match", String.class);
      Method toException = matcher.getMethod("toException", ErrorReport.class);
      for (int i = 0; i < CODES; i++) {
        String code = String.format("F%04d", i);
        ErrorCode entry = (ErrorCode) match.invoke(null, code);
        assertThat(entry.name()).isEqualTo("CODE_" + i);
        CatalogException exception = (CatalogException) toException.invoke(null, ErrorReport.ofCode(code));
        assertThat(exception.getClass().getSimpleName()).isEqualTo("FlatCode" + i + "Exception");
        assertThat(exception.errorCode()).isSameInstanceAs(entry);
      }
      assertThat(((ErrorCode) match.invoke(null, "F3000")).isUnknown()).isTrue();
    }

    @Test
    void everyGeneratedMethodIsSmallEnoughForTheJit() throws IOException {
      assertMethodsSmall(compilation);
    }
  }

  /** The prefix of range {@code i} of group {@code g}: {@code G07RAC} for range 2 of group 7. */
  private static String rangePrefix(int g, int i) {
    return String.format("G%02dR%c%c", g, (char) ('A' + i / 26), (char) ('A' + i % 26));
  }

  private static String two(int group) {
    return String.format("%02d", group);
  }

  private static void assertMethodsSmall(Compilation compilation) throws IOException {
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() == JavaFileObject.Kind.CLASS) {
        try (InputStream in = file.openInputStream()) {
          MethodSizes.of(in.readAllBytes())
              .forEach((method, size) -> sizes.put(file.getName() + " " + method, size));
        }
      }
    }
    assertThat(sizes.size()).isGreaterThan(100);
    sizes.forEach((method, size) -> {
      // Static initializers and the methods that create constants run once: the JIT limit does not
      // matter there, and javac has already held them to 64 KB.
      if (!method.contains("<clinit>") && !method.contains("create()")) {
        assertWithMessage("bytecode of %s", method).that(size).isLessThan(HUGE_METHOD_LIMIT);
      }
    });
  }
}
