package dev.errata.processor.validate;

import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.read.CatalogDeclaration;
import dev.errata.processor.read.CodeDeclaration;
import dev.errata.processor.read.GroupDeclaration;
import dev.errata.processor.read.Located;
import dev.errata.processor.read.TypeDeclaration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds two declarations that would generate the same type or enum constant, before anything is
 * written: two codes named alike in different groups, a code named {@code UNKNOWN}, a group and a code
 * whose class names meet, a generated class named like the catalog interface itself, a code or type
 * named like a field of the enum it becomes a constant of ({@code code}, {@code retry}).
 */
final class NameClashCheck {

  private final ValidationReport report;
  private final GeneratedNames names;
  private final String interfaceName;
  private final Map<String, String> typeOwners = new HashMap<>();
  private final Map<String, String> constantOwners = new HashMap<>();

  NameClashCheck(ValidationReport report, CatalogDeclaration catalog) {
    this.report = report;
    String catalogName = catalog.name().value();
    this.names = new GeneratedNames(catalogName);
    this.interfaceName = catalog.element().getSimpleName().toString();
    for (String fixed : List.of(
        names.errorCode(), names.errorType(), names.exception(), names.matcher(),
        names.unknownException())) {
      typeOwners.put(fixed, "the catalog's own " + fixed);
      if (fixed.equals(interfaceName)) {
        // Top-level in the interface's package: the generated file would replace the interface.
        report.report(
            Diagnostics.INTERFACE_NAME_CLASH, catalog.name(),
            "catalog name \"" + catalogName + "\"", fixed, "choose another catalog name");
      }
    }
    if (names.isErrorCodeConstants(interfaceName)) {
      // Generated for catalogs too big for an enum; reserved for all, so growing never breaks a build.
      report.report(
          Diagnostics.INTERFACE_NAME_CLASH, catalog.name(),
          "catalog name \"" + catalogName + "\"", interfaceName, "choose another catalog name");
    }
    constantOwners.put(GeneratedNames.UNKNOWN, "the catalog's own UNKNOWN");
    // An enum constant named like a field of its enum, or like a type its initializers name, makes the
    // generated enum fail to compile.
    for (String field : List.of("code", "type", "httpStatus", "range", "descriptions")) {
      constantOwners.put(field, names.errorCode() + "'s own field " + field);
    }
    constantOwners.put(names.errorType(), names.errorCode() + "'s own references to " + names.errorType());
    Map<String, String> typeOwners = new HashMap<>();
    for (String member : List.of("retry", "outcome", "name")) {
      typeOwners.put(member, names.errorType() + "'s own field " + member);
    }
    for (String type : List.of("RetryAdvice", "Outcome", "Duration")) {
      typeOwners.put(type, names.errorType() + "'s own references to " + type);
    }
    for (TypeDeclaration type : catalog.types()) {
      String owner = typeOwners.get(type.name().value());
      if (owner != null) {
        report.report(Diagnostics.NAME_CLASH, type.name(), owner, "type " + type.name().value(),
            names.errorType() + "." + type.name().value());
      }
    }
  }

  void check(GroupDeclaration root, List<CatalogValidator.SourcedEntry> entries) {
    checkGroups(root, false);
    for (CatalogValidator.SourcedEntry entry : entries) {
      CodeDeclaration code = entry.declaration();
      String name = entry.entry().name();
      claim(constantOwners, "enum constant " + names.errorCode() + "." + name, name,
          code.displayName(), code.at());
    }
  }

  /** Groups and codes outside leaf groups each get a class; inside one, only the leaf does. */
  private void checkGroups(GroupDeclaration group, boolean insideLeaf) {
    boolean leafHere = insideLeaf || group.leaf().value();
    if (!group.path().isEmpty() && !insideLeaf) {
      claimType(names.groupException(group.simpleName()), "group " + group.path(), group.at());
    }
    if (!leafHere) {
      for (CodeDeclaration code : group.codes()) {
        claimType(names.codeException(code.name()), code.displayName(), code.at());
      }
    }
    for (GroupDeclaration nested : group.groups()) {
      checkGroups(nested, leafHere);
    }
  }

  private void claimType(String typeName, String owner, Located<?> at) {
    if (typeName.equals(interfaceName)) {
      report.report(Diagnostics.INTERFACE_NAME_CLASH, at, owner, typeName, "rename " + owner);
      return;
    }
    claim(typeOwners, "class " + typeName, typeName, owner, at);
  }

  private void claim(
      Map<String, String> owners, String what, String key, String owner, Located<?> at) {
    String first = owners.putIfAbsent(key, owner);
    if (first != null) {
      report.report(Diagnostics.NAME_CLASH, at, first, owner, what);
    }
  }
}
