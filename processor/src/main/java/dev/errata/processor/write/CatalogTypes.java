package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.model.GroupDef;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The JavaPoet names of one catalog's generated types, from {@link GeneratedNames}. */
final class CatalogTypes {

  private final Catalog catalog;
  private final GeneratedNames names;
  /** Groups by path, and the leaf group enclosing each path: looked up once per code and group. */
  private final Map<String, GroupDef> groups = new HashMap<>();
  private final Map<String, Optional<GroupDef>> leafGroups = new HashMap<>();

  CatalogTypes(Catalog catalog) {
    this.catalog = catalog;
    this.names = catalog.names();
    catalog.groups().forEach(group -> groups.put(group.path(), group));
  }

  /** The enum constant of codes that match nothing: {@code UNKNOWN}, or {@code UNRECOGNIZED}. */
  String unknownConstant() {
    return names.unknownConstant();
  }

  /** The group whose own code {@code entry} is (named like it), or empty. */
  Optional<GroupDef> ownerOf(ErrorEntry entry) {
    GroupDef group = groups.get(entry.groupPath());
    return group != null && group.ownCode().filter(entry.name()::equals).isPresent()
        ? Optional.of(group)
        : Optional.empty();
  }

  /**
   * The outermost leaf group containing the group at {@code path} (itself included), or empty when no
   * leaf group encloses it: that group is the exception class of its codes. Remembered per path:
   * catalogs of thousands of codes ask per code.
   */
  Optional<GroupDef> leafGroupOf(String path) {
    Optional<GroupDef> known = leafGroups.get(path);
    if (known != null) {
      return known;
    }
    Optional<GroupDef> leaf = Optional.empty();
    if (!path.isEmpty()) {
      int dot = path.lastIndexOf('.');
      leaf = leafGroupOf(dot < 0 ? "" : path.substring(0, dot));
      GroupDef group = groups.get(path);
      if (leaf.isEmpty() && group != null && group.leaf()) {
        leaf = Optional.of(group);
      }
    }
    leafGroups.put(path, leaf);
    return leaf;
  }

  ClassName errorCode() {
    return named(names.errorCode());
  }

  ClassName errorType() {
    return named(names.errorType());
  }

  ClassName exception() {
    return named(names.exception());
  }

  ClassName matcher() {
    return named(names.matcher());
  }

  ClassName unknownException() {
    return named(names.unknownException());
  }

  ClassName catalogInterface() {
    return ClassName.bestGuess(catalog.interfaceName());
  }

  ClassName groupException(GroupDef group) {
    return named(names.groupException(group.simpleName()));
  }

  /** The class an entry's code raises: its leaf group's, else its group's when it is the group's own, else its own. */
  ClassName exceptionOf(ErrorEntry entry) {
    Optional<GroupDef> leaf = leafGroupOf(entry.groupPath());
    if (leaf.isPresent()) {
      return groupException(leaf.get());
    }
    Optional<GroupDef> owner = ownerOf(entry);
    return owner.isPresent() ? groupException(owner.get()) : named(names.codeException(entry.name()));
  }

  /** The class a group's or a code's class extends: its innermost group's, else the root's. */
  ClassName parentOf(String groupPath) {
    return Optional.ofNullable(groups.get(groupPath)).map(this::groupException).orElse(exception());
  }

  /**
   * Whether {@code <Name>ErrorCode} is an enum: when every constant, with its arguments, fits the one
   * static initializer an enum has, under both javac and ECJ. Else it is an enum-like final class
   * whose constants are created in chunks (about 1,100 codes with two locales).
   */
  boolean codesAreEnum() {
    long bytes = Chunks.ENUM_CONSTANT_BYTES + 16L; // the entry of codes that match nothing
    for (ErrorEntry entry : catalog.entries()) {
      bytes += Chunks.enumConstantBytes(entry.descriptions().size());
    }
    return bytes <= Chunks.STATIC_INITIALIZER_BYTES;
  }

  /** The package-private interface that declares a chunk of the constants of an enum-like code class. */
  ClassName errorCodeConstants(int chunk) {
    return named(names.errorCodeConstants(chunk));
  }

  private ClassName named(String simpleName) {
    return ClassName.get(catalog.packageName(), simpleName);
  }
}
