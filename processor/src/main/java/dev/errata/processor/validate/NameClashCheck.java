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
import java.util.Set;

/**
 * Finds two declarations that would generate the same type or enum constant, before anything is
 * written: two codes named alike in different groups, a group and a code outside it whose class names
 * meet, a generated class named like the catalog interface itself or like another type of its package,
 * a code or type named like a field of the enum it becomes a constant of ({@code code}, {@code retry}).
 * A code named like its own group is no clash: it is the group's own code, whose class the group's is.
 * A code or group named {@code UNKNOWN} is none either: the built-in entry is then {@code UNRECOGNIZED}.
 * Every message names what the user can rename, never a name Errata fixed.
 */
final class NameClashCheck {

  /** Who takes a name first: how messages name it, and whether the user can rename it. */
  private record Owner(String name, boolean renamable, Located<?> at) {}

  private final ValidationReport report;
  private final GeneratedNames names;
  private final String interfaceName;
  private final String packageName;
  private final Set<String> packageTypes;
  private final Map<String, Owner> typeOwners = new HashMap<>();
  private final Map<String, Owner> constantOwners = new HashMap<>();

  NameClashCheck(
      ValidationReport report, CatalogDeclaration catalog, String packageName, Set<String> packageTypes) {
    this.report = report;
    String prefix = catalog.name().value();
    this.names = new GeneratedNames(prefix, takesUnknown(catalog.root()));
    this.interfaceName = catalog.element().getSimpleName().toString();
    this.packageName = packageName;
    this.packageTypes = packageTypes;
    String catalogOwner = "catalog name \"" + prefix + "\"";
    for (String fixed : List.of(
        names.errorCode(), names.errorType(), names.exception(), names.matcher(),
        names.unknownException())) {
      typeOwners.put(fixed, new Owner("the catalog generates its own " + fixed, false, catalog.name()));
      if (fixed.equals(interfaceName)) {
        // Top-level in the interface's package: the generated file would replace the interface.
        report.report(Diagnostics.INTERFACE_NAME_CLASH, catalog.name(), catalogOwner, fixed,
            "choose another catalog name");
      } else if (packageTypes.contains(fixed)) {
        report.report(Diagnostics.TYPE_EXISTS, catalog.name(), catalogOwner, packageName, fixed, packageName,
            fixed, "the catalog (name = ...)");
      }
    }
    if (names.isErrorCodeConstants(interfaceName)) {
      // Generated for catalogs too big for an enum; reserved for all, so growing never breaks a build.
      report.report(Diagnostics.INTERFACE_NAME_CLASH, catalog.name(), catalogOwner, interfaceName,
          "choose another catalog name");
    }
    for (String type : packageTypes) {
      if (names.isErrorCodeConstants(type) && !type.equals(interfaceName)) {
        report.report(Diagnostics.TYPE_EXISTS, catalog.name(), catalogOwner, packageName, type, packageName,
            type, "the catalog (name = ...)");
      }
    }
    String unknown = names.unknownConstant();
    constantOwners.put(unknown, new Owner(unknown.equals(GeneratedNames.UNKNOWN)
        ? "that is the name of the catalog's own entry for codes that match nothing"
        : "that is the name of the catalog's own entry for codes that match nothing (" + unknown + ", as a"
            + " code or group of the catalog is named UNKNOWN)", false, catalog.name()));
    // An enum constant named like a field of its enum, or like a type its initializers name, makes the
    // generated enum fail to compile.
    for (String field : GeneratedNames.ERROR_CODE_FIELDS) {
      constantOwners.put(field, new Owner(names.errorCode() + " has a field of that name", false, catalog.name()));
    }
    constantOwners.put(names.errorType(), new Owner(names.errorCode() + "'s constants refer to the type "
        + names.errorType() + " by that name", false, catalog.name()));
    Map<String, String> typeMembers = new HashMap<>();
    for (String member : GeneratedNames.ERROR_TYPE_MEMBERS) {
      typeMembers.put(member, names.errorType() + " has a field of that name");
    }
    for (String type : GeneratedNames.ERROR_TYPE_REFERENCES) {
      typeMembers.put(type, names.errorType() + "'s constants refer to the type " + type + " by that name");
    }
    for (TypeDeclaration type : catalog.types()) {
      String name = type.name().value();
      String member = typeMembers.get(name);
      if (member != null) {
        report.report(Diagnostics.NAME_TAKEN, type.name(), "type " + name,
            "enum constant " + names.errorType() + "." + name, member, "the type");
      } else if (name.equals(GeneratedNames.UNKNOWN_TYPE) && catalog.unknownType().value().isEmpty()) {
        report.report(Diagnostics.BUILT_IN_TYPE, type.name(), names.errorType());
      }
    }
  }

