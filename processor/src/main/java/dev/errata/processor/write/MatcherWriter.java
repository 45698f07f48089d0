package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.MatchPlan;
import dev.errata.processor.model.StatusTable;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Matcher}: {@code match} tries what the catalog's {@link MatchPlan} says in its
 * order, exact codes ({@link ExactMatchWriter}), then ranges ({@link RangeMatchWriter}), then wildcards
 * ({@link WildcardMatchWriter}), with no regular expression and no allocation; {@code forHttpStatus};
 * {@code toException} ({@link ToExceptionWriter}); the codec and its methods ({@link CodecWriter}).
 * Every generated method is kept small through {@link Chunks}, and placed by a {@link HelperPlacer}.
 */
final class MatcherWriter {

  private final Catalog catalog;
  private final CatalogTypes types;
  private final GeneratedAnnotation generated;
  private final ClassName errorCode;
  /** The enum constant of codes that match nothing. */
  private final String unknown;
  private final HelperPlacer placer;

  MatcherWriter(Catalog catalog, CatalogTypes types, GeneratedAnnotation generated) {
    this.catalog = catalog;
    this.types = types;
    this.generated = generated;
    this.errorCode = types.errorCode();
    this.unknown = types.unknownConstant();
    this.placer = new HelperPlacer(catalog.entries().size());
  }

  TypeSpec write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(types.matcher())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Finds the entry of the $L catalog ({@link $T}) a received code falls under, and"
                + " the typed exception for a failed response.\n",
            catalog.name(), types.catalogInterface())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    generated.addTo(type);
    CatalogHandleWriter handle = new CatalogHandleWriter(catalog, types);
    CodecWriter codec = new CodecWriter(catalog.envelope(), types);
    type.addField(codec.codecField())
        .addField(handle.matcherField())
        .addMethod(match(MatchPlan.of(catalog.entries())))
        .addMethod(forHttpStatus())
        .addMethod(new ToExceptionWriter(catalog, types, placer).write())
        .addMethod(codec.decode())
        .addMethod(codec.decodeWithHeaders())
        .addMethod(codec.encode())
        .addMethod(codec.codec())
        .addMethod(handle.matcherAccessor());
    placer.addTo(type);
    return type.build();
  }

  private MethodSpec match(MatchPlan plan) {
    MatchCode code = new MatchCode(errorCode, placer);
    MethodSpec.Builder match = lookup("match", "The entry {@code code} falls under: its exact code, else the"
            + " narrowest range or wildcard that contains it,\nelse {@link $T#$N}. Case-sensitive; never"
            + " throws, {@code null} included.\n", String.class, "code", "the code a response carried, or {@code null}")
        .beginControlFlow("if (code == null)")
        .addStatement("return $T.$N", errorCode, unknown)
        .endControlFlow();
    if (!plan.exactCodes().isEmpty()) {
      returnIfFound(match, "exact", new ExactMatchWriter(code).write(plan.exactCodes()));
    }
    if (!plan.rangeGroups().isEmpty()) {
      returnIfFound(match, "range", new RangeMatchWriter(code).write(plan.rangeGroups()));
    }
    if (!plan.wildcards().isEmpty()) {
      returnIfFound(match, "wildcard", new WildcardMatchWriter(code).write(plan));
    }
    return match.addStatement("return $T.$N", errorCode, unknown).build();
  }

  /** {@code <ErrorCode> name = call; if (name != null) return name;} */
  private void returnIfFound(MethodSpec.Builder method, String name, CodeBlock call) {
    method.addStatement("$T $N = $L", errorCode, name, call)
        .beginControlFlow("if ($N != null)", name)
        .addStatement("return $N", name)
        .endControlFlow();
  }

  private MethodSpec forHttpStatus() {
    StatusTable table = catalog.statusTable();
    CodeBlock.Builder body = CodeBlock.builder();
    CodeBlock none = CodeBlock.of("$T.$N", errorCode, unknown);
    if (!table.exact().isEmpty()) {
      Switches.Expression named = table.ranges().isEmpty()
          ? Switches.returning(CodeBlock.of("httpStatus"))
          : Switches.expression(CodeBlock.of("$T named =", errorCode), CodeBlock.of("httpStatus"));
      table.exact().forEach((status, entry) ->
          named.when(CodeBlock.of("$L", status), CodeBlock.of("$T.$N", errorCode, entry.name())));
      if (table.ranges().isEmpty()) {
        return forHttpStatus(body.add(named.otherwise(none)));
      }
      body.add(named.otherwise(CodeBlock.of("null")))
          .beginControlFlow("if (named != null)")
          .addStatement("return named")
          .endControlFlow();
    }
    // Ranges narrowest first: the first that holds the status wins, as in the table.
    for (StatusTable.RangeClaim claim : table.ranges()) {
      body.add("// $L\n", claim.range().text())
          .beginControlFlow("if (httpStatus >= $L && httpStatus <= $L)", claim.range().low(), claim.range().high())
          .addStatement("return $T.$N", errorCode, claim.entry().name())
          .endControlFlow();
    }
    return forHttpStatus(body.addStatement("return $L", none));
  }

  private MethodSpec forHttpStatus(CodeBlock.Builder body) {
    return lookup("forHttpStatus", "The entry that stands for {@code httpStatus}, for a response that carries"
            + " no code: the entry that names it\nin {@code forHttpStatus} (or {@code @HttpStatus}), else the"
            + " first declared with that status, else the\nnarrowest range of statuses that holds it;"
            + " {@link $T#$N} when none does.\n", int.class, "httpStatus", "the response's HTTP status")
        .addCode(body.build())
        .build();
  }

  /**
   * The start of a look-up, {@code public static <ErrorCode> name(parameter)}, that never returns
   * {@code null}: {@code doc} (which may link the unknown constant as {@code $T#$N}), then the
   * parameter's and the return value's tags.
   */
  private MethodSpec.Builder lookup(String name, String doc, Class<?> type, String parameter, String parameterDoc) {
    return MethodSpec.methodBuilder(name)
        .addJavadoc(doc + "\n@param $N " + parameterDoc + "\n@return its entry, never {@code null}\n",
            errorCode, unknown, parameter)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(errorCode)
        .addParameter(type, parameter);
  }
}
