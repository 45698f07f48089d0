package dev.errata.processor.validate;

import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.EnvelopeDef;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.ErrorTypeDef;
import dev.errata.processor.model.GroupDef;
import dev.errata.processor.read.CatalogDeclaration;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Builds the {@link Catalog} of a declaration whose report is clean, from the parts the checks
 * returned: types, groups and entries each in the one order the writers rely on.
 */
final class CatalogAssembler {

  private CatalogAssembler() {}

  static Catalog assemble(
      CatalogDeclaration declaration,
      String packageName,
      List<String> locales,
      Collection<ErrorTypeDef> types,
      EnvelopeDef envelope,
      List<GroupDef> groups,
      List<ErrorEntry> entries) {
    return new Catalog(
        packageName,
        declaration.element().getQualifiedName().toString(),
        declaration.name().value(),
        declaration.codePattern().value(),
        locales,
        types.stream().sorted(Comparator.comparing(ErrorTypeDef::name)).toList(),
        declaration.unknownType().value(),
        envelope,
        groups.stream().sorted(Comparator.comparing(GroupDef::path)).toList(),
        entries.stream().sorted(ErrorEntry.CATALOG_ORDER).toList());
  }
}
