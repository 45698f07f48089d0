package dev.errata.processor.write;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.catalog.ErrorCode;
import dev.errata.processor.Compilations;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matcher the processor generates for a catalog of one type whose entries {@code C0}, {@code C1},
 * ... hold the given codes (exact codes, ranges, patterns as {@code @Code} reads them): its source, its
 * private look-up methods by name, and its {@code match}.
 */
record GeneratedMatcher(String source, Map<String, String> methods, Method match) {

  private static final Pattern METHOD = Pattern.compile(
      "private static \\w+ (\\w+)\\(String code(?:, int \\w+)*\\) \\{\\n(.*?)\\n    \\}\\n", Pattern.DOTALL);

  static GeneratedMatcher compile(String name, List<String> codes) throws ReflectiveOperationException {
    StringBuilder source = new StringBuilder("package test;\nimport dev.errata.annotations.*;\n")
        .append("@ErrorCatalog(name = \"").append(name).append("\", types = @ErrorType(name = \"FATAL\"))\n")
        .append("public interface ").append(name).append("Errors {\n");
    for (int i = 0; i < codes.size(); i++) {
      source.append("  @Code(type = \"FATAL\") String C").append(i).append(" = \"").append(codes.get(i)).append("\";\n");
    }
    Compilation compilation = Compilations.compile(
        JavaFileObjects.forSourceString("test." + name + "Errors", source.append("}\n").toString()));
    assertThat(compilation).succeededWithoutWarnings();
    String matcher = Compilations.generatedSources(compilation).get("test." + name + "Matcher");
    Map<String, String> methods = new LinkedHashMap<>();
    Matcher method = METHOD.matcher(matcher);
    while (method.find()) {
      methods.put(method.group(1), method.group(2));
    }
    return new GeneratedMatcher(matcher, methods, Compilations.classLoader(compilation)
        .loadClass("test." + name + "Matcher").getMethod("match", String.class));
  }

  /** The name of the entry {@code match} gives {@code code}. */
  String match(String code) throws ReflectiveOperationException {
    return ((ErrorCode) match.invoke(null, code)).name();
  }
}
