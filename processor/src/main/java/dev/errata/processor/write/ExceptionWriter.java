package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CodePattern;
import dev.errata.processor.model.CodeRange;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.GroupDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
      if (types.leafGroupOf(entry.groupPath()).isEmpty() && types.ownerOf(entry).isEmpty()) {
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
      if (types.leafGroupOf(entry.groupPath()).isEmpty() && types.ownerOf(entry).isEmpty()) {
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
        .addJavadoc("$L\n\n"
                + "<p>Sealed: a {@code switch} over its subclasses needs no {@code default}. {@link"
                + " $T#toException} and {@link $T#match} build and find them.\n",
            RootExceptionDoc.summary(catalog, types), types.matcher(), types.matcher())
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
    TypeSpec.Builder type = exceptionClass(self, types.parentOf(group.parentPath()))
        .addPermittedSubclasses(subclasses);
    Optional<ErrorEntry> own = group.ownCode()
        .flatMap(name -> catalog.entries().stream().filter(entry -> entry.name().equals(name)).findFirst());
    if (own.isPresent()) {
      // The group's own code (ClientError.CLIENT_ERROR): the class is that code's, concrete, and the
      // class its other codes' extend, as FileNotFoundException extends IOException.
      type.addModifiers(subclasses.isEmpty() ? Modifier.FINAL : Modifier.SEALED)
          .addJavadoc(Javadoc.of(thrownFor(own.get()) + ", the own "
                  + (own.get().isStatusOnly() ? "entry" : "code") + " of group {@code " + group.path() + "}"
                  + (subclasses.isEmpty()
                      ? "."
                      : "; the classes of the group's other codes extend it, so catching it catches every"
                          + " code of the group."),
              own.get().descriptions().getOrDefault(catalog.defaultLocale(),
                  group.descriptions().get(catalog.defaultLocale()))));
      addRaisingConstructors(type, own.get());
    } else {
      // A group without codes has no subclass to permit, and a sealed class needs one; its constructor
      // is package-private, so non-sealed opens it to no one.
      type.addModifiers(Modifier.ABSTRACT, subclasses.isEmpty() ? Modifier.NON_SEALED : Modifier.SEALED)
          .addJavadoc(Javadoc.of("The codes of group {@code " + group.path() + "}.",
              group.descriptions().get(catalog.defaultLocale())));
    }
    if (!subclasses.isEmpty() || own.isEmpty()) {
      type.addMethod(MethodSpec.constructorBuilder()
          .addParameter(types.errorCode(), "errorCode")
          .addParameter(RuntimeTypes.ERROR_REPORT, "report")
          .addStatement("super(errorCode, report)")
          .build());
    }
    return type.build();
  }

  private TypeSpec leafGroup(GroupDef group) {
    ClassName self = types.groupException(group);
    return exceptionClass(self, types.parentOf(group.parentPath()))
        .addModifiers(Modifier.FINAL)
        .addJavadoc(Javadoc.of("Any code of group {@code " + group.path() + "}, nested groups included;"
                + " {@link #errorCode()} says which.",
            group.descriptions().get(catalog.defaultLocale())))
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("An exception for a code of this group and what is known of the response.\n\n"
                + "@param errorCode the code's entry, one of this group's\n"
                + "@param report what is known of the response\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(types.errorCode(), "errorCode")
            .addParameter(RuntimeTypes.ERROR_REPORT, "report")
            .addStatement("super(errorCode, report)")
            .build())
        .build();
  }

  private TypeSpec code(ErrorEntry entry) {
    ClassName self = types.exceptionOf(entry);
    TypeSpec.Builder type = exceptionClass(self, types.parentOf(entry.groupPath()))
        .addModifiers(Modifier.FINAL)
        .addJavadoc(Javadoc.of(thrownFor(entry) + ".", entry.descriptions().get(catalog.defaultLocale())));
    addRaisingConstructors(type, entry);
    return type.build();
  }

  /** "Thrown for {@code E2xx} ({@link NErrorCode#TARGET_UNAVAILABLE})", or for a status alone. */
  private String thrownFor(ErrorEntry entry) {
    String link = "({@link " + types.errorCode().simpleName() + "#" + entry.name() + "})";
    return entry.isStatusOnly()
        ? "Thrown for a response with HTTP status {@code " + Javadoc.escape(entry.forHttpStatus().get(0).text())
            + "} and no code " + link
        : "Thrown for {@code " + Javadoc.escape(entry.codeText()) + "} " + link;
  }

  /**
   * The public constructors of an entry's own class: one for a received response, and one or two that
   * raise it locally, as a server does.
   */
  private void addRaisingConstructors(TypeSpec.Builder type, ErrorEntry entry) {
    String text = entry.codeText();
    type.addMethod(MethodSpec.constructorBuilder()
        .addJavadoc("An exception for a received response; {@link $T#toException} builds these.\n\n"
            + "@param report what is known of the response\n", types.matcher())
        .addModifiers(Modifier.PUBLIC)
        .addParameter(RuntimeTypes.ERROR_REPORT, "report")
        .addStatement("super($T.$N, report)", types.errorCode(), entry.name())
        .build());
    if (entry.isStatusOnly()) {
      addStatusConstructors(type, entry);
    } else if (entry.isRange()) {
      type.addMethod(MethodSpec.constructorBuilder()
          .addJavadoc("An exception raised locally (as a server does) for one code of {@code $L}.\n\n"
                  + "@param code the code, one of {@code $L}\n"
                  + "@throws IllegalArgumentException if {@code code} is not one of them\n",
              Javadoc.escape(text), Javadoc.escape(text))
          .addModifiers(Modifier.PUBLIC)
          .addParameter(String.class, "code")
          .addStatement("this($T.ofCode(requireCode(code)))", RuntimeTypes.ERROR_REPORT)
          .build());
      type.addMethod(MethodSpec.methodBuilder("requireCode")
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(String.class)
          .addParameter(String.class, "code")
          .beginControlFlow("if ($T.match(code) != $T.$N)", types.matcher(), types.errorCode(), entry.name())
          .addStatement("throw new $T(code + $L)", IllegalArgumentException.class,
              Literals.string(" is not a code of " + entry.name() + " (" + text + ")"))
          .endControlFlow()
          .addStatement("return code")
          .build());
    } else {
      type.addMethod(MethodSpec.constructorBuilder()
          .addJavadoc("An exception raised locally (as a server does) for code {@code $L}.\n",
              Javadoc.escape(text))
          .addModifiers(Modifier.PUBLIC)
          .addStatement("this($T.ofCode($L))", RuntimeTypes.ERROR_REPORT, Literals.string(text))
          .build());
    }
  }

  /** An entry of statuses alone is raised with its status and no code; a range's, with one of its statuses. */
  private void addStatusConstructors(TypeSpec.Builder type, ErrorEntry entry) {
    CodePattern status = entry.forHttpStatus().get(0);
    type.addMethod(MethodSpec.constructorBuilder()
        .addJavadoc("An exception raised locally (as a server does): HTTP $L, no code.\n", entry.httpStatus())
        .addModifiers(Modifier.PUBLIC)
        .addStatement("this($T.builder().httpStatus($L).build())", RuntimeTypes.ERROR_REPORT, entry.httpStatus())
        .build());
    if (status instanceof CodeRange range) {
      type.addMethod(MethodSpec.constructorBuilder()
          .addJavadoc("An exception raised locally (as a server does) with one status of {@code $L}, no code."
                  + "\n\n@param httpStatus the status, from $L to $L\n"
                  + "@throws IllegalArgumentException if {@code httpStatus} is not one of them\n",
              Javadoc.escape(status.text()), range.low(), range.high())
          .addModifiers(Modifier.PUBLIC)
          .addParameter(int.class, "httpStatus")
          .addStatement("this($T.builder().httpStatus(requireStatus(httpStatus)).build())",
              RuntimeTypes.ERROR_REPORT)
          .build());
      type.addMethod(MethodSpec.methodBuilder("requireStatus")
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(int.class)
          .addParameter(int.class, "httpStatus")
          .beginControlFlow("if (httpStatus < $L || httpStatus > $L)", range.low(), range.high())
          .addStatement("throw new $T(httpStatus + $S)", IllegalArgumentException.class,
              " is not a status of " + entry.name() + " (" + status.text() + ")")
          .endControlFlow()
          .addStatement("return httpStatus")
          .build());
    }
  }

  private TypeSpec unknown() {
    return exceptionClass(types.unknownException(), types.exception())
        .addModifiers(Modifier.FINAL)
        .addJavadoc("A code the $L catalog does not declare (or no code at all); {@link #code()} is what"
                + " was received.\n",
            catalog.name())
        .addMethod(MethodSpec.constructorBuilder()
            .addJavadoc("An exception for a response whose code matched nothing.\n\n"
                + "@param report what is known of the response\n")
            .addModifiers(Modifier.PUBLIC)
            .addParameter(RuntimeTypes.ERROR_REPORT, "report")
            .addStatement("super($T.$N, report)", types.errorCode(), types.unknownConstant())
            .build())
        .build();
  }
}
