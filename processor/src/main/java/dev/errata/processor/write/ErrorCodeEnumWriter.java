package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.ErrorEntry;
import javax.lang.model.element.Modifier;

/** Writes {@code <Name>ErrorCode} as an enum: one constant per code, range and wildcard, then the unknown one. */
final class ErrorCodeEnumWriter {

  private final Catalog catalog;
  private final CatalogTypes types;
  private final GeneratedAnnotation generated;
  private final ErrorCodeMembers members;

  ErrorCodeEnumWriter(Catalog catalog, CatalogTypes types, GeneratedAnnotation generated) {
    this.catalog = catalog;
    this.types = types;
    this.generated = generated;
    this.members = new ErrorCodeMembers(catalog, types);
  }

  TypeSpec write() {
    ClassName self = types.errorCode();
    ClassName errorType = types.errorType();
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(RuntimeTypes.ERROR_CODE)
        .addJavadoc("The codes of the $L catalog ({@link $T}); {@link $T} finds the one a received"
                + " code falls under.\n\n",
            catalog.name(), types.catalogInterface(), types.matcher())
        .addJavadoc(members.orderDoc());
    generated.addTo(type);
    for (ErrorEntry entry : catalog.entries()) {
      CodeBlock arguments = CodeBlock.builder().add("$>$>").add(members.arguments(entry)).add("$<$<").build();
      type.addEnumConstant(entry.name(), TypeSpec.anonymousClassBuilder(arguments)
          .addJavadoc(members.constantDoc(entry))
          .build());
    }
    type.addEnumConstant(types.unknownConstant(), TypeSpec.anonymousClassBuilder(
            CodeBlock.of("$S, $L, $T.NO_HTTP_STATUS, false", "", members.unknownType(), RuntimeTypes.ERROR_CODE))
        .addJavadoc(members.unknownDoc())
        .build());
    members.addFields(type, Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder()
        .addParameters(ErrorCodeMembers.entryParameters(errorType))
        .varargs()
        .addCode(ErrorCodeMembers.entryAssignments())
        .build());
    members.addAccessors(type);
    return type.build();
  }
}
