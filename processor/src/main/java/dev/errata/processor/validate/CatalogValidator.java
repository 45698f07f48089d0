package dev.errata.processor.validate;

import dev.errata.annotations.Outcome;
import dev.errata.annotations.Retry;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CodePattern;
import dev.errata.processor.model.CodePatternParser;
import dev.errata.processor.model.CodeSyntaxException;
import dev.errata.processor.model.EnvelopeDef;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.ErrorTypeDef;
import dev.errata.processor.model.GroupDef;
import dev.errata.processor.read.CatalogDeclaration;
import dev.errata.processor.read.CodeDeclaration;
import dev.errata.processor.read.DescriptionDeclaration;
import dev.errata.processor.read.EnvelopeDeclaration;
import dev.errata.processor.read.GroupDeclaration;
import dev.errata.processor.read.Located;
import dev.errata.processor.read.TypeDeclaration;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.ElementKind;

/**
 * Checks a {@link CatalogDeclaration} and turns it into a {@link Catalog}: every problem is recorded in
 * the {@link ValidationReport} at the value that caused it, and the catalog is built only when there
 * are none.
 */
public final class CatalogValidator {

  /** Text in which every '~' starts an RFC 6901 escape, "~0" or "~1". */
  private static final Pattern POINTER_ESCAPES = Pattern.compile("([^~]|~[01])*");

  /** The outcome: a catalog when the report is clean. */
  public record Result(Optional<Catalog> catalog, ValidationReport report) {}

  /** A code that parsed, with the declaration it came from, for checks across codes. */
  record SourcedEntry(ErrorEntry entry, CodeDeclaration declaration) {}

  private final ValidationReport report = new ValidationReport();
  private final CatalogDeclaration declaration;
  private final CatalogNames catalogNames;
  private final String catalogName;
  private List<String> locales = List.of();
  private Map<String, ErrorTypeDef> types = Map.of();
  /** Type names already reported as invalid: naming one is not a second mistake. */
  private final Set<String> invalidTypeNames = new HashSet<>();
  /** Locale tags already reported as invalid: a description in one is not a second mistake. */
  private final Set<String> invalidLocales = new HashSet<>();

  private CatalogValidator(CatalogDeclaration declaration, CatalogNames catalogNames) {
    this.declaration = declaration;
    this.catalogNames = catalogNames;
    this.catalogName = declaration.element().getSimpleName().toString();
  }

  /** Validates one catalog, whose name must not be one {@code catalogNames} has seen in its package. */
  public static Result validate(CatalogDeclaration declaration, CatalogNames catalogNames) {
    return new CatalogValidator(declaration, catalogNames).run();
  }

  private Result run() {
    if (declaration.element().getKind() != ElementKind.INTERFACE) {
      String kind = declaration.element().getKind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
      report.report(
          Diagnostics.NOT_AN_INTERFACE,
          declaration.element(),
          declaration.annotation(),
          null,
          kind,
          declaration.element().getSimpleName(),
          declaration.element().getSimpleName());
      return new Result(Optional.empty(), report);
    }
    String name = declaration.name().value();
    boolean validName = isIdentifier(name);
    if (validName) {
      catalogNames.claim(declaration, packageOf(), report);
    } else {
      report.report(Diagnostics.CATALOG_NAME, declaration.name(), name);
    }
    Pattern codePattern = codePattern();
    locales = locales();
    types = types();
    String unknownType = declaration.unknownType().value();
    if (!unknownType.isEmpty() && !declaresType(unknownType)) {
      reportUnknownType(declaration.unknownType(), "unknownType");
    }
    EnvelopeDef envelope = envelope(declaration.envelope());
    for (Located<String> misplaced : declaration.misplacedGroups()) {
      report.report(Diagnostics.GROUP_NOT_INTERFACE, misplaced, misplaced.value());
    }

    List<GroupDef> groups = new ArrayList<>();
    List<SourcedEntry> entries = new ArrayList<>();
    walk(declaration.root(), "", 0, codePattern, groups, entries);
    if (entries.isEmpty() && report.isClean()) {
      report.report(
          Diagnostics.EMPTY_CATALOG, declaration.element(), declaration.annotation(), null, catalogName);
    }
    new OverlapCheck(report).check(entries);
    if (validName) {
      new NameClashCheck(report, declaration).check(declaration.root(), entries);
    }
    if (!report.isClean()) {
      return new Result(Optional.empty(), report);
    }
    Catalog catalog = new Catalog(
        packageOf(),
        declaration.element().getQualifiedName().toString(),
        name,
        declaration.codePattern().value(),
        locales,
        types.values().stream().sorted(Comparator.comparing(ErrorTypeDef::name)).toList(),
        unknownType,
        envelope,
        groups.stream().sorted(Comparator.comparing(GroupDef::path)).toList(),
        entries.stream()
            .map(SourcedEntry::entry)
            .sorted(Comparator.comparing((ErrorEntry entry) -> entry.pattern().first())
                .thenComparing(entry -> entry.pattern().text())
                .thenComparing(ErrorEntry::name))
            .toList());
    return new Result(Optional.of(catalog), report);
  }

