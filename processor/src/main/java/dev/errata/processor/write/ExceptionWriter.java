package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.GroupDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Writes the sealed exception hierarchy: {@code <Name>Exception}, a class per group (sealed, or final
 * for a leaf group), a final class per code outside leaf groups, and {@code <Name>UnknownException}.
 */
final class ExceptionWriter {

  private final Catalog catalog;
  private final CatalogTypes types;
  private final GeneratedAnnotation generated;
  /** The direct subclasses of each sealed class, sorted by name for reproducible output. */
  private final Map<ClassName, List<ClassName>> permits = new TreeMap<>(Comparator.comparing(ClassName::canonicalName));

  ExceptionWriter(Catalog catalog, CatalogTypes types, GeneratedAnnotation generated) {
    this.catalog = catalog;
    this.types = types;
    this.generated = generated;
  }

  List<TypeSpec> write() {
    List<TypeSpec> classes = new ArrayList<>();
    permit(types.exception(), types.unknownException());
    for (GroupDef group : catalog.groups()) {
      if (types.leafGroupOf(group.parentPath()).isEmpty()) {
        permit(types.parentOf(group.parentPath()), types.groupException(group));
      }
    }
    for (ErrorEntry entry : catalog.entries()) {
      if (types.leafGroupOf(entry.groupPath()).isEmpty()) {
        permit(types.parentOf(entry.groupPath()), types.exceptionOf(entry));
      }
    }
    classes.add(root());
    for (GroupDef group : catalog.groups()) {
      if (types.leafGroupOf(group.parentPath()).isEmpty()) {
        classes.add(group.leaf() ? leafGroup(group) : group(group));
      }
    }
    for (ErrorEntry entry : catalog.entries()) {
      if (types.leafGroupOf(entry.groupPath()).isEmpty()) {
        classes.add(code(entry));
      }
    }
    classes.add(unknown());
    return classes;
  }

  private void permit(ClassName parent, ClassName child) {
    permits.computeIfAbsent(parent, key -> new ArrayList<>()).add(child);
  }

  private List<ClassName> permitted(ClassName parent) {
    List<ClassName> children = new ArrayList<>(permits.getOrDefault(parent, List.of()));
    children.sort(Comparator.comparing(ClassName::simpleName));
    return children;
  }

  private TypeSpec.Builder exceptionClass(ClassName name, ClassName parent) {
    TypeSpec.Builder type = TypeSpec.classBuilder(name)
        .addModifiers(Modifier.PUBLIC)
        .superclass(parent)
        .addField(FieldSpec.builder(long.class, "serialVersionUID",
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
            .initializer("1L")
            .build());
    generated.addTo(type);
    return type;
  }

  private TypeSpec root() {
    ClassName self = types.exception();
    ClassName errorCode = types.errorCode();
    ClassName errorType = types.errorType();
    return exceptionClass(self, RuntimeTypes.CATALOG_EXCEPTION)
        .addModifiers(Modifier.ABSTRACT, Modifier.SEALED)
        .addPermittedSubclasses(permitted(self))
        .addJavadoc("A failed call of the $L API, typed by its error code ({@link $T}).\n\n"
                + "<p>Sealed: a {@code switch} over its subclasses needs no {@code default}. {@link"
                + " $T#toException} and {@link $T#match} build and find them.\n",
            catalog.name(), types.catalogInterface(), types.matcher(), types.matcher())
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(errorCode, "errorCode")
            .addParameter(RuntimeTypes.ERROR_REPORT, "report")
            .addStatement("super(errorCode, effectiveType(errorCode, report), report)")
            .build())
        .addMethod(MethodSpec.methodBuilder("effectiveType")
            .addJavadoc("The type the response named, when the catalog declares it; else the code's own.\n")
            .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
            .returns(errorType)
            .addParameter(errorCode, "errorCode")
            .addParameter(RuntimeTypes.ERROR_REPORT, "report")
            .addStatement("$T named = $T.forName(report.type())", errorType, errorType)
            .addStatement("return named != null ? named : errorCode.type()")
            .build())
        .addMethod(MethodSpec.methodBuilder("errorCode")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(errorCode)
            .addStatement("return ($T) super.errorCode()", errorCode)
            .build())
        .addMethod(MethodSpec.methodBuilder("type")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(errorType)
            .addStatement("return ($T) super.type()", errorType)
            .build())
        .addMethod(new CatalogHandleWriter(catalog, types).exceptionAccessor())
        .build();
  }

