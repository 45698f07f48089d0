package dev.errata.processor.validate;

import dev.errata.annotations.Outcome;
import dev.errata.annotations.Retry;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CodePattern;
import dev.errata.processor.model.EnvelopeDef;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.ErrorTypeDef;
import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.model.GroupDef;
import dev.errata.processor.model.Quoted;
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
  record SourcedEntry(ErrorEntry entry, CodeDeclaration declaration) {

    /** The entry's code, for checks of entries that have one. */
    CodePattern pattern() {
      return entry.code().orElseThrow();
    }
  }

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
  private final StatusCheck statuses = new StatusCheck(report);
  private CodeReadingCheck readings;
  private CodeExamples examples;
  /** Whether the envelope takes the HTTP status as the code, so no entry stands for a status. */
  private boolean statusIsCode;

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
    if (packageOf().isEmpty()) {
      report.report(Diagnostics.DEFAULT_PACKAGE, declaration.element(), declaration.annotation(), null,
          catalogName);
    }
    Pattern codePattern = codePattern();
    readings = new CodeReadingCheck(report, codePattern);
    examples = new CodeExamples(codePattern);
    locales = locales();
    types = types();
    String unknownType = declaration.unknownType().value();
    if (!unknownType.isEmpty() && !declaresType(unknownType)) {
      reportUnknownType(declaration.unknownType(), "unknownType");
    }
    EnvelopeDef envelope = envelope(declaration.envelope());
    statusIsCode = envelope.code().equals(EnvelopeDef.HTTP_STATUS);
    for (Located<String> misplaced : declaration.misplacedGroups()) {
      report.report(Diagnostics.GROUP_NOT_INTERFACE, misplaced, misplaced.value());
    }
    for (Located<String> both : declaration.doublyMarked()) {
      report.report(Diagnostics.CODE_AND_STATUS, both, both.value());
    }

    List<GroupDef> groups = new ArrayList<>();
    List<SourcedEntry> entries = new ArrayList<>();
    walk(declaration.root(), "", 0, false, groups, entries);
    if (entries.isEmpty() && report.isClean()) {
      report.report(Diagnostics.EMPTY_CATALOG, declaration.element(), declaration.annotation(), null,
          catalogName, examples.code());
    }
    new OverlapCheck(report).check(entries.stream().filter(entry -> !entry.entry().isStatusOnly()).toList());
    statuses.checkConflicts(entries);
    if (validName) {
      new NameClashCheck(report, declaration, packageOf(), catalogNames.typesOf(packageOf()))
          .check(declaration.root(), entries);
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
        entries.stream().map(SourcedEntry::entry).sorted(ErrorEntry.CATALOG_ORDER).toList());
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
    checkPointer("warning", envelope.warning());
    checkPointer("httpStatus", envelope.httpStatus());
    new EnvelopeWireCheck(report).check(envelope);
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
      attributes.add(new EnvelopeDef.AttributeDef(name, attribute.pointer().value(), attribute.json().value()));
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
        attributes,
        envelope.codeJson().value(),
        envelope.statusJson().value(),
        envelope.warning().value(),
        envelope.httpStatus().value(),
        envelope.correlationIdHeader().value(),
        envelope.retryHeader().value());
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
      boolean insideLeaf,
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
    for (CodeDeclaration code : group.codes()) {
      entry(code, group.path(), type, http)
          .ifPresent(entry -> entries.add(new SourcedEntry(entry, code)));
    }
    if (!group.path().isEmpty()) {
      int dot = group.path().lastIndexOf('.');
      Optional<String> ownCode = insideLeaf || group.leaf().value()
          ? Optional.empty()
          : ownCode(group);
      if (group.ownCode() != null && !group.ownCode().value().equals(ownCode.orElse(""))) {
        report.report(Diagnostics.OWN_CODE_MISMATCH, group.ownCode(), group.path(), group.ownCode().value(),
            ownCode.orElse("none"));
      }
      groups.add(new GroupDef(
          group.path(),
          group.simpleName(),
          dot < 0 ? "" : group.path().substring(0, dot),
          group.leaf().value(),
          descriptions,
          ownCode));
    }
    for (GroupDeclaration nested : group.groups()) {
      walk(nested, type, http, insideLeaf || group.leaf().value(), groups, entries);
    }
  }

  /** The group's own code: the one whose exception class would be the group's, named like it. */
  private static Optional<String> ownCode(GroupDeclaration group) {
    String groupClass = GeneratedNames.upperCamel(group.simpleName());
    return group.codes().stream()
        .map(CodeDeclaration::name)
        .filter(name -> GeneratedNames.upperCamel(name).equals(groupClass))
        .findFirst();
  }

  /** Checks one code; empty when its value is no code at all (not a String constant, bad syntax). */
  private Optional<ErrorEntry> entry(CodeDeclaration code, String groupPath, String groupType, int groupHttp) {
    String name = code.name();
    Map<String, String> descriptions = descriptions(code.displayName(), code.descriptions());
    String type = groupType;
    if (!code.type().value().isEmpty()) {
      type = code.type().value();
      if (!declaresType(type)) {
        reportUnknownType(code.type(), code.displayName());
      }
    } else if (type.isEmpty()) {
      String give = code.at().origin() != null
          ? "Give it a \"type\""
          : "Give it @" + (code.statusOnly() ? "HttpStatus" : "Code") + "(type = ...) or put it in a"
              + " @Group(type = ...)";
      report.report(Diagnostics.MISSING_TYPE, code.annotationAt(), code.displayName(), give,
          typesLocation(code.at()), declaredTypes());
    }
    int http = groupHttp;
    if (code.http().value() != 0) {
      http = code.http().value();
      if (!isHttpStatus(http)) {
        report.report(Diagnostics.HTTP_STATUS, code.http(), code.displayName(), http);
      }
    }
    if (!(code.constantValue() instanceof String text)) {
      report.report(Diagnostics.CODE_NOT_CONSTANT, code.at(), code.statusOnly() ? "HttpStatus" : "Code",
          code.displayName(), describeNonConstant(code), code.statusOnly() ? "an HTTP status" : "a code",
          name, code.statusOnly() ? "5xx" : examples.code());
      return Optional.empty();
    }
    if (code.statusOnly()) {
      return statusEntry(code, text, groupPath, type, descriptions);
    }
    int httpStatus = http;
    List<CodePattern> forHttpStatus = new ArrayList<>();
    for (Located<String> status : code.forHttpStatus().value()) {
      statuses.parse(code, "forHttpStatus", status.value(), status).ifPresent(forHttpStatus::add);
    }
    Optional<CodePattern> pattern = readings.read(code, text);
    String codeType = type;
    return pattern.map(read -> new ErrorEntry(name, Optional.of(read), codeType, httpStatus, groupPath,
        descriptions, forHttpStatus, code.order()));
  }

  /** An {@code @HttpStatus} entry: its value is the statuses it stands for, and it has no code. */
  private Optional<ErrorEntry> statusEntry(
      CodeDeclaration code, String text, String groupPath, String type, Map<String, String> descriptions) {
    if (statusIsCode) {
      report.report(Diagnostics.STATUS_IS_CODE, code.at(), code.displayName(), code.name(), Quoted.of(text));
      return Optional.empty();
    }
    return statuses.parse(code, code.at().origin() != null ? "status" : "@HttpStatus", text, code.at())
        .map(status -> new ErrorEntry(code.name(), Optional.<CodePattern>empty(), type,
            StatusCheck.sentStatus(status),
            groupPath, descriptions, List.of(status), code.order()));
  }

  /** Where a catalog declares its types: in Java, or in the JSON file a value was read from. */
  private static String typesLocation(Located<?> at) {
    return at.origin() != null ? "the file's \"types\"" : "@ErrorCatalog(types = {@ErrorType(name = ...)})";
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
    report.report(Diagnostics.UNKNOWN_TYPE, type, what, type.value(), hint, typesLocation(type),
        types.isEmpty() ? "(none declared yet)" : String.join(", ", types.keySet()));
  }

  private String declaredTypes() {
    return types.isEmpty() ? "none declared yet" : "declared: " + String.join(", ", types.keySet());
  }

  private static String quoted(List<String> values) {
    return values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(", "));
  }
}
