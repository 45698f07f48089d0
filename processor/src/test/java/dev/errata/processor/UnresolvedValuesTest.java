package dev.errata.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * An annotation value naming a constant the compiler cannot resolve is javac's {@code <error>}: the
 * catalog waits for it like for an unresolved type, and is never checked with {@code <error>} as its
 * name, type, locale or attribute.
 */
class UnresolvedValuesTest {

  private static JavaFileObject catalog(String catalogValues, String member) {
    return JavaFileObjects.forSourceString("unresolved.Values", """
        package unresolved;
        import dev.errata.annotations.*;
        @ErrorCatalog(%s types = @ErrorType(name = "FATAL"))
        public interface Values {
          @Code(type = "FATAL") String ONE = "E1";
          %s
        }
        """.formatted(catalogValues, member));
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "name = Missing.NAME,|",
    "name = \"Values\", envelope = @Envelope(attributes = @Attribute(name = Missing.N, pointer = \"/a\")),|",
    "name = \"Values\",|@Code(type = Missing.NAME) String TWO = \"E2\";",
    "name = \"Values\",|@Group(type = Missing.T) interface Inner { @Code String TWO = \"E2\"; }",
    // Here javac runs no last round: its own error is the only one.
    "name = \"Values\",|@Code(type = \"FATAL\") @Description(\"x\") @Description(locale = Missing.L, value = \"y\")"
        + " String TWO = \"E2\";",
  })
  void waitsAndThenSaysWhatCouldNotBeResolved(String parts) {
    String[] split = parts.split("\\|", -1);
    boolean lastRound = !split[1].contains("@Description");
    Compilation compilation = Compilations.compile(catalog(split[0], split[1]));
    assertThat(compilation).failed();
    List<String> messages = compilation.errors().stream().map(error -> error.getMessage(Locale.ROOT)).toList();
    // javac reports the missing symbol at the value; Errata waits for a round that may resolve it, and
    // in the last round (when javac runs one) says so. Never a check of "<error>" as if it were the value.
    for (String message : messages) {
      assertThat(message).doesNotContain("<error>");
      assertWithMessage("%s", message).that(!message.startsWith("[Errata") || message.startsWith(
          "[ErrataUnresolvedType] catalog unresolved.Values could not be processed because a value of @")).isTrue();
    }
    assertThat(compilation).hadErrorContaining("cannot find symbol");
    if (lastRound) {
      assertThat(compilation).hadErrorCount(2);
      assertThat(compilation).hadErrorContaining("[ErrataUnresolvedType]");
    }
  }

  @Test
  void aCodeWrittenAsTheTextErrorIsJustACode() throws ReflectiveOperationException {
    Compilation compilation = Compilations.compile(catalog("name = \"Values\",", "@Code(type = \"FATAL\") String TWO = \"<error>\";"));
    assertThat(compilation).succeededWithoutWarnings();
    java.lang.reflect.Method match = Compilations.classLoader(compilation).loadClass("unresolved.ValuesMatcher")
        .getMethod("match", String.class);
    assertThat(match.invoke(null, "<error>").toString()).isEqualTo("TWO");
    assertThat(match.invoke(null, "<other>").toString()).isEqualTo("UNKNOWN");
  }

  @Test
  void aConstantAnotherProcessorGeneratesIsReadNextRound() {
    Compilation compilation = Compiler.javac()
        .withProcessors(new OtherProcessor("gen.Names",
            "package gen;\npublic final class Names { public static final String FATAL = \"FATAL\"; }\n"), new ErrataProcessor())
        .compile(catalog("name = \"Values\",", "@Code(type = gen.Names.FATAL) String TWO = \"E2\";"));
    assertThat(compilation).succeeded();
    assertThat(compilation).generatedSourceFile("unresolved.ValuesMatcher");
  }
}
