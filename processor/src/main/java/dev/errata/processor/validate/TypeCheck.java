package dev.errata.processor.validate;

import dev.errata.annotations.Outcome;
import dev.errata.annotations.Retry;
import dev.errata.processor.model.ErrorTypeDef;
import dev.errata.processor.read.CatalogDeclaration;
import dev.errata.processor.read.JavaNames;
import dev.errata.processor.read.Located;
import dev.errata.processor.read.TypeDeclaration;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks a catalog's error types (names, retry and its delay) and every reference to one: a type
 * named by the catalog, a group or a code must be declared, with a "did you mean" when one is close.
 */
final class TypeCheck {

  private final ValidationReport report;
  private final DescriptionCheck descriptions;
  private Map<String, ErrorTypeDef> types = Map.of();
  /** Type names already reported as invalid: naming one is not a second mistake. */
  private final Set<String> invalidNames = new HashSet<>();

  TypeCheck(ValidationReport report, DescriptionCheck descriptions) {
    this.report = report;
    this.descriptions = descriptions;
  }

  /** The catalog's valid types, by name in declaration order, and its {@code unknownType} checked. */
  Map<String, ErrorTypeDef> check(CatalogDeclaration declaration) {
    Map<String, ErrorTypeDef> declared = new LinkedHashMap<>();
    for (TypeDeclaration type : declaration.types()) {
      String name = type.name().value();
      if (!JavaNames.isIdentifier(name)) {
        report.report(Diagnostics.TYPE_NAME, type.name(), name);
        invalidNames.add(name);
        continue;
      }
      if (declared.containsKey(name)) {
        report.report(Diagnostics.DUPLICATE_TYPE, type.name(), name);
        continue;
      }
      Retry retry = Retry.valueOf(type.retry().value());
      declared.put(name, new ErrorTypeDef(name, retry, type.after().value(), delay(type, retry),
          Outcome.valueOf(type.outcome().value()), descriptions.check("type " + name, type.descriptions())));
    }
    types = declared;
    Located<String> unknownType = declaration.unknownType();
    if (!unknownType.value().isEmpty()) {
      checkReference(unknownType, "unknownType");
    }
    return declared;
  }

  private Duration delay(TypeDeclaration type, Retry retry) {
    String name = type.name().value();
    String after = type.after().value();
    if (retry == Retry.AFTER && after.isEmpty()) {
      report.report(Diagnostics.AFTER_MISSING, type.retry(), name);
    } else if (retry != Retry.AFTER && !after.isEmpty()) {
      report.report(Diagnostics.AFTER_WITHOUT_RETRY_AFTER, type.after(), name, after, retry);
    } else if (retry == Retry.AFTER) {
      try {
        Duration delay = Duration.parse(after);
        if (delay.isNegative() || delay.isZero()) {
          report.report(Diagnostics.DURATION_NOT_POSITIVE, type.after(), after, name);
        }
        return delay;
      } catch (DateTimeParseException e) {
        report.report(Diagnostics.DURATION_SYNTAX, type.after(), after, name);
      }
    }
    return Duration.ZERO;
  }

  /** Reports {@code type}, named by {@code what}, unless the catalog declares it, validly or not. */
  void checkReference(Located<String> type, String what) {
    if (types.containsKey(type.value()) || invalidNames.contains(type.value())) {
      return;
    }
    String hint = Suggestions.closest(type.value(), types.keySet())
        .map(match -> " Did you mean \"" + match + "\"?")
        .orElse("");
    report.report(Diagnostics.UNKNOWN_TYPE, type, what, type.value(), hint, typesLocation(type),
        types.isEmpty() ? "(none declared yet)" : String.join(", ", types.keySet()));
  }

  /** The declared types, for a message about a code that has none. */
  String declared() {
    return types.isEmpty() ? "none declared yet" : "declared: " + String.join(", ", types.keySet());
  }

  /** Where a catalog declares its types: in Java, or in the JSON file a value was read from. */
  static String typesLocation(Located<?> at) {
    return at.origin() != null ? "the file's \"types\"" : "@ErrorCatalog(types = {@ErrorType(name = ...)})";
  }
}
