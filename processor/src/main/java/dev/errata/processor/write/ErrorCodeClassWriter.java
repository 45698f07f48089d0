package dev.errata.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.ErrorEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>ErrorCode} as an enum-like final class, for catalogs whose constants one enum
 * cannot hold: every enum constant is created by the enum's one static initializer, at 16 to 24
 * bytes of bytecode each before its arguments, and a method holds 64 KB. Here the constants are
 * created in chunks, one nested class each, and named by package-private interfaces the class
 * implements, so {@code Name.CONSTANT} reads as it would on an enum; {@code values()}, {@code
 * valueOf}, {@code name()}, {@code ordinal()} and {@code compareTo} behave as an enum's.
 */
final class ErrorCodeClassWriter {

  private final Catalog catalog;
  private final CatalogTypes types;
  private final GeneratedAnnotation generated;
  private final ErrorCodeMembers members;

  ErrorCodeClassWriter(Catalog catalog, CatalogTypes types, GeneratedAnnotation generated) {
    this.catalog = catalog;
    this.types = types;
    this.generated = generated;
    this.members = new ErrorCodeMembers(catalog, types);
  }

  /** The class, then the interfaces that name its constants. */
  List<TypeSpec> write() {
    ClassName self = types.errorCode();
    ClassName errorType = types.errorType();
    List<ErrorEntry> entries = catalog.entries();
    List<List<ErrorEntry>> chunks = Chunks.split(entries, Chunks.ENTRIES_PER_CHUNK);
    TypeSpec.Builder type = TypeSpec.classBuilder(self)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(RuntimeTypes.ERROR_CODE)
        .addSuperinterface(ParameterizedTypeName.get(ClassName.get(Comparable.class), self))
        .addJavadoc("The codes of the $L catalog ({@link $T}); {@link $T} finds the one a received"
                + " code falls under.\n\n"
                + "<p>A final class, not an enum: the catalog's $L codes are more than one enum's static"
                + " initializer can create.\nIts constants are used as an enum's ({@code $T.NAME}, {@code ==},"
                + " {@link #values()}, {@link #valueOf(String)},\n{@link #name()}, {@link #ordinal()}),"
                + " but not in a {@code switch}.\n\n",
            catalog.name(), types.catalogInterface(), types.matcher(), entries.size(), self)
        .addJavadoc(members.orderDoc());
    generated.addTo(type);
    for (int i = 0; i < chunks.size(); i++) {
      type.addSuperinterface(types.errorCodeConstants(i));
    }
    type.addField(FieldSpec.builder(long.class, "serialVersionUID",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("1L")
            .build())
        .addField(FieldSpec.builder(ArrayTypeName.of(self), "VALUES",
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T[$L]", self, entries.size() + 1)
            .build())
        .addField(FieldSpec.builder(self, types.unknownConstant(),
                Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc(members.unknownDoc())
            .initializer("add($L,$W$S,$W$S,$W$L,$W$T.NO_HTTP_STATUS,$Wfalse)", entries.size(),
                types.unknownConstant(), "", members.unknownType(), RuntimeTypes.ERROR_CODE)
            .build())
        .addField(FieldSpec.builder(
                ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), self),
                "BY_NAME", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("new $T<>()", HashMap.class)
            .build());
    CodeBlock.Builder init = CodeBlock.builder();
    for (int i = 0; i < chunks.size(); i++) {
      init.addStatement("$N.create()", "Entries" + i);
    }
    init.beginControlFlow("for ($T value : VALUES)", self)
        .addStatement("BY_NAME.put(value.name, value)")
        .endControlFlow();
    type.addStaticBlock(init.build());
    type.addField(String.class, "name", Modifier.PRIVATE, Modifier.FINAL)
        .addField(int.class, "ordinal", Modifier.PRIVATE, Modifier.FINAL, Modifier.TRANSIENT);
    // Serialized by name alone (readResolve): the rest is the catalog's, not the stream's.
    members.addFields(type, Modifier.PRIVATE, Modifier.FINAL, Modifier.TRANSIENT);
    type.addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(int.class, "ordinal")
            .addParameter(String.class, "name")
            .addParameters(ErrorCodeMembers.entryParameters(errorType))
            .addStatement("this.ordinal = ordinal")
            .addStatement("this.name = name")
            .addCode(ErrorCodeMembers.entryAssignments())
            .build())
        .addMethod(MethodSpec.methodBuilder("add")
            .addJavadoc("Creates the constant of an ordinal, once, while the class initializes.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(self)
            .addParameter(int.class, "ordinal")
            .addParameter(String.class, "name")
            .addParameters(ErrorCodeMembers.entryParameters(errorType))
            .varargs()
            .addStatement("$T value = new $T(ordinal, name, code, type, httpStatus, range, descriptions)",
                self, self)
            .addStatement("VALUES[ordinal] = value")
            .addStatement("return value")
            .build())
        .addMethod(MethodSpec.methodBuilder("at")
            .addJavadoc("The constant of an ordinal, for the interfaces that name the constants.\n")
            .addModifiers(Modifier.STATIC)
            .returns(self)
            .addParameter(int.class, "ordinal")
            .addStatement("return VALUES[ordinal]")
            .build())
        .addMethod(MethodSpec.methodBuilder("values")
            .addJavadoc("Every constant, in declaration order, {@code $L} last; a new array each call.\n\n"
                + "@return the constants\n", types.unknownConstant())
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(ArrayTypeName.of(self))
            .addStatement("return VALUES.clone()")
            .build())
        .addMethod(MethodSpec.methodBuilder("valueOf")
            .addJavadoc("The constant of a name, as {@code Enum.valueOf} finds it.\n\n"
                + "@param name the constant's name\n"
                + "@return the constant of that name\n"
                + "@throws IllegalArgumentException if no constant has that name\n"
                + "@throws NullPointerException if {@code name} is null\n")
            .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
            .returns(self)
            .addParameter(String.class, "name")
            .addStatement("$T value = BY_NAME.get($T.requireNonNull(name, $S))", self, Objects.class,
                "name")
            .beginControlFlow("if (value == null)")
            .addStatement("throw new $T($S + name)", IllegalArgumentException.class,
                "No constant " + self.canonicalName() + ".")
            .endControlFlow()
            .addStatement("return value")
            .build())
        .addMethod(MethodSpec.methodBuilder("name")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return name")
            .build())
        .addMethod(MethodSpec.methodBuilder("ordinal")
            .addJavadoc("The position of the constant in {@link #values()}, as an enum's.\n\n"
                + "@return the position, from 0\n")
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addStatement("return ordinal")
            .build())
        .addMethod(MethodSpec.methodBuilder("compareTo")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(int.class)
            .addParameter(self, "other")
            .addStatement("return $T.compare(ordinal, other.ordinal)", Integer.class)
            .build())
        .addMethod(MethodSpec.methodBuilder("toString")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return name")
            .build())
        .addMethod(MethodSpec.methodBuilder("readResolve")
            .addJavadoc("The one constant of the name read, as for an enum.\n")
            .addModifiers(Modifier.PRIVATE)
            .returns(Object.class)
            .addStatement("return valueOf(name)")
            .build());
    members.addAccessors(type);
    List<TypeSpec> constants = new ArrayList<>();
    int ordinal = 0;
    for (int i = 0; i < chunks.size(); i++) {
      CodeBlock.Builder create = CodeBlock.builder();
      TypeSpec.Builder names = TypeSpec.interfaceBuilder(types.errorCodeConstants(i))
          .addJavadoc("Names constants $L to $L of {@link $T}, which implements this interface: one"
                  + " class cannot initialize them all.\n",
              ordinal, ordinal + chunks.get(i).size() - 1, self);
      generated.addTo(names);
      for (ErrorEntry entry : chunks.get(i)) {
        create.add("add($L,$W$S,$W$>$>$L$<$<);\n", ordinal, entry.name(), members.arguments(entry));
        names.addField(FieldSpec.builder(self, entry.name(), Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc(members.constantDoc(entry))
            .initializer("$T.at($L)", self, ordinal)
            .build());
        ordinal++;
      }
      type.addType(TypeSpec.classBuilder("Entries" + i)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("Creates constants $L to $L: one method cannot create them all.\n",
              ordinal - chunks.get(i).size(), ordinal - 1)
          .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
          .addMethod(MethodSpec.methodBuilder("create")
              .addModifiers(Modifier.STATIC)
              .addCode(create.build())
              .build())
          .build());
      constants.add(names.build());
    }
    List<TypeSpec> written = new ArrayList<>();
    written.add(type.build());
    written.addAll(constants);
    return written;
  }
}
