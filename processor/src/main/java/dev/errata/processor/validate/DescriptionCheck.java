package dev.errata.processor.validate;

import dev.errata.processor.read.DescriptionDeclaration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks the descriptions of a type, group or code against the catalog's locales: none in an
 * undeclared locale, none twice in one, and, when one is given, one in every locale.
 */
final class DescriptionCheck {

  private final ValidationReport report;
  private final LocaleCheck locales;

  DescriptionCheck(ValidationReport report, LocaleCheck locales) {
    this.report = report;
    this.locales = locales;
  }

  /** The descriptions by locale, in the catalog's locale order; reports what is wrong with them. */
  Map<String, String> check(String what, List<DescriptionDeclaration> declared) {
    List<String> tags = locales.locales();
    Map<String, String> byLocale = new LinkedHashMap<>();
    for (DescriptionDeclaration description : declared) {
      String locale = description.locale().value().isEmpty()
          ? tags.get(0)
          : description.locale().value();
      if (locales.isInvalid(locale)) {
        // Reported at the tag in locales; fixing it there is all that is needed.
        continue;
      }
      if (!tags.contains(locale)) {
        report.report(Diagnostics.UNDECLARED_LOCALE, description.locale(), what, locale, quoted(tags));
      } else if (byLocale.containsKey(locale)) {
        report.report(Diagnostics.DUPLICATE_DESCRIPTION, description.value(), what, locale);
      } else {
        byLocale.put(locale, description.value().value());
      }
    }
    if (!byLocale.isEmpty()) {
      for (String locale : tags) {
        if (!byLocale.containsKey(locale)) {
          DescriptionDeclaration first = declared.get(0);
          report.report(
              Diagnostics.MISSING_DESCRIPTION, first.value(), what,
              quoted(List.copyOf(byLocale.keySet())), locale, locale);
        }
      }
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String locale : tags) {
      if (byLocale.containsKey(locale)) {
        ordered.put(locale, byLocale.get(locale));
      }
    }
    return ordered;
  }

  private static String quoted(List<String> values) {
    return values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(", "));
  }
}
