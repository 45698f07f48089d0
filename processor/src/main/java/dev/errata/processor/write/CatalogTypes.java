package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.model.GroupDef;
import java.util.Optional;

/** The JavaPoet names of one catalog's generated types, from {@link GeneratedNames}. */
final class CatalogTypes {

  private final Catalog catalog;
  private final GeneratedNames names;

  CatalogTypes(Catalog catalog) {
    this.catalog = catalog;
    this.names = new GeneratedNames(catalog.name());
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

  /** The class an entry's code raises: its leaf group's, else its own. */
  ClassName exceptionOf(ErrorEntry entry) {
    Optional<GroupDef> leaf = catalog.leafGroupOf(entry.groupPath());
    return leaf.isPresent() ? groupException(leaf.get()) : named(names.codeException(entry.name()));
  }

  /** The class a group's or a code's class extends: its innermost group's, else the root's. */
  ClassName parentOf(String groupPath) {
    return catalog.group(groupPath).map(this::groupException).orElse(exception());
  }

  private ClassName named(String simpleName) {
    return ClassName.get(catalog.packageName(), simpleName);
  }
}
