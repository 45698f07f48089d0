package dev.errata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A problem in a repeated annotation lands on the value that caused it, whether the value is written
 * with its name or without, and wherever it sits among the annotation's arguments.
 */
class ProblemPrinterTest {

  @Test
  void problemsInRepeatedAnnotationsLandOnTheirValues() {
    JavaFileObject source = JavaFileObjects.forSourceString("printer.Printed", """
        package printer;
        import dev.errata.annotations.*;
        @ErrorCatalog(name = "Printed", locales = {"en", "es"}, types = @ErrorType(name = "FATAL"))
        public interface Printed {
          @Code(type = "FATAL")
          @Description("one")
          @Description(locale = "es", value = "uno")
          @Description(
              value = "un",
              locale = "fr")
          String UNDECLARED = "E1";

          @Code(type = "FATAL")
          @Description("two")
          @Description(locale = "es", value = "dos")
          @Description(
              locale = "es",
              value = "otra vez")
          String NAMED_VALUE = "E2";

          @Code(type = "FATAL")
          @Description("three")
          @Description(locale = "es", value = "tres")
          @Description(
              "unnamed again")
          String UNNAMED_VALUE = "E3";
        }
        """);
    Compilation compilation = Compilations.compile(source);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[ErrataUndeclaredLocale]")
        .inFile(source).onLineContaining("locale = \"fr\")");
    assertThat(compilation).hadErrorContaining("[ErrataDuplicateDescription]")
        .inFile(source).onLineContaining("value = \"otra vez\")");
    assertThat(compilation).hadErrorContaining("[ErrataDuplicateDescription]")
        .inFile(source).onLineContaining("\"unnamed again\")");
  }
}
