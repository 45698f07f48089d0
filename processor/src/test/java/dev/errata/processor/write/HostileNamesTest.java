package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.processor.Compilations;
import dev.errata.processor.ErrataProcessor;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Names that are legal Java but meet what the processor generates: constants named like the generated
 * enums' fields and methods ({@code code}, {@code values}), like types the generated code uses ({@code
 * String}, {@code Locale}), non-ASCII names, types named {@code retry} or {@code forName}, groups named
 * {@code ErrorCode}. A catalog of them either compiles, generated code and all, without a warning, or
 * gets Errata's errors at its own elements: never an error inside generated code.
 */
class HostileNamesTest {

  static final List<String> CONSTANT_NAMES = List.of(
      "code", "type", "httpStatus", "range", "descriptions", "description", "values", "valueOf", "name",
      "ordinal", "isRange", "isUnknown", "localeIndex", "CODEC", "match", "forHttpStatus", "toException",
      "decode", "encode", "codec", "exact", "pattern", "serialVersionUID", "errorCode", "report", "retry",
      "effectiveType", "requireCode", "number", "String", "Object", "Locale", "Math", "Override", "Objects",
      "CodeMatching", "ErrorReport", "Generated", "\u00c9CHEC", "\u00df", "\u0130STANBUL", "\u01c5EMO", "$",
      "_X", "X_", "__", "\u03a9", "A_B_C", "a_b", "abc", "Abc", "ABC", "ShopErrorCode", "ShopErrorType", "ShopMatcher",
      "ShopException", "Duration", "RetryAdvice", "Outcome");

  static final List<String> TYPE_NAMES = List.of(
      "FATAL", "retry", "outcome", "forName", "valueOf", "values", "name", "ordinal", "UNKNOWN", "String",
      "Locale", "RetryAdvice", "Outcome", "Duration", "descriptions", "description", "$", "\u00c9CHEC", "after",
      "code", "type", "ShopErrorType", "ShopErrorCode");

  /** Not {@code Code} or {@code String}: those would hide what the catalog's own source names. */
  static final List<String> GROUP_NAMES = List.of(
      "Type", "ErrorCode", "Matcher", "Exception", "Override", "Locale", "\u03a9", "Errors", "Report", "Decoded",
      "Unknown", "Shop");

  static final List<String> CATALOG_NAMES = List.of("\u00c4rger", "\u540d\u524d", "\u03a9", "$", "_x", "Shop", "A");

  /** One catalog of such names. */
  record Named(String catalog, List<String> types, List<String> constants, List<String> groups, List<Integer> homes,
      boolean leaf) {}

  @Provide
  Arbitrary<Named> named() {
    return Combinators.combine(
            Arbitraries.of(CATALOG_NAMES),
            Arbitraries.of(TYPE_NAMES).set().ofMinSize(1).ofMaxSize(3).map(List::copyOf),
            Arbitraries.of(CONSTANT_NAMES).set().ofMinSize(1).ofMaxSize(8).map(List::copyOf),
            Arbitraries.of(GROUP_NAMES).set().ofMaxSize(2).map(List::copyOf),
            Arbitraries.integers().between(0, 2).list().ofSize(8),
            Arbitraries.of(true, false))
        .as(Named::new);
  }

  static String source(Named named) {
    StringBuilder types = new StringBuilder();
    for (String type : named.types()) {
      types.append(types.length() == 0 ? "" : ", ").append("@ErrorType(name = \"").append(type).append("\")");
    }
    // A type that waits, so the generated type enum names Duration too.
    types.append(", @ErrorType(name = \"LATER\", retry = Retry.AFTER, after = \"PT1M\")");
    String type = named.types().get(0);
    List<StringBuilder> homes = new ArrayList<>();
    homes.add(new StringBuilder());
    for (String group : named.groups()) {
      homes.add(new StringBuilder());
    }
    for (int i = 0; i < named.constants().size(); i++) {
      int home = named.homes().get(i) % homes.size();
      homes.get(home).append("    @Code(type = \"").append(type).append("\") @Description(\"the ")
          .append(named.constants().get(i)).append(" code\") String ").append(named.constants().get(i))
          .append(" = \"E").append(100 + i).append("\";\n");
    }
    StringBuilder source = new StringBuilder()
        .append("package names;\n")
        .append("import dev.errata.annotations.*;\n")
        .append("@ErrorCatalog(name = \"").append(named.catalog()).append("\", types = {").append(types)
        .append("})\n")
        .append("public interface NamesErrors {\n")
        .append(homes.get(0));
    for (int g = 0; g < named.groups().size(); g++) {
      source.append("  @Group(leaf = ").append(named.leaf() && g == 0).append(") interface ")
          .append(named.groups().get(g)).append(" {\n").append(homes.get(g + 1)).append("  }\n");
    }
    return source.append("}\n").toString();
  }

