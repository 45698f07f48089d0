package dev.errata.processor.validate;

import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.read.CatalogDeclaration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The names taken so far in one compilation: catalog names by package (two catalogs with one name in
 * one package would generate the same types), and the top-level types the compilation's sources
 * declare by package (a generated type must not take the name of one).
 */
public final class CatalogNames {

  private final Map<String, String> owners = new HashMap<>();
  private final Map<String, Set<String>> sourceTypes = new HashMap<>();

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

  /** Records a top-level type a source of the compilation declares (not one Errata generated). */
  public void addSourceType(String packageName, String simpleName) {
    sourceTypes.computeIfAbsent(packageName, key -> new HashSet<>()).add(simpleName);
  }

  /** The simple names of the top-level source types recorded in {@code packageName}. */
  Set<String> typesOf(String packageName) {
    return sourceTypes.getOrDefault(packageName, Set.of());
  }
}
