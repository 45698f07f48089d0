package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.catalog.ErrorCode;
import dev.errata.processor.Compilations;
import dev.errata.processor.ErrataProcessor;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Which entry stands for an HTTP status, for a response without a code: an exact claim, else the
 * first declared with that status (a group's own codes before its nested groups', the same under
 * javac and ECJ), else the narrowest range of statuses; and an exported catalog says it outright, so
 * reading it back in any order gives the same.
 */
class StatusRuleTest {

  /** gRPC's 400s and 409s, a group declared before the root's codes, a marked 500, nested ranges. */
  private static final String CATALOG = """
      package order;
      import dev.errata.annotations.*;
      @ErrorCatalog(name = "Order", codePattern = "[A-Z_]+", types = @ErrorType(name = "T"))
      public interface OrderErrors {
        @Group(type = "T", http = 409)
        interface Conflicts {
          @Code String ABORTED = "ABORTED";
        }
        @Code(type = "T", http = 400) String INVALID_ARGUMENT = "INVALID_ARGUMENT";
        @Code(type = "T", http = 400) String FAILED_PRECONDITION = "FAILED_PRECONDITION";
        @Code(type = "T", http = 400) String OUT_OF_RANGE = "OUT_OF_RANGE";
        @Code(type = "T", http = 409) String ALREADY_EXISTS = "ALREADY_EXISTS";
        @Code(type = "T", http = 500) String UNKNOWN = "UNKNOWN";
        @Code(type = "T", http = 500, forHttpStatus = {"500", "502"}) String INTERNAL = "INTERNAL";
        @HttpStatus(type = "T") String CLIENT = "4xx";
        @HttpStatus(type = "T") String FIFTIES = "450..459";
      }
      """;

  private static Compilation javac;
  private static Method forHttpStatus;

  @BeforeAll
  static void compile() throws ReflectiveOperationException {
    javac = Compilations.compile(JavaFileObjects.forSourceString("order.OrderErrors", CATALOG));
    assertThat(javac).succeededWithoutWarnings();
    forHttpStatus = Compilations.classLoader(javac).loadClass("order.OrderMatcher")
        .getMethod("forHttpStatus", int.class);
  }

  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @CsvSource({
    "400, INVALID_ARGUMENT",   // declared first of the three 400s
    "409, ALREADY_EXISTS",     // a root code: before the codes of Conflicts, declared above it
    "500, INTERNAL",           // marked, though UNKNOWN is declared first
    "502, INTERNAL",
    "503, UNRECOGNIZED",       // nothing says 503; UNKNOWN is a code, so the built-in entry is UNRECOGNIZED
    "455, FIFTIES",            // the narrower of the two ranges
    "449, CLIENT",
    "460, CLIENT",
    "418, CLIENT",
    "399, UNRECOGNIZED",
  })
  void theMostSpecificClaimWinsThenTheFirstDeclared(int status, String entry) throws ReflectiveOperationException {
    assertThat(((ErrorCode) forHttpStatus.invoke(null, status)).name()).isEqualTo(entry);
  }

  @Test
  void declarationOrderDecidesWhereNothingIsSaid() throws ReflectiveOperationException {
    String reordered = CATALOG.replace(
        "  @Code(type = \"T\", http = 400) String INVALID_ARGUMENT = \"INVALID_ARGUMENT\";\n", "")
        .replace("  @Code(type = \"T\", http = 400) String OUT_OF_RANGE = \"OUT_OF_RANGE\";\n",
            "  @Code(type = \"T\", http = 400) String OUT_OF_RANGE = \"OUT_OF_RANGE\";\n"
                + "  @Code(type = \"T\", http = 400) String INVALID_ARGUMENT = \"INVALID_ARGUMENT\";\n");
    Compilation compilation = Compilations.compile(JavaFileObjects.forSourceString("order.OrderErrors", reordered));
    assertThat(compilation).succeededWithoutWarnings();
    Method status = Compilations.classLoader(compilation).loadClass("order.OrderMatcher")
        .getMethod("forHttpStatus", int.class);
    assertThat(((ErrorCode) status.invoke(null, 400)).name()).isEqualTo("FAILED_PRECONDITION");
  }

  @Test
  void eclipsesCompilerSeesTheSameOrder(@TempDir Path directory) throws IOException {
    // ECJ gives a type's members in source order, javac its member types first: both give fields in
    // source order, and types in source order, which is all the rule uses.
    Path source = directory.resolve("order/OrderErrors.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, CATALOG, StandardCharsets.UTF_8);
    Compilation ecj = Compiler.compiler(new EclipseCompiler())
        .withProcessors(new ErrataProcessor())
        .withOptions("--release", "17", "-warn:+serial")
        .compile(JavaFileObjects.forResource(source.toUri().toURL()));
    assertThat(ecj).succeededWithoutWarnings();
    assertThat(Compilations.generatedSources(ecj)).containsExactlyEntriesIn(Compilations.generatedSources(javac));
  }

  @Test
  void theExportSaysEveryClaimSoAnyOrderOfItsCodesReadsTheSame(@TempDir Path sourcePath) throws IOException {
    String exported = Compilations.generatedResources(javac).get("META-INF/errata/order.Order.json");
    ObjectNode root = (ObjectNode) new ObjectMapper().readTree(exported);
    List<JsonNode> codes = new ArrayList<>();
    root.get("codes").forEach(codes::add);
    Collections.reverse(codes);
    ArrayNode reversed = root.putArray("codes");
    codes.forEach(reversed::add);
    Path json = sourcePath.resolve("errata/order.json");
    Files.createDirectories(json.getParent());
    Files.writeString(json, root.toPrettyString(), StandardCharsets.UTF_8);

    Compilation imported = Compiler.javac()
        .withProcessors(new ErrataProcessor())
        .withOptions("--release", "17", "-Xlint:all", "-Werror", "-sourcepath", sourcePath.toString())
        .compile(JavaFileObjects.forSourceString("order.OrderErrors", """
            package order;
            import dev.errata.annotations.ErrorCatalog;
            @ErrorCatalog(name = "Order", source = "errata/order.json")
            public interface OrderErrors {}
            """));
    assertThat(imported).succeededWithoutWarnings();
    assertThat(Compilations.generatedSources(imported)).isEqualTo(Compilations.generatedSources(javac));
    Map<String, String> resources = new TreeMap<>(Compilations.generatedResources(imported));
    assertThat(resources).isEqualTo(Compilations.generatedResources(javac));
    assertThat(exported).contains("\"forHttpStatus\" : [\n        \"400\"\n      ]");
  }
}
