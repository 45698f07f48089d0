package dev.errata.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.GeneratedNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>ErrorCode}: one constant per code, range and wildcard, plus {@code UNKNOWN}; an
 * enum, or an enum-like class when the catalog is too big for one enum.
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
    return types.codesAreEnum() ? List.of(writeEnum()) : writeClass();
  }

  private TypeSpec writeEnum() {
    ClassName self = types.errorCode();
    ClassName errorType = types.errorType();
    TypeSpec.Builder type = TypeSpec.enumBuilder(self)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(RuntimeTypes.ERROR_CODE)
        .addJavadoc("The codes of the $L catalog ({@link $T}); {@link $T} finds the one a received"
                + " code falls under.\n",
            catalog.name(), types.catalogInterface(), types.matcher());
    generated.addTo(type);
    for (ErrorEntry entry : catalog.entries()) {
      CodeBlock arguments = CodeBlock.builder().add("$>$>").add(arguments(entry)).add("$<$<").build();
      type.addEnumConstant(entry.name(), TypeSpec.anonymousClassBuilder(arguments)
          .addJavadoc(constantDoc(entry))
          .build());
    }
    type.addEnumConstant(types.unknownConstant(), TypeSpec.anonymousClassBuilder(
            CodeBlock.of("$S, $L, $T.NO_HTTP_STATUS, false", "", unknownType(), RuntimeTypes.ERROR_CODE))
        .addJavadoc(unknownDoc())
        .build());
    addFields(type, Modifier.PRIVATE, Modifier.FINAL);
    type.addMethod(MethodSpec.constructorBuilder()
        .addParameters(entryParameters(errorType))
        .varargs()
        .addCode(entryAssignments())
        .build());
    addAccessors(type);
    return type.build();
  }

  /** The arguments of an entry's constant: code, type, status, range flag, then its descriptions. */
  private CodeBlock arguments(ErrorEntry entry) {
    CodeBlock status = entry.httpStatus() == 0
        ? CodeBlock.of("$T.NO_HTTP_STATUS", RuntimeTypes.ERROR_CODE)
        : CodeBlock.of("$L", entry.httpStatus());
    CodeBlock.Builder arguments = CodeBlock.builder()
        .add("$S,$W$T.$N,$W$L,$W$L", entry.codeText(), types.errorType(), entry.type(), status,
            entry.isRange());
    for (String description : entry.descriptions().values()) {
      arguments.add(",\n$L", Literals.string(description));
    }
    return arguments.build();
  }

  private CodeBlock unknownDoc() {
    String unknown = types.unknownConstant();
    String doc = "A code the catalog does not declare, or no code at all; servers add codes, so clients must"
        + " expect it. Its type is " + unknownTypeName() + "."
        + (unknown.equals(GeneratedNames.UNKNOWN)
            ? ""
            : " Named " + unknown + " because the catalog has a code or group of its own named UNKNOWN.");
    return CodeBlock.of("$L\n", Javadoc.wrap(doc));
  }

  private CodeBlock constantDoc(ErrorEntry entry) {
    String summary = entry.isStatusOnly()
        ? "HTTP {@code " + Javadoc.escape(entry.forHttpStatus().get(0).text()) + "} without a code, "
            + entry.type() + "."
        : "{@code " + Javadoc.escape(entry.codeText()) + "}"
            + (entry.httpStatus() == 0 ? "" : ", HTTP " + entry.httpStatus())
            + ", " + entry.type()
            + (types.ownerOf(entry).isPresent() ? ", the own code of group {@code " + entry.groupPath() + "}" : "")
            + ".";
    return Javadoc.of(summary, entry.descriptions().get(catalog.defaultLocale()));
  }

  /** The type of codes that match nothing: the catalog's {@code unknownType}, or the built-in one. */
  private String unknownTypeName() {
    return catalog.unknownType().isEmpty()
        ? "{@link " + types.errorType().simpleName() + "#" + GeneratedNames.UNKNOWN_TYPE + "}, the catalog's"
            + " own (it declares no unknownType)"
        : "{@link " + types.errorType().simpleName() + "#" + catalog.unknownType() + "}";
  }

  private CodeBlock unknownType() {
    return CodeBlock.of("$T.$N", types.errorType(),
        catalog.unknownType().isEmpty() ? GeneratedNames.UNKNOWN_TYPE : catalog.unknownType());
  }

  private void addFields(TypeSpec.Builder type, Modifier... modifiers) {
    type.addField(String.class, "code", modifiers)
        .addField(types.errorType(), "type", modifiers)
        .addField(int.class, "httpStatus", modifiers)
        .addField(boolean.class, "range", modifiers)
        .addField(String[].class, "descriptions", modifiers);
  }

  private void addAccessors(TypeSpec.Builder type) {
    type.addMethod(getter("code", String.class, "code"))
        .addMethod(MethodSpec.methodBuilder("type")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(types.errorType())
            .addStatement("return type")
            .build())
        .addMethod(getter("httpStatus", int.class, "httpStatus"))
        .addMethod(getter("isRange", boolean.class, "range"))
        .addMethod(MethodSpec.methodBuilder("isUnknown")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(boolean.class)
            .addStatement("return this == $N", types.unknownConstant())
            .build())
        .addMethod(MethodSpec.methodBuilder("description")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addStatement("return descriptions.length == 0 ? \"\" : descriptions[0]")
            .build())
        .addMethod(MethodSpec.methodBuilder("description")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(String.class)
            .addParameter(Locale.class, "locale")
            .addStatement("return descriptions.length == 0 ? \"\" : descriptions[localeIndex(locale)]")
            .build())
        .addMethod(localeIndex());
  }

  /**
   * An enum-like final class, for catalogs whose constants one enum cannot hold: every enum constant
   * is created by the enum's one static initializer, at 16 to 24 bytes of bytecode each before its
   * arguments, and a method holds 64 KB. Here the constants are created in chunks, one nested class
   * each, and named by package-private interfaces the class implements, so {@code Name.CONSTANT}
   * reads as it would on an enum; {@code values()}, {@code valueOf}, {@code name()}, {@code
   * ordinal()} and {@code compareTo} behave as an enum's.
   */
  private List<TypeSpec> writeClass() {
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
                + " but not in a {@code switch}.\n",
            catalog.name(), types.catalogInterface(), types.matcher(), entries.size(), self);
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
            .addJavadoc(unknownDoc())
            .initializer("add($L,$W$S,$W$S,$W$L,$W$T.NO_HTTP_STATUS,$Wfalse)", entries.size(),
                types.unknownConstant(), "", unknownType(), RuntimeTypes.ERROR_CODE)
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
    addFields(type, Modifier.PRIVATE, Modifier.FINAL, Modifier.TRANSIENT);
    type.addMethod(MethodSpec.constructorBuilder()
            .addModifiers(Modifier.PRIVATE)
            .addParameter(int.class, "ordinal")
            .addParameter(String.class, "name")
            .addParameters(entryParameters(errorType))
            .addStatement("this.ordinal = ordinal")
            .addStatement("this.name = name")
            .addCode(entryAssignments())
            .build())
        .addMethod(MethodSpec.methodBuilder("add")
            .addJavadoc("Creates the constant of an ordinal, once, while the class initializes.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(self)
            .addParameter(int.class, "ordinal")
            .addParameter(String.class, "name")
            .addParameters(entryParameters(errorType))
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
    addAccessors(type);
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
        create.add("add($L,$W$S,$W$>$>$L$<$<);\n", ordinal, entry.name(), arguments(entry));
        names.addField(FieldSpec.builder(self, entry.name(), Modifier.PUBLIC, Modifier.STATIC,
                Modifier.FINAL)
            .addJavadoc(constantDoc(entry))
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

  private static MethodSpec getter(String name, Class<?> returns, String field) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addStatement("return $N", field)
        .build();
  }

  /**
   * The index of the catalog locale that best fits a requested one: the same tag, else the first
   * catalog locale of the same language, else the default (index 0).
   */
  private MethodSpec localeIndex() {
    List<String> locales = catalog.locales();
    Map<String, Integer> byTag = new LinkedHashMap<>();
    Map<String, Integer> byLanguage = new LinkedHashMap<>();
    for (int i = 1; i < locales.size(); i++) {
      Locale locale = Locale.forLanguageTag(locales.get(i));
      if (!locale.getCountry().isEmpty() || !locale.getScript().isEmpty()
          || !locale.getVariant().isEmpty()) {
        byTag.put(locales.get(i), i);
      }
    }
    for (int i = 0; i < locales.size(); i++) {
      byLanguage.putIfAbsent(Locale.forLanguageTag(locales.get(i)).getLanguage(), i);
    }
    byLanguage.values().removeIf(index -> index == 0);
    MethodSpec.Builder method = MethodSpec.methodBuilder("localeIndex")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(int.class)
        .addParameter(Locale.class, "locale");
    if (byTag.isEmpty() && byLanguage.isEmpty()) {
      return method.addStatement("return 0").build();
    }
    method.beginControlFlow("if (locale == null)").addStatement("return 0").endControlFlow();
    if (!byTag.isEmpty()) {
      method.addCode(switchOn("locale.toLanguageTag()", byTag, false));
    }
    method.addCode(switchOn("locale.getLanguage()", byLanguage, true));
    return method.build();
  }

  private static CodeBlock switchOn(String selector, Map<String, Integer> cases, boolean last) {
    CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch ($L)", selector);
    List<String> keys = new ArrayList<>(cases.keySet());
    for (String key : keys) {
      code.add("case $S:\n", key).indent().addStatement("return $L", cases.get(key)).unindent();
    }
    code.add("default:\n").indent();
    if (last) {
      code.addStatement("return 0");
    } else {
      code.addStatement("break");
    }
    return code.unindent().endControlFlow().build();
  }

  /** The parameters of a code's constructor, one per field: {@code code}, {@code type}, ... */
  private static List<ParameterSpec> entryParameters(TypeName errorType) {
    return List.of(
        ParameterSpec.builder(String.class, "code").build(),
        ParameterSpec.builder(errorType, "type").build(),
        ParameterSpec.builder(int.class, "httpStatus").build(),
        ParameterSpec.builder(boolean.class, "range").build(),
        ParameterSpec.builder(ArrayTypeName.of(String.class), "descriptions").build());
  }

  /** The constructor's statements that set the fields of {@link #entryParameters}. */
  private static CodeBlock entryAssignments() {
    return CodeBlock.builder()
        .addStatement("this.code = code")
        .addStatement("this.type = type")
        .addStatement("this.httpStatus = httpStatus")
        .addStatement("this.range = range")
        .addStatement("this.descriptions = descriptions")
        .build();
  }
}
