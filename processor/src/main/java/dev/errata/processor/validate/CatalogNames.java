package dev.errata.processor.validate;

import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.read.CatalogDeclaration;
import java.util.HashMap;
import java.util.Map;

/**
 * The catalog names taken so far in one compilation, by package: two catalogs with one name in one
 * package would generate the same types.
 */
public final class CatalogNames {

  private final Map<String, String> owners = new HashMap<>();

  /** Takes the catalog's name in its package, or reports the catalog that took it first. */
  void claim(CatalogDeclaration catalog, String packageName, ValidationReport report) {
    String name = catalog.name().value();
    String owner = catalog.element().getQualifiedName().toString();
    String first = owners.putIfAbsent(packageName + "." + name, owner);
    if (first != null && !first.equals(owner)) {
      GeneratedNames names = new GeneratedNames(name);
      report.report(
          Diagnostics.CATALOG_NAME_TAKEN,
          catalog.name(),
          first,
          owner,
          name,
          packageName.isEmpty() ? "(the unnamed package)" : packageName,
          names.errorCode() + ", " + names.matcher() + " and the rest");
    }
  }
}
