package dev.errata.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/** Writes {@code localeIndex}, which picks the description of a requested locale among the catalog's. */
final class LocaleIndexWriter {

  private final List<String> locales;

  /** A writer for the catalog's locales, its default first. */
  LocaleIndexWriter(List<String> locales) {
    this.locales = locales;
  }

  /**
   * The index of the catalog locale that best fits a requested one: the same tag, else the first
   * catalog locale of the same language, else the default (index 0).
   */
  MethodSpec write() {
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
      // A tag the catalog has as such, such as pt-BR, before the first of its language.
      Switches.Statement tags = Switches.statement(CodeBlock.of("locale.toLanguageTag()"));
      byTag.forEach((tag, index) ->
          tags.when(CodeBlock.of("$S", tag), CodeBlock.builder().addStatement("return $L", index).build()));
      method.addCode(tags.end());
    }
    if (byLanguage.isEmpty()) {
      return method.addStatement("return 0").build();
    }
    Switches.Expression languages = Switches.returning(CodeBlock.of("locale.getLanguage()"));
    byLanguage.forEach((language, index) -> languages.when(CodeBlock.of("$S", language), CodeBlock.of("$L", index)));
    return method.addCode(languages.otherwise(CodeBlock.of("0"))).build();
  }
}
