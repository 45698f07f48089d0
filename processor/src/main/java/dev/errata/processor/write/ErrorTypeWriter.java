package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.ErrorTypeDef;
import dev.errata.processor.model.GeneratedNames;
import java.time.Duration;
import javax.lang.model.element.Modifier;

/** Writes {@code <Name>ErrorType}: one constant per declared type, each with its retry advice. */
final class ErrorTypeWriter {

  private final Catalog catalog;
  private final CatalogTypes types;
  private final GeneratedAnnotation generated;

  ErrorTypeWriter(Catalog catalog, CatalogTypes types, GeneratedAnnotation generated) {
    this.catalog = catalog;
    this.types = types;
    this.generated = generated;
  }

  TypeSpec write() {
    ClassName self = types.errorType();
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(RuntimeTypes.ERROR_KIND)
        .addJavadoc("The error types of the $L catalog ({@link $T}), each with its retry advice.\n",
            catalog.name(), types.catalogInterface());
    generated.addTo(type);
    for (ErrorTypeDef def : catalog.types()) {
      type.addEnumConstant(def.name(), TypeSpec.anonymousClassBuilder("$L, $T.$N",
              retryAdvice(def), RuntimeTypes.OUTCOME, def.outcome().name())
          .addJavadoc(Javadoc.of(outcomeText(def) + "Retry: " + retryText(def) + ".",
              def.descriptions().get(catalog.defaultLocale())))
          .build());
    }
    if (catalog.unknownType().isEmpty()) {
      // So that every code, unknown ones included, has a type: never null.
      type.addEnumConstant(GeneratedNames.UNKNOWN_TYPE, TypeSpec.anonymousClassBuilder("$T.never(), $T.FAILURE",
              RuntimeTypes.RETRY_ADVICE, RuntimeTypes.OUTCOME)
          .addJavadoc(Javadoc.of("The type of codes the catalog does not know, as it declares no unknownType:"
              + " a failure. Retry: never. Not a type the API names: {@link #forName} never returns it.", null))
          .build());
    }
    type.addField(RuntimeTypes.RETRY_ADVICE, "retry", Modifier.PRIVATE, Modifier.FINAL)
        .addField(RuntimeTypes.OUTCOME, "outcome", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(RuntimeTypes.RETRY_ADVICE, "retry")
            .addParameter(RuntimeTypes.OUTCOME, "outcome")
            .addStatement("this.retry = retry")
            .addStatement("this.outcome = outcome")
            .build())
        .addMethod(MethodSpec.methodBuilder("retry")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(RuntimeTypes.RETRY_ADVICE)
            .addStatement("return retry")
            .build())
        .addMethod(MethodSpec.methodBuilder("outcome")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(RuntimeTypes.OUTCOME)
            .addStatement("return outcome")
            .build())
        .addMethod(forName(self));
    return type.build();
  }

  private static CodeBlock retryAdvice(ErrorTypeDef def) {
    return switch (def.retry()) {
      case NEVER -> CodeBlock.of("$T.never()", RuntimeTypes.RETRY_ADVICE);
      case IMMEDIATELY -> CodeBlock.of("$T.immediately()", RuntimeTypes.RETRY_ADVICE);
      case AFTER -> CodeBlock.of(
          "$T.after($T.parse($S))", RuntimeTypes.RETRY_ADVICE, Duration.class, def.after());
    };
  }

  private static String outcomeText(ErrorTypeDef def) {
    return switch (def.outcome()) {
      case FAILURE -> "";
      case WARNING -> "A warning, not a failure. ";
      case SUCCESS -> "A success, not a failure. ";
    };
  }

  private static String retryText(ErrorTypeDef def) {
    return switch (def.retry()) {
      case NEVER -> "never";
      case IMMEDIATELY -> "immediately";
      case AFTER -> "after {@code " + def.after() + "}";
    };
  }

  private MethodSpec forName(ClassName self) {
    CodeBlock.Builder body = CodeBlock.builder()
        .beginControlFlow("if (name == null)")
        .addStatement("return null")
        .endControlFlow();
    Switches.Expression byName = Switches.returning(CodeBlock.of("name"));
    for (ErrorTypeDef def : catalog.types()) {
      byName.when(CodeBlock.of("$S", def.name()), CodeBlock.of("$N", def.name()));
    }
    body.add(byName.otherwise(CodeBlock.of("null")));
    return MethodSpec.methodBuilder("forName")
        .addJavadoc("The type the API calls {@code name}, or {@code null} when the catalog declares"
            + " no such type.\nUnlike {@code valueOf}, never throws.\n\n"
            + "@param name the type's name as a response gives it, or {@code null}\n"
            + "@return the type, or {@code null}\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(self)
        .addParameter(String.class, "name")
        .addCode(body.build())
        .build();
  }
}