  private TypeSpec group(GroupDef group) {
    ClassName self = types.groupException(group);
    List<ClassName> subclasses = permitted(self);
    // A group without codes has no subclass to permit, and a sealed class needs one; its constructor
    // is package-private, so non-sealed opens it to no one.
    return exceptionClass(self, types.parentOf(group.parentPath()))
        .addModifiers(Modifier.ABSTRACT, subclasses.isEmpty() ? Modifier.NON_SEALED : Modifier.SEALED)
        .addPermittedSubclasses(subclasses)
        .addJavadoc(Javadoc.of("The codes of group {@code " + group.path() + "}.",
            group.descriptions().get(catalog.defaultLocale())))
        .addMethod(MethodSpec.constructorBuilder()
            .addParameter(types.errorCode(), "errorCode")
            .addParameter(RuntimeTypes.ERROR_REPORT, "report")
            .addStatement("super(errorCode, report)")
            .build())
        .build();
  }

  private TypeSpec leafGroup(GroupDef group) {
    ClassName self = types.groupException(group);
    return exceptionClass(self, types.parentOf(group.parentPath()))
        .addModifiers(Modifier.FINAL)
        .addJavadoc(Javadoc.of("Any code of group {@code " + group.path() + "}, nested groups included;"
                + " {@link #errorCode()} says which.",
            group.descriptions().get(catalog.defaultLocale())))
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("An exception for a code of this group and what is known of the response.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(types.errorCode(), "errorCode")
            .addParameter(RuntimeTypes.ERROR_REPORT, "report")
            .addStatement("super(errorCode, report)")
            .build())
        .build();
  }

  private TypeSpec code(ErrorEntry entry) {
    ClassName self = types.exceptionOf(entry);
    String text = entry.pattern().text();
    TypeSpec.Builder type = exceptionClass(self, types.parentOf(entry.groupPath()))
        .addModifiers(Modifier.FINAL)
        .addJavadoc(Javadoc.of(
            "Thrown for {@code " + Javadoc.escape(text) + "} ({@link " + types.errorCode().simpleName()
                + "#" + entry.name() + "}).",
            entry.descriptions().get(catalog.defaultLocale())))
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("An exception for a received response; {@link $T#toException} builds these.\n",
                types.matcher())
            .addModifiers(Modifier.PUBLIC)
            .addParameter(RuntimeTypes.ERROR_REPORT, "report")
            .addStatement("super($T.$N, report)", types.errorCode(), entry.name())
            .build());
    if (entry.pattern().isRange()) {
      type.addMethod(MethodSpec.constructorBuilder()
          .addJavadoc("An exception raised locally (as a server does) for one code of {@code $L}.\n\n"
                  + "@throws IllegalArgumentException if {@code code} is not one of them\n",
              Javadoc.escape(text))
          .addModifiers(Modifier.PUBLIC)
          .addParameter(String.class, "code")
          .addStatement("this($T.ofCode(requireCode(code)))", RuntimeTypes.ERROR_REPORT)
          .build());
      type.addMethod(MethodSpec.methodBuilder("requireCode")
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(String.class)
          .addParameter(String.class, "code")
          .beginControlFlow("if ($T.match(code) != $T.$N)", types.matcher(), types.errorCode(), entry.name())
          .addStatement("throw new $T(code + $S)", IllegalArgumentException.class,
              " is not a code of " + entry.name() + " (" + text + ")")
          .endControlFlow()
          .addStatement("return code")
          .build());
    } else {
      type.addMethod(MethodSpec.constructorBuilder()
          .addJavadoc("An exception raised locally (as a server does) for code {@code $L}.\n",
              Javadoc.escape(text))
          .addModifiers(Modifier.PUBLIC)
          .addStatement("this($T.ofCode($S))", RuntimeTypes.ERROR_REPORT, text)
          .build());
    }
    return type.build();
  }

  private TypeSpec unknown() {
    return exceptionClass(types.unknownException(), types.exception())
        .addModifiers(Modifier.FINAL)
        .addJavadoc("A code the $L catalog does not declare (or no code at all); {@link #code()} is what"
                + " was received.\n",
            catalog.name())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("An exception for a response whose code matched nothing.\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(RuntimeTypes.ERROR_REPORT, "report")
            .addStatement("super($T.UNKNOWN, report)", types.errorCode())
            .build())
        .build();
  }
}
