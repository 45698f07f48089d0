package dev.errata.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.GeneratedNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Writes {@code <Name>ErrorCode}: one constant per code, range and wildcard, plus {@code UNKNOWN}. */
final class ErrorCodeWriter {

  private final Catalog catalog;
  private final CatalogTypes types;
  private final GeneratedAnnotation generated;

  ErrorCodeWriter(Catalog catalog, CatalogTypes types, GeneratedAnnotation generated) {
    this.catalog = catalog;
    this.types = types;
    this.generated = generated;
  }

  TypeSpec write() {
    ClassName self = types.errorCode();
    ClassName errorType = types.errorType();
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(RuntimeTypes.ERROR_CODE)
        .addJavadoc("The codes of the $L catalog ({@link $T}); {@link $T} finds the one a received"
                + " code falls under.\n",
            catalog.name(), types.catalogInterface(), types.matcher());
    generated.addTo(type);
    for (ErrorEntry entry : catalog.entries()) {
      CodeBlock.Builder arguments = CodeBlock.builder()
          .add("$>$>$S, $T.$N, $L, $L", entry.pattern().text(), errorType, entry.type(),
              entry.httpStatus(), entry.pattern().isRange());
      for (String description : entry.descriptions().values()) {
        arguments.add(",\n$S", description);
      }
      arguments.add("$<$<");
      type.addEnumConstant(entry.name(), TypeSpec.anonymousClassBuilder(arguments.build())
          .addJavadoc(Javadoc.of(
              "{@code " + Javadoc.escape(entry.pattern().text()) + "}"
                  + (entry.httpStatus() == 0 ? "" : ", HTTP " + entry.httpStatus())
                  + ", " + entry.type() + ".",
              entry.descriptions().get(catalog.defaultLocale())))
          .build());
    }
    CodeBlock unknownType = catalog.unknownType().isEmpty()
        ? CodeBlock.of("null")
        : CodeBlock.of("$T.$N", errorType, catalog.unknownType());
    type.addEnumConstant(GeneratedNames.UNKNOWN, TypeSpec.anonymousClassBuilder(
            CodeBlock.of("$S, $L, 0, false", "", unknownType))
        .addJavadoc("A code the catalog does not declare; servers add codes, so clients must expect it.\n")
        .build());

    type.addField(String.class, "code", Modifier.PRIVATE, Modifier.FINAL)
        .addField(errorType, "type", Modifier.PRIVATE, Modifier.FINAL)
        .addField(int.class, "httpStatus", Modifier.PRIVATE, Modifier.FINAL)
        .addField(boolean.class, "range", Modifier.PRIVATE, Modifier.FINAL)
        .addField(String[].class, "descriptions", Modifier.PRIVATE, Modifier.FINAL)
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(String.class, "code")
            .addParameter(errorType, "type")
            .addParameter(int.class, "httpStatus")
            .addParameter(boolean.class, "range")
            .addParameter(ArrayTypeName.of(String.class), "descriptions")
            .varargs()
            .addStatement("this.code = code")
            .addStatement("this.type = type")
            .addStatement("this.httpStatus = httpStatus")
            .addStatement("this.range = range")
            .addStatement("this.descriptions = descriptions")
            .build())
        .addMethod(getter("code", String.class, "code"))
        .addMethod(MethodSpec.methodBuilder("type")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(errorType)
            .addStatement("return type")
            .build())
        .addMethod(getter("httpStatus", int.class, "httpStatus"))
        .addMethod(getter("isRange", boolean.class, "range"))
        .addMethod(MethodSpec.methodBuilder("isUnknown")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addStatement("return this == $N", GeneratedNames.UNKNOWN)
            .build())
        .addMethod(MethodSpec.methodBuilder("description")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return descriptions.length == 0 ? \"\" : descriptions[0]")
            .build())
        .addMethod(MethodSpec.methodBuilder("description")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addParameter(Locale.class, "locale")
            .addStatement("return descriptions.length == 0 ? \"\" : descriptions[localeIndex(locale)]")
            .build())
        .addMethod(localeIndex());
    return type.build();
  }

  private static MethodSpec getter(String name, Class<?> returns, String field) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addStatement("return $N", field)
        .build();
  }

  /**
   * The index of the catalog locale that best fits a requested one: the same tag, else the first
   * catalog locale of the same language, else the default (index 0).
   */
  private MethodSpec localeIndex() {
    List<String> locales = catalog.locales();
    Map<String, Integer> byTag = new LinkedHashMap<>();
    Map<String, Integer> byLanguage = new LinkedHashMap<>();
    for (int i = 1; i < locales.size(); i++) {
      Locale locale = Locale.forLanguageTag(locales.get(i));
      if (!locale.getCountry().isEmpty() || !locale.getScript().isEmpty()
          || !locale.getVariant().isEmpty()) {
        byTag.put(locales.get(i), i);
      }
    }
    for (int i = 0; i < locales.size(); i++) {
      byLanguage.putIfAbsent(Locale.forLanguageTag(locales.get(i)).getLanguage(), i);
    }
    byLanguage.values().removeIf(index -> index == 0);
    MethodSpec.Builder method = MethodSpec.methodBuilder("localeIndex")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(int.class)
        .addParameter(Locale.class, "locale");
    if (byTag.isEmpty() && byLanguage.isEmpty()) {
      return method.addStatement("return 0").build();
    }
    method.beginControlFlow("if (locale == null)").addStatement("return 0").endControlFlow();
    if (!byTag.isEmpty()) {
      method.addCode(switchOn("locale.toLanguageTag()", byTag, false));
    }
    method.addCode(switchOn("locale.getLanguage()", byLanguage, true));
    return method.build();
  }

  private static CodeBlock switchOn(String selector, Map<String, Integer> cases, boolean last) {
    CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch ($L)", selector);
    List<String> keys = new ArrayList<>(cases.keySet());
    for (String key : keys) {
      code.add("case $S:\n", key).indent().addStatement("return $L", cases.get(key)).unindent();
    }
    code.add("default:\n").indent();
    if (last) {
      code.addStatement("return 0");
    } else {
      code.addStatement("break");
    }
    return code.unindent().endControlFlow().build();
  }
}
