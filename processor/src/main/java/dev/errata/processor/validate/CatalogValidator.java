package dev.errata.processor.validate;

import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CodePattern;
import dev.errata.processor.model.EnvelopeDef;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.ErrorTypeDef;
import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.model.GroupDef;
import dev.errata.processor.read.CatalogDeclaration;
import dev.errata.processor.read.CodeDeclaration;
import dev.errata.processor.read.GroupDeclaration;
import dev.errata.processor.read.JavaNames;
import dev.errata.processor.read.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.ElementKind;

/**
 * Checks a {@link CatalogDeclaration} and turns it into a {@link Catalog}: runs each check (one class
 * per concern: {@link LocaleCheck}, {@link TypeCheck}, {@link EnvelopeCheck}, {@link CodeCheck},
 * {@link OverlapCheck}, {@link StatusCheck}, {@link NameClashCheck}, ...), each recording its problems in
 * the {@link ValidationReport} at the value that caused them, and has the {@link CatalogAssembler} build
 * the catalog only when there are none. A new check is a new class, called from {@link #run}.
 */
public final class CatalogValidator {

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
  private final StatusCheck statuses = new StatusCheck(report);
  private final LocaleCheck locales = new LocaleCheck(report);
  private final DescriptionCheck descriptions = new DescriptionCheck(report, locales);
  private final TypeCheck types = new TypeCheck(report, descriptions);
  private CodeCheck codes;

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
    boolean validName = JavaNames.isIdentifier(name);
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
    CodeExamples examples = new CodeExamples(codePattern);
    List<String> localeTags = locales.check(declaration);
    Map<String, ErrorTypeDef> typeDefs = types.check(declaration);
    EnvelopeDef envelope = new EnvelopeCheck(report).check(declaration.envelope());
    codes = new CodeCheck(report, types, descriptions, statuses, new CodeReadingCheck(report, codePattern),
        examples, envelope.code().equals(EnvelopeDef.HTTP_STATUS));
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
    if (envelope.isProblemDetails()) {
      new ProblemDetailsCheck(report).checkCodes(entries);
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
    return new Result(Optional.of(CatalogAssembler.assemble(declaration, packageOf(), localeTags,
        typeDefs.values(), envelope, groups, entries.stream().map(SourcedEntry::entry).toList())), report);
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
      types.checkReference(group.type(), what);
    }
    if (group.http().value() != 0) {
      if (StatusCheck.isHttpStatus(group.http().value())) {
        http = group.http().value();
      } else {
        report.report(Diagnostics.HTTP_STATUS, group.http(), what, group.http().value());
      }
    }
    Map<String, String> texts = descriptions.check(what, group.descriptions());
    for (CodeDeclaration code : group.codes()) {
      codes.check(code, group.path(), type, http)
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
          texts,
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

}