  /** Whether a code or group of the catalog takes the name {@code UNKNOWN}. */
  private static boolean takesUnknown(GroupDeclaration group) {
    if (!group.path().isEmpty() && GeneratedNames.takesUnknown(group.simpleName())) {
      return true;
    }
    return group.codes().stream().anyMatch(code -> GeneratedNames.takesUnknown(code.name()))
        || group.groups().stream().anyMatch(NameClashCheck::takesUnknown);
  }

  void check(GroupDeclaration root, List<CatalogValidator.SourcedEntry> entries) {
    checkGroups(root, false);
    for (CatalogValidator.SourcedEntry entry : entries) {
      CodeDeclaration code = entry.declaration();
      String name = entry.entry().name();
      claim(constantOwners, "enum constant " + names.errorCode() + "." + name, name,
          new Owner(code.displayName(), true, code.at()), "");
    }
  }

  /**
   * Groups and codes outside leaf groups each get a class; inside one, only the leaf does. A group's
   * own code shares the group's class.
   */
  private void checkGroups(GroupDeclaration group, boolean insideLeaf) {
    boolean leafHere = insideLeaf || group.leaf().value();
    String groupClass = group.path().isEmpty() ? null : names.groupException(group.simpleName());
    if (groupClass != null && !insideLeaf) {
      claimType(groupClass, new Owner("group " + group.path(), true, group.at()));
    }
    if (!leafHere) {
      for (CodeDeclaration code : group.codes()) {
        String codeClass = names.codeException(code.name());
        if (!codeClass.equals(groupClass)) {
          claimType(codeClass, new Owner(code.displayName(), true, code.at()));
        }
      }
    }
    for (GroupDeclaration nested : group.groups()) {
      checkGroups(nested, leafHere);
    }
  }

  private void claimType(String typeName, Owner owner) {
    if (typeName.equals(interfaceName)) {
      report.report(Diagnostics.INTERFACE_NAME_CLASH, owner.at(), owner.name(), typeName,
          "rename " + owner.name());
      return;
    }
    if (packageTypes.contains(typeName)) {
      report.report(Diagnostics.TYPE_EXISTS, owner.at(), owner.name(), packageName, typeName, packageName,
          typeName, owner.name());
      return;
    }
    Owner first = typeOwners.get(typeName);
    String hint = first != null && first.name().startsWith("group ") != owner.name().startsWith("group ")
        ? ", or move the code into the group: a code named like its group is the group's own code"
        : "";
    claim(typeOwners, "class " + typeName, typeName, owner, hint);
  }

  private void claim(Map<String, Owner> owners, String what, String key, Owner owner, String hint) {
    Owner first = owners.putIfAbsent(key, owner);
    if (first == null) {
      return;
    }
    if (first.renamable()) {
      report.report(Diagnostics.NAME_CLASH, owner.at(), first.name(), owner.name(), what, hint);
    } else {
      report.report(Diagnostics.NAME_TAKEN, owner.at(), owner.name(), what, first.name(), owner.name());
    }
  }
}
