package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.processor.Compilations;
import org.junit.jupiter.api.Test;

/** The catalog's resources are named by its package too: catalogs named alike in two packages both build. */
class ResourcesTest {

  private static String catalog(String packageName) {
    return "package " + packageName + ";\n"
        + "import dev.errata.annotations.*;\n"
        + "@ErrorCatalog(name = \"Payments\", types = @ErrorType(name = \"FATAL\"))\n"
        + "public interface PaymentsErrors {\n"
        + "  @Code(type = \"FATAL\") String DECLINED = \"" + packageName.toUpperCase(java.util.Locale.ROOT) + "1\";\n"
        + "}\n";
  }

  @Test
  void twoCatalogsNamedAlikeInTwoPackagesBothCompile() {
    Compilation compilation = Compilations.compile(
        JavaFileObjects.forSourceString("eu.PaymentsErrors", catalog("eu")),
        JavaFileObjects.forSourceString("us.PaymentsErrors", catalog("us")));
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(Compilations.generatedResources(compilation).keySet()).containsExactly(
        "META-INF/errata/eu.Payments.json", "META-INF/errata/eu.Payments.en.md",
        "META-INF/errata/us.Payments.json", "META-INF/errata/us.Payments.en.md");
    assertThat(Compilations.generatedResources(compilation).get("META-INF/errata/us.Payments.json"))
        .contains("\"code\" : \"US1\"");
    assertThat(Compilations.generatedSources(compilation)).containsKey("eu.PaymentsMatcher");
    assertThat(Compilations.generatedSources(compilation)).containsKey("us.PaymentsMatcher");
  }
}
