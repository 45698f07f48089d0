package dev.errata.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.GeneratedNames;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * What both shapes of {@code <Name>ErrorCode} share, the enum ({@link ErrorCodeEnumWriter}) and the
 * enum-like class ({@link ErrorCodeClassWriter}): each constant's arguments and Javadoc, the fields
 * they set, the constructor's parameters, and the {@code ErrorCode} accessors.
 */
final class ErrorCodeMembers {

  private final Catalog catalog;
  private final CatalogTypes types;

  ErrorCodeMembers(Catalog catalog, CatalogTypes types) {
    this.catalog = catalog;
    this.types = types;
  }

  /** The paragraph of the code type's Javadoc that says the order of its constants. */
  CodeBlock orderDoc() {
    return CodeBlock.of("$L\n", Javadoc.wrap("<p>The constants are in the order of their first code, as text"
        + " (a range's lowest, a wildcard's with 0 for each x and *), then of their code as written; then come"
        + " the entries of HTTP statuses alone, by status, and " + types.unknownConstant() + " last."));
  }

  /** The arguments of an entry's constant: code, type, status, range flag, then its descriptions. */
  CodeBlock arguments(ErrorEntry entry) {
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

  CodeBlock unknownDoc() {
    String unknown = types.unknownConstant();
    String doc = "A code the catalog does not declare, or no code at all; servers add codes, so clients must"
        + " expect it. Its type is " + unknownTypeName() + "."
        + (unknown.equals(GeneratedNames.UNKNOWN)
            ? ""
            : " Named " + unknown + " because the catalog has a code or group of its own named UNKNOWN.");
    return CodeBlock.of("$L\n", Javadoc.wrap(doc));
  }

  CodeBlock constantDoc(ErrorEntry entry) {
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

  CodeBlock unknownType() {
    return CodeBlock.of("$T.$N", types.errorType(),
        catalog.unknownType().isEmpty() ? GeneratedNames.UNKNOWN_TYPE : catalog.unknownType());
  }

  void addFields(TypeSpec.Builder type, Modifier... modifiers) {
    type.addField(String.class, "code", modifiers)
        .addField(types.errorType(), "type", modifiers)
        .addField(int.class, "httpStatus", modifiers)
        .addField(boolean.class, "range", modifiers)
        .addField(String[].class, "descriptions", modifiers);
  }

  void addAccessors(TypeSpec.Builder type) {
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
        .addMethod(new LocaleIndexWriter(catalog.locales()).write());
  }

  private static MethodSpec getter(String name, Class<?> returns, String field) {
    return MethodSpec.methodBuilder(name)
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(returns)
        .addStatement("return $N", field)
        .build();
  }

  /** The parameters of a code's constructor, one per field: {@code code}, {@code type}, ... */
  static List<ParameterSpec> entryParameters(TypeName errorType) {
    return List.of(
        ParameterSpec.builder(String.class, "code").build(),
        ParameterSpec.builder(errorType, "type").build(),
        ParameterSpec.builder(int.class, "httpStatus").build(),
        ParameterSpec.builder(boolean.class, "range").build(),
        ParameterSpec.builder(ArrayTypeName.of(String.class), "descriptions").build());
  }

  /** The constructor's statements that set the fields of {@link #entryParameters}. */
  static CodeBlock entryAssignments() {
    return CodeBlock.builder()
        .addStatement("this.code = code")
        .addStatement("this.type = type")
        .addStatement("this.httpStatus = httpStatus")
        .addStatement("this.range = range")
        .addStatement("this.descriptions = descriptions")
        .build();
  }
}
