package dev.errata.processor.validate;

import dev.errata.processor.read.CatalogDeclaration;
import dev.errata.processor.read.Located;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a catalog's {@code locales}: at least one, each a well-formed language tag, none twice. The
 * tags it refused are kept, so a description in one is not reported a second time.
 */
final class LocaleCheck {

  private final ValidationReport report;
  /** Locale tags already reported as invalid: a description in one is not a second mistake. */
  private final Set<String> invalid = new HashSet<>();
  private List<String> locales = List.of("en");

  LocaleCheck(ValidationReport report) {
    this.report = report;
  }

  /** The catalog's valid locales, in order; {@code en} when it declares none that is valid. */
  List<String> check(CatalogDeclaration declaration) {
    List<String> tags = new ArrayList<>();
    if (declaration.locales().value().isEmpty()) {
      report.report(Diagnostics.NO_LOCALES, declaration.locales());
      return locales;
    }
    for (Located<String> locale : declaration.locales().value()) {
      String tag = locale.value();
      if (!isLanguageTag(tag)) {
        report.report(Diagnostics.LOCALE_SYNTAX, locale, tag);
        invalid.add(tag);
      } else if (tags.contains(tag)) {
        report.report(Diagnostics.DUPLICATE_LOCALE, locale, tag);
      } else {
        tags.add(tag);
      }
    }
    locales = tags.isEmpty() ? List.of("en") : tags;
    return locales;
  }

  /** The locales {@link #check} found. */
  List<String> locales() {
    return locales;
  }

  /** Whether {@code tag} was declared and already reported as invalid. */
  boolean isInvalid(String tag) {
    return invalid.contains(tag);
  }

  /** A well-formed tag that reads back unchanged, so "en" passes and "english" or "en_US" do not. */
  static boolean isLanguageTag(String tag) {
    if (tag.isEmpty()) {
      return false;
    }
    Locale locale = Locale.forLanguageTag(tag);
    return !locale.getLanguage().isEmpty()
        && locale.toLanguageTag().equals(tag)
        && locale.getLanguage().length() <= 3;
  }
}
