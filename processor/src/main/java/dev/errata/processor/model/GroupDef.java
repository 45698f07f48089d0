package dev.errata.processor.model;

import java.util.Map;
import java.util.Optional;

/**
 * A group of codes: a nested interface of the catalog.
 *
 * @param path the group's dotted path below the catalog, such as {@code "Client.Auth"}; unique
 * @param simpleName the interface's simple name, such as {@code "Auth"}
 * @param parentPath the enclosing group's path, or {@code ""} for a group directly in the catalog
 * @param leaf whether the group is the exception class of all its codes
 * @param descriptions text per locale tag; may be empty
 * @param ownCode the name of the group's own code, the one named like the group (a group {@code
 *     ClientError} and its code {@code CLIENT_ERROR}): the group's exception class is that code's, so
 *     the class is concrete; empty when it has none, and always for a leaf group
 */
public record GroupDef(
    String path,
    String simpleName,
    String parentPath,
    boolean leaf,
    Map<String, String> descriptions,
    Optional<String> ownCode) {

  /** Copies the descriptions. */
  public GroupDef {
    descriptions = Catalog.orderedCopy(descriptions);
  }

  /** A group without a code of its own. */
  public GroupDef(
      String path, String simpleName, String parentPath, boolean leaf, Map<String, String> descriptions) {
    this(path, simpleName, parentPath, leaf, descriptions, Optional.empty());
  }

  /** Whether the group sits directly in the catalog interface. */
  public boolean isTopLevel() {
    return parentPath.isEmpty();
  }
}
