package dev.errata.processor.model;

import java.util.Map;

/**
 * A group of codes: a nested interface of the catalog.
 *
 * @param path the group's dotted path below the catalog, such as {@code "Client.Auth"}; unique
 * @param simpleName the interface's simple name, such as {@code "Auth"}
 * @param parentPath the enclosing group's path, or {@code ""} for a group directly in the catalog
 * @param leaf whether the group is the exception class of all its codes
 * @param descriptions text per locale tag; may be empty
 */
public record GroupDef(
    String path, String simpleName, String parentPath, boolean leaf, Map<String, String> descriptions) {

  /** Copies the descriptions. */
  public GroupDef {
    descriptions = Catalog.orderedCopy(descriptions);
  }

  /** Whether the group sits directly in the catalog interface. */
  public boolean isTopLevel() {
    return parentPath.isEmpty();
  }
}