  private String packageOf() {
    javax.lang.model.element.Element at = declaration.element();
    while (at.getKind() != ElementKind.PACKAGE) {
      at = at.getEnclosingElement();
    }
    return ((javax.lang.model.element.PackageElement) at).getQualifiedName().toString();
  }

  private Pattern codePattern() {
    String regex = declaration.codePattern().value();
    if (regex.isEmpty()) {
      return null;
    }
    try {
      return Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      report.report(
          Diagnostics.CODE_PATTERN_SYNTAX,
          declaration.codePattern(),
          regex,
          e.getDescription() + " at index " + e.getIndex());
      return null;
    }
  }

  private List<String> locales() {
    List<String> tags = new ArrayList<>();
    if (declaration.locales().value().isEmpty()) {
      report.report(Diagnostics.NO_LOCALES, declaration.locales());
      return List.of("en");
    }
    for (Located<String> locale : declaration.locales().value()) {
      String tag = locale.value();
      if (!isLanguageTag(tag)) {
        report.report(Diagnostics.LOCALE_SYNTAX, locale, tag);
        invalidLocales.add(tag);
      } else if (tags.contains(tag)) {
        report.report(Diagnostics.DUPLICATE_LOCALE, locale, tag);
      } else {
        tags.add(tag);
      }
    }
    return tags.isEmpty() ? List.of("en") : tags;
  }