  @Property(edgeCases = EdgeCasesMode.NONE, tries = 20)
  void legalNamesCompileOrAreReportedAtTheCatalog(@ForAll("named") Named named) {
    String source = source(named);
    Compilation compilation = Compiler.javac()
        .withProcessors(new ErrataProcessor())
        .withOptions("--release", "17", "-Xlint:all", "-Werror")
        .compile(JavaFileObjects.forSourceString("names.NamesErrors", source));
    List<String> wrong = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
      if (diagnostic.getKind() == Diagnostic.Kind.NOTE) {
        continue;
      }
      String message = diagnostic.getMessage(Locale.ROOT);
      String file = diagnostic.getSource() == null ? "(no file)" : diagnostic.getSource().getName();
      boolean atCatalog = file.endsWith("names/NamesErrors.java");
      if (!atCatalog || !message.startsWith("[Errata") || message.startsWith("[ErrataInternal]")) {
        if (seen.add(file + message)) {
          wrong.add(diagnostic.getKind() + " in " + file + ":" + diagnostic.getLineNumber() + ": " + message);
        }
      }
    }
    assertWithMessage("%s", "for\n" + source).that(wrong).isEqualTo(List.of());
  }

  @Example
  void namesOfTheGeneratedEnumsOwnMembersAreReportedWhereDeclared() {
    JavaFileObject source = JavaFileObjects.forSourceString("names.NamesErrors", """
        package names;
        import dev.errata.annotations.*;
        @ErrorCatalog(name = "Shop", types = {@ErrorType(name = "FATAL"), @ErrorType(name = "retry"),
            @ErrorType(name = "Duration", retry = Retry.AFTER, after = "PT1M")})
        public interface NamesErrors {
          @Code(type = "FATAL") String code = "E1";
          @Code(type = "FATAL") String ShopErrorType = "E2";
          @Code(type = "FATAL") String name = "E3";
        }
        """);
    Compilation compilation = Compiler.javac().withProcessors(new ErrataProcessor()).compile(source);
    assertThat(compilation).hadErrorCount(4);
    // Each message names what the user can rename: their code or type, never the generated member.
    assertThat(compilation).hadErrorContaining(
            "[ErrataNameClash] NamesErrors.code would generate enum constant ShopErrorCode.code, but"
                + " ShopErrorCode has a field of that name. Rename NamesErrors.code.")
        .inFile(source).onLineContaining("String code");
    assertThat(compilation).hadErrorContaining(
            "[ErrataNameClash] NamesErrors.ShopErrorType would generate enum constant"
                + " ShopErrorCode.ShopErrorType, but ShopErrorCode's constants refer to the type ShopErrorType"
                + " by that name. Rename NamesErrors.ShopErrorType.")
        .inFile(source).onLineContaining("String ShopErrorType");
    assertThat(compilation).hadErrorContaining(
            "[ErrataNameClash] type retry would generate enum constant ShopErrorType.retry, but ShopErrorType"
                + " has a field of that name. Rename the type.")
        .inFile(source).onLineContaining("name = \"retry\"");
    assertThat(compilation).hadErrorContaining(
            "[ErrataNameClash] type Duration would generate enum constant ShopErrorType.Duration, but"
                + " ShopErrorType's constants refer to the type Duration by that name. Rename the type.")
        .inFile(source).onLineContaining("name = \"Duration\"");
  }

  @Example
  void aGroupWithoutCodesCompiles() throws ReflectiveOperationException {
    JavaFileObject source = JavaFileObjects.forSourceString("names.NamesErrors", """
        package names;
        import dev.errata.annotations.*;
        @ErrorCatalog(name = "Shop", types = @ErrorType(name = "FATAL"))
        public interface NamesErrors {
          @Code(type = "FATAL") String ONE = "E1";
          interface Planned { }
          interface Outer { interface Inner { } }
        }
        """);
    Compilation compilation = Compiler.javac()
        .withProcessors(new ErrataProcessor())
        .withOptions("--release", "17", "-Xlint:all", "-Werror")
        .compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> planned = Compilations.classLoader(compilation).loadClass("names.ShopPlannedException");
    assertThat(java.lang.reflect.Modifier.isAbstract(planned.getModifiers())).isTrue();
    assertThat(planned.isSealed()).isFalse();
    assertThat(planned.getSuperclass().isSealed()).isTrue();
  }
}
