package dev.errata.processor.write;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.errata.processor.model.Catalog;
import javax.lang.model.element.Modifier;

/**
 * Writes the catalog as one object: the matcher's {@code CATALOG} field and its {@code catalog()}
 * accessor (a {@code dev.errata.catalog.Catalog<<Name>Exception>} over the matcher's own methods), and
 * the {@code catalog()} of the base exception that returns it.
 */
final class CatalogHandleWriter {

  private static final String FIELD = "CATALOG";

  private final Catalog catalog;
  private final CatalogTypes types;
  private final TypeName handle;

  CatalogHandleWriter(Catalog catalog, CatalogTypes types) {
    this.catalog = catalog;
    this.types = types;
    this.handle = ParameterizedTypeName.get(RuntimeTypes.CATALOG, types.exception());
  }

  /** The matcher's field; it reads {@code CODEC}, so it goes after it. */
  FieldSpec matcherField() {
    return FieldSpec.builder(handle, FIELD, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($S,$W$T.class,$WCODEC,$W$T::match,$W$T::forHttpStatus,$W$T::toException)",
            RuntimeTypes.CATALOG, catalog.name(), types.exception(), types.matcher(), types.matcher(),
            types.matcher())
        .build();
  }

  /** The matcher's {@code catalog()}. */
  MethodSpec matcherAccessor() {
    return MethodSpec.methodBuilder("catalog")
        .addJavadoc("The $L catalog as one object, for libraries that take any catalog: the same {@code match},\n"
            + "{@code forHttpStatus}, {@code toException}, {@code decode} and {@code encode} as the static"
            + " methods here.\n\n@return the one instance\n", catalog.name())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(handle)
        .addStatement("return $N", FIELD)
        .build();
  }

  /** The base exception's {@code catalog()}. */
  MethodSpec exceptionAccessor() {
    return MethodSpec.methodBuilder("catalog")
        .addJavadoc("The $L catalog, {@link $T#catalog()}.\n\n@return the catalog\n", catalog.name(), types.matcher())
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(handle)
        .addStatement("return $T.catalog()", types.matcher())
        .build();
  }
}
