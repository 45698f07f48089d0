package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.errata.annotations.Outcome;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.ErrorEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the matcher's {@code toException}: the entry of a report's code (else of its HTTP status),
 * then the exception class of that entry, by a {@code switch} on the entry, split when large.
 */
final class ToExceptionWriter {

  private final Catalog catalog;
  private final CatalogTypes types;
  private final HelperPlacer placer;
  private final ClassName errorCode;

  ToExceptionWriter(Catalog catalog, CatalogTypes types, HelperPlacer placer) {
    this.catalog = catalog;
    this.types = types;
    this.placer = placer;
    this.errorCode = types.errorCode();
  }

  MethodSpec write() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("toException")
        .addJavadoc(whatFor() + ": its code {@link #match matched}, its"
            + " type the one the\nresponse names when the catalog declares it. A report without a code (or"
            + " with an empty one) is\ntyped by its HTTP status ({@link #forHttpStatus}). Never throws for"
            + " any code.\n\n"
            + "@param report what is known of the response\n"
            + "@return the exception, never {@code null}\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(types.exception())
        .addParameter(RuntimeTypes.ERROR_REPORT, "report")
        .addStatement("String code = report.code()")
        .addStatement("$T errorCode = code != null && !code.isEmpty()$W? match(code)"
            + "$W: forHttpStatus(report.httpStatus())", errorCode);
    if (!types.codesAreEnum()) {
      return byOrdinal(method);
    }
    List<List<ErrorEntry>> chunks = Chunks.split(catalog.entries(), Chunks.SWITCH_CASES);
    if (chunks.size() <= 1) {
      Switches.Expression body = Switches.returning(CodeBlock.of("errorCode"));
      for (ErrorEntry entry : catalog.entries()) {
        body.when(CodeBlock.of("$N", entry.name()), newException(entry));
      }
      body.when(CodeBlock.of("$N", types.unknownConstant()), CodeBlock.of("new $T(report)", types.unknownException()));
      return method.addCode(body.exhaustive()).build();
    }
    // Enum constants are declared in entry order, so each chunk is a run of ordinals.
    int first = 0;
    for (int i = 0; i < chunks.size(); i++) {
      List<ErrorEntry> chunk = chunks.get(i);
      String name = "toException" + i;
      method.beginControlFlow("if (errorCode.ordinal() < $L)", first + chunk.size())
          .addStatement("return $N(errorCode, report)", name)
          .endControlFlow();
      Switches.Expression body = Switches.returning(CodeBlock.of("errorCode"));
      for (ErrorEntry entry : chunk) {
        body.when(CodeBlock.of("$N", entry.name()), newException(entry));
      }
      // Called only for the ordinals of this chunk.
      placer.addToMatcher(part(name,
          body.otherwise(CodeBlock.of("throw new $T(errorCode.name())", AssertionError.class))));
      first += chunk.size();
    }
    return method.addStatement("return new $T(report)", types.unknownException()).build();
  }

  /**
   * What the exception stands for: a failed response, or, in a catalog with success or warning
   * types, the response of any of its codes (a success's or a warning's report gets one too).
   */
  private String whatFor() {
    boolean onlyFailures = catalog.types().stream().allMatch(type -> type.outcome() == Outcome.FAILURE);
    return onlyFailures
        ? "The typed exception for a failed response"
        : "The typed exception of a response's report, failed or not (a success or a warning code has\n"
            + "one too)";
  }

  /**
   * For an enum-like code class, which a {@code switch} cannot take: by ordinal, in methods of a
   * bounded number of ordinals, the ordinals of one exception class sharing one case.
   */
  private MethodSpec byOrdinal(MethodSpec.Builder method) {
    List<List<ErrorEntry>> chunks = Chunks.split(catalog.entries(), Chunks.ORDINALS_PER_METHOD);
    Switches.Expression dispatch =
        Switches.returning(CodeBlock.of("errorCode.ordinal() / $L", Chunks.ORDINALS_PER_METHOD));
    int ordinal = 0;
    for (int i = 0; i < chunks.size(); i++) {
      String name = "toException" + i;
      dispatch.when(CodeBlock.of("$L", i), CodeBlock.of("$N(errorCode, report)", name));
      Map<CodeBlock, List<Integer>> byException = new LinkedHashMap<>();
      for (ErrorEntry entry : chunks.get(i)) {
        byException.computeIfAbsent(newException(entry), key -> new ArrayList<>()).add(ordinal++);
      }
      Switches.Expression body = Switches.returning(CodeBlock.of("errorCode.ordinal()"));
      byException.forEach((exception, ordinals) -> {
        CodeBlock.Builder labels = CodeBlock.builder();
        for (int at = 0; at < ordinals.size(); at++) {
          labels.add(at == 0 ? "$L" : ",$W$L", ordinals.get(at));
        }
        body.when(labels.build(), exception);
      });
      placer.addToMatcher(part(name, body.otherwise(CodeBlock.of("new $T(report)", types.unknownException()))));
    }
    return method.addCode(dispatch.otherwise(CodeBlock.of("new $T(report)", types.unknownException()))).build();
  }

  /** A method of a part of the entries, {@code (errorCode, report)} to the exception. */
  private MethodSpec part(String name, CodeBlock body) {
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(types.exception())
        .addParameter(errorCode, "errorCode")
        .addParameter(RuntimeTypes.ERROR_REPORT, "report")
        .addCode(body)
        .build();
  }

  private CodeBlock newException(ErrorEntry entry) {
    return types.leafGroupOf(entry.groupPath()).isPresent()
        ? CodeBlock.of("new $T(errorCode, report)", types.exceptionOf(entry))
        : CodeBlock.of("new $T(report)", types.exceptionOf(entry));
  }
}
