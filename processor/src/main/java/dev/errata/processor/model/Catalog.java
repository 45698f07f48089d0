package dev.errata.processor.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A valid error catalog, ready to generate: every list is sorted, so the same catalog always produces
 * the same output, whatever order the compiler gave its elements in.
 *
 * @param packageName the package of the catalog interface, where everything is generated
 * @param interfaceName the catalog interface's qualified name
 * @param name the prefix of every generated type
 * @param codePattern the regular expression codes must match, or {@code ""}
 * @param locales the locale tags, default first
 * @param types the declared types, sorted by name
 * @param unknownType the type of unknown codes, or {@code ""} for none
 * @param envelope the JSON envelope
 * @param groups the groups, sorted by path
 * @param entries the codes, ranges and wildcards, sorted by their first code, then their text, then
 *     the entries of HTTP statuses alone ({@link ErrorEntry#CATALOG_ORDER})
 */
public record Catalog(
    String packageName,
    String interfaceName,
    String name,
    String codePattern,
    List<String> locales,
    List<ErrorTypeDef> types,
    String unknownType,
    EnvelopeDef envelope,
    List<GroupDef> groups,
    List<ErrorEntry> entries) {

  /** Copies the lists. */
  public Catalog {
    locales = List.copyOf(locales);
    types = List.copyOf(types);
    groups = List.copyOf(groups);
    entries = List.copyOf(entries);
  }

  /**
   * Whether a code or group takes the name {@code UNKNOWN} from the built-in entry of codes that match
   * nothing, which is then named {@link GeneratedNames#UNRECOGNIZED}.
   */
  public boolean unknownNameTaken() {
    return entries.stream().anyMatch(entry -> GeneratedNames.takesUnknown(entry.name()))
        || groups.stream().anyMatch(group -> GeneratedNames.takesUnknown(group.simpleName()));
  }

  /** The names of the types and constants generated for this catalog. */
  public GeneratedNames names() {
    return new GeneratedNames(name, unknownNameTaken());
  }

  /** Which entry stands for each HTTP status. */
  public StatusTable statusTable() {
    return StatusTable.of(entries);
  }

  /** The catalog's default locale tag. */
  public String defaultLocale() {
    return locales.get(0);
  }

  /** The group at {@code path}, or empty for {@code ""} (the catalog itself). */
  public Optional<GroupDef> group(String path) {
    return groups.stream().filter(group -> group.path().equals(path)).findFirst();
  }

  static Map<String, String> orderedCopy(Map<String, String> map) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }
}
