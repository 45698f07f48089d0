package dev.errata.processor.write;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Catalog;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * Turns a valid {@link Catalog} into every file to generate: its Java types, each with the catalog
 * interface as its only originating element (what Gradle's isolating mode relies on), then its JSON
 * export and a docs page per locale. Reports nothing: a valid catalog always writes.
 */
public final class CatalogWriter {

  private final GeneratedAnnotation generated;

  /** A writer that marks types with {@code generated}. */
  public CatalogWriter(GeneratedAnnotation generated) {
    this.generated = generated;
  }

  /** The generated sources of {@code catalog}, declared by {@code catalogElement}. */
  public List<JavaFile> sources(Catalog catalog, Element catalogElement) {
    CatalogTypes types = new CatalogTypes(catalog);
    List<TypeSpec> specs = new ArrayList<>();
    specs.add(new ErrorTypeWriter(catalog, types, generated).write());
    specs.addAll(new ErrorCodeWriter(catalog, types, generated).write());
    specs.addAll(new ExceptionWriter(catalog, types, generated).write());
    specs.add(new MatcherWriter(catalog, types, generated).write());
    List<JavaFile> files = new ArrayList<>();
    for (TypeSpec spec : specs) {
      TypeSpec originated = spec.toBuilder().addOriginatingElement(catalogElement).build();
      files.add(JavaFile.builder(catalog.packageName(), originated)
          .skipJavaLangImports(true)
          .indent("    ")
          .build());
    }
    return files;
  }

  /** Every file of {@code catalog}: its sources, then its resources, in the order to write them. */
  public List<GeneratedFile> write(Catalog catalog, Element catalogElement) {
    List<GeneratedFile> files = new ArrayList<>();
    for (JavaFile file : sources(catalog, catalogElement)) {
      files.add(new GeneratedFile(GeneratedFile.Kind.SOURCE, file.packageName() + "." + file.typeSpec().name(),
          LongLines.wrap(file.toString())));
    }
    files.add(new GeneratedFile(GeneratedFile.Kind.RESOURCE, CatalogJsonWriter.resourceName(catalog),
        CatalogJsonWriter.write(catalog)));
    for (String locale : catalog.locales()) {
      files.add(new GeneratedFile(GeneratedFile.Kind.RESOURCE, CatalogDocsWriter.resourceName(catalog, locale),
          CatalogDocsWriter.write(catalog, locale)));
    }
    return files;
  }
}