  /**
   * A name one generated type or constant can carry: a Java identifier without dots, and without the
   * characters Java ignores in identifiers (NUL, zero-width space), which no source file can be named
   * with.
   */
  static boolean isIdentifier(String name) {
    return SourceVersion.isName(name)
        && !name.contains(".")
        && name.chars().noneMatch(Character::isIdentifierIgnorable);
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

  private Map<String, ErrorTypeDef> types() {
    Map<String, ErrorTypeDef> declared = new LinkedHashMap<>();
    for (TypeDeclaration type : declaration.types()) {
      String name = type.name().value();
      if (!isIdentifier(name)) {
        report.report(Diagnostics.TYPE_NAME, type.name(), name);
        invalidTypeNames.add(name);
        continue;
      }
      if (declared.containsKey(name)) {
        report.report(Diagnostics.DUPLICATE_TYPE, type.name(), name);
        continue;
      }
      Retry retry = Retry.valueOf(type.retry().value());
      String after = type.after().value();
      Duration delay = Duration.ZERO;
      if (retry == Retry.AFTER && after.isEmpty()) {
        report.report(Diagnostics.AFTER_MISSING, type.retry(), name);
      } else if (retry != Retry.AFTER && !after.isEmpty()) {
        report.report(Diagnostics.AFTER_WITHOUT_RETRY_AFTER, type.after(), name, after, retry);
      } else if (retry == Retry.AFTER) {
        try {
          delay = Duration.parse(after);
          if (delay.isNegative() || delay.isZero()) {
            report.report(Diagnostics.DURATION_NOT_POSITIVE, type.after(), after, name);
          }
        } catch (DateTimeParseException e) {
          report.report(Diagnostics.DURATION_SYNTAX, type.after(), after, name);
        }
      }
      declared.put(
          name,
          new ErrorTypeDef(
              name,
              retry,
              after,
              delay,
              Outcome.valueOf(type.outcome().value()),
              descriptions("type " + name, type.descriptions())));
    }
    return declared;
  }

  private EnvelopeDef envelope(EnvelopeDeclaration envelope) {
    if (!envelope.code().value().equals(EnvelopeDef.HTTP_STATUS)) {
      checkPointer("code", envelope.code());
    }
    checkPointer("type", envelope.type());
    checkPointer("description", envelope.description());
    checkPointer("status", envelope.status());
    checkPointer("correlationId", envelope.correlationId());
    if (!isHttpStatus(envelope.defaultHttpStatus().value())) {
      report.report(Diagnostics.HTTP_STATUS, envelope.defaultHttpStatus(), "envelope defaultHttpStatus",
          envelope.defaultHttpStatus().value());
    }
    List<EnvelopeDef.AttributeDef> attributes = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (EnvelopeDeclaration.AttributeDeclaration attribute : envelope.attributes()) {
      String name = attribute.name().value();
      if (name.isBlank()) {
        report.report(Diagnostics.ATTRIBUTE_NAME, attribute.name(), name, "empty");
      } else if (!names.add(name)) {
        report.report(Diagnostics.ATTRIBUTE_NAME, attribute.name(), name, "declared twice");
      }
      checkPointer("attribute " + name, attribute.pointer());
      attributes.add(new EnvelopeDef.AttributeDef(name, attribute.pointer().value()));
    }
    return new EnvelopeDef(
        envelope.code().value(),
        envelope.type().value(),
        envelope.description().value(),
        envelope.status().value(),
        envelope.successStatus().value(),
        envelope.warningStatus().value(),
        envelope.failureStatus().value(),
        envelope.defaultHttpStatus().value(),
        envelope.correlationId().value(),
        attributes);
  }

  private void checkPointer(String what, Located<String> pointer) {
    String value = pointer.value();
    if (!value.isEmpty() && !value.startsWith("/")) {
      report.report(Diagnostics.POINTER_SYNTAX, pointer, what, value);
    } else if (!POINTER_ESCAPES.matcher(value).matches()) {
      report.report(Diagnostics.POINTER_ESCAPE, pointer, what, value);
    }
  }

  /**
   * Checks a group's own values and codes, then its nested groups, applying the defaults it inherits:
   * {@code inheritedType} and {@code inheritedHttp} from its enclosing groups.
   */
  private void walk(
      GroupDeclaration group,
      String inheritedType,
      int inheritedHttp,
      Pattern codePattern,
      List<GroupDef> groups,
      List<SourcedEntry> entries) {
    String type = inheritedType;
    int http = inheritedHttp;
    String what = group.path().isEmpty() ? catalogName : "group " + group.path();
    if (!group.type().value().isEmpty()) {
      // Even when unknown: its codes are typed, wrongly, and are not also missing a type.
      type = group.type().value();
      if (!declaresType(type)) {
        reportUnknownType(group.type(), what);
      }
    }
    if (group.http().value() != 0) {
      if (isHttpStatus(group.http().value())) {
        http = group.http().value();
      } else {
        report.report(Diagnostics.HTTP_STATUS, group.http(), what, group.http().value());
      }
    }
    Map<String, String> descriptions = descriptions(what, group.descriptions());
    if (!group.path().isEmpty()) {
      int dot = group.path().lastIndexOf('.');
      groups.add(new GroupDef(
          group.path(),
          group.simpleName(),
          dot < 0 ? "" : group.path().substring(0, dot),
          group.leaf().value(),
          descriptions));
    }
    for (CodeDeclaration code : group.codes()) {
      entry(code, group.path(), type, http, codePattern)
          .ifPresent(entry -> entries.add(new SourcedEntry(entry, code)));
    }
    for (GroupDeclaration nested : group.groups()) {
      walk(nested, type, http, codePattern, groups, entries);
    }
  }

  /** Checks one code; empty when its value is no code at all (not a String constant, bad syntax). */
  private Optional<ErrorEntry> entry(
      CodeDeclaration code, String groupPath, String groupType, int groupHttp, Pattern codePattern) {
    String name = code.name();
    Map<String, String> descriptions = descriptions(code.displayName(), code.descriptions());
    String type = groupType;
    if (!code.type().value().isEmpty()) {
      type = code.type().value();
      if (!declaresType(type)) {
        reportUnknownType(code.type(), code.displayName());
      }
    } else if (type.isEmpty()) {
      report.report(Diagnostics.MISSING_TYPE, code.annotationAt(), code.displayName(), declaredTypes());
    }
    int http = groupHttp;
    if (code.http().value() != 0) {
      http = code.http().value();
      if (!isHttpStatus(http)) {
        report.report(Diagnostics.HTTP_STATUS, code.http(), code.displayName(), http);
      }
    }
    if (!(code.constantValue() instanceof String text)) {
      report.report(
          Diagnostics.CODE_NOT_CONSTANT, code.at(), code.displayName(), describeNonConstant(code), name);
      return Optional.empty();
    }
    CodePattern pattern;
    try {
      pattern = CodePatternParser.parse(text);
    } catch (CodeSyntaxException e) {
      Diagnostics diagnostic = e.reason() == CodeSyntaxException.Reason.RANGE_ORDER
          ? Diagnostics.RANGE_ORDER
          : Diagnostics.CODE_SYNTAX;
      report.report(diagnostic, code.at(), code.displayName(), e.getMessage());
      return Optional.empty();
    }
    if (codePattern != null) {
      for (String sample : PatternSamples.of(pattern)) {
        if (!codePattern.matcher(sample).matches()) {
          String shown = sample.equals(text) ? "\"" + text + "\"" : "\"" + sample + "\" (of \"" + text + "\")";
          report.report(
              Diagnostics.CODE_PATTERN_MISMATCH, code.at(), code.displayName(), shown, codePattern.pattern());
          break;
        }
      }
    }
    // Kept even with a wrong type, status or pattern (the catalog is then not built), so that its
    // duplicates, overlaps and name clashes are reported in the same pass.
    return Optional.of(new ErrorEntry(name, pattern, type, http, groupPath, descriptions));
  }

  private static String describeNonConstant(CodeDeclaration code) {
    String type = code.valueType();
    if (!type.equals("java.lang.String")) {
      return "of type " + type;
    }
    return "not a compile-time constant";
  }

  private static boolean isHttpStatus(int status) {
    return status >= 100 && status <= 599;
  }

  /**
   * The descriptions by locale, in the catalog's locale order; reports descriptions in undeclared
   * locales, twice in one locale, or missing in some declared locale when given in another.
   */
  private Map<String, String> descriptions(String what, List<DescriptionDeclaration> declared) {
    Map<String, String> byLocale = new LinkedHashMap<>();
    for (DescriptionDeclaration description : declared) {
      String locale = description.locale().value().isEmpty()
          ? locales.get(0)
          : description.locale().value();
      if (invalidLocales.contains(locale)) {
        // Reported at the tag in locales; fixing it there is all that is needed.
        continue;
      }
      if (!locales.contains(locale)) {
        report.report(
            Diagnostics.UNDECLARED_LOCALE, description.locale(), what, locale, quoted(locales));
      } else if (byLocale.containsKey(locale)) {
        report.report(Diagnostics.DUPLICATE_DESCRIPTION, description.value(), what, locale);
      } else {
        byLocale.put(locale, description.value().value());
      }
    }
    if (!byLocale.isEmpty()) {
      for (String locale : locales) {
        if (!byLocale.containsKey(locale)) {
          DescriptionDeclaration first = declared.get(0);
          report.report(
              Diagnostics.MISSING_DESCRIPTION, first.value(), what,
              quoted(List.copyOf(byLocale.keySet())), locale, locale);
        }
      }
    }
    Map<String, String> ordered = new LinkedHashMap<>();
    for (String locale : locales) {
      if (byLocale.containsKey(locale)) {
        ordered.put(locale, byLocale.get(locale));
      }
    }
    return ordered;
  }

  /** Whether the catalog declares the type, validly or not. */
  private boolean declaresType(String name) {
    return types.containsKey(name) || invalidTypeNames.contains(name);
  }

  private void reportUnknownType(Located<String> type, String what) {
    String hint = Suggestions.closest(type.value(), types.keySet())
        .map(match -> " Did you mean \"" + match + "\"?")
        .orElse("");
    report.report(Diagnostics.UNKNOWN_TYPE, type, what, type.value(), hint, declaredTypes());
  }

  private String declaredTypes() {
    return types.isEmpty() ? "(none declared)" : String.join(", ", types.keySet());
  }

  private static String quoted(List<String> values) {
    return values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(", "));
  }
}
