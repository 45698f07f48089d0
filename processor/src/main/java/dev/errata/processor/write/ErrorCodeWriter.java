package dev.errata.processor.write;

import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Catalog;
import java.util.List;

/**
 * Writes {@code <Name>ErrorCode}: one constant per code, range and wildcard, plus {@code UNKNOWN}; an
 * enum ({@link ErrorCodeEnumWriter}), or an enum-like class when the catalog is too big for one enum
 * ({@link ErrorCodeClassWriter}).
 */
final class ErrorCodeWriter {

  private final Catalog catalog;
  private final CatalogTypes types;
  private final GeneratedAnnotation generated;

  ErrorCodeWriter(Catalog catalog, CatalogTypes types, GeneratedAnnotation generated) {
    this.catalog = catalog;
    this.types = types;
    this.generated = generated;
  }

  /** The enum, or for a catalog too big for one, the enum-like class and its constant interfaces. */
  List<TypeSpec> write() {
    return types.codesAreEnum()
        ? List.of(new ErrorCodeEnumWriter(catalog, types, generated).write())
        : new ErrorCodeClassWriter(catalog, types, generated).write();
  }
}
