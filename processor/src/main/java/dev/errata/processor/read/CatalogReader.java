package dev.errata.processor.read;

import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.Descriptions;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.Group;
import dev.errata.annotations.HttpStatus;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Reads an {@code @ErrorCatalog} element into a {@link CatalogDeclaration}: every value as written,
 * with its position; judges nothing.
 */
public final class CatalogReader {

  private final AnnotationReader annotations;
  /** The next code's place in declaration order. */
  private int order;

  /** A reader using the compiler's element utilities. */
  public CatalogReader(Elements elements) {
    this.annotations = new AnnotationReader(elements);
  }

  /** Reads the catalog on {@code element}, which carries {@code @ErrorCatalog}. */
  public CatalogDeclaration read(TypeElement element) {
    AnnotationMirror catalog = AnnotationReader.find(element, ErrorCatalog.class.getCanonicalName());
    List<TypeDeclaration> types = new ArrayList<>();
    for (AnnotationMirror type : annotations.annotations(catalog, "types")) {
      types.add(new TypeDeclaration(
          annotations.string(element, type, "name"),
          annotations.enumConstant(element, type, "retry"),
          annotations.string(element, type, "after"),
          annotations.enumConstant(element, type, "outcome"),
          descriptions(element, annotations.annotations(type, "descriptions"))));
    }
    List<Located<String>> misplacedGroups = new ArrayList<>();
    List<Located<String>> doublyMarked = new ArrayList<>();
    order = 0;
    GroupDeclaration root = group(element, "", misplacedGroups, doublyMarked);
    return new CatalogDeclaration(
        element,
        catalog,
        annotations.string(element, catalog, "name"),
        annotations.string(element, catalog, "codePattern"),
        annotations.strings(element, catalog, "locales"),
        types,
        annotations.string(element, catalog, "unknownType"),
        envelope(element, annotations.annotation(catalog, "envelope")),
        annotations.string(element, catalog, "source"),
        root,
        misplacedGroups,
        doublyMarked);
  }

  private EnvelopeDeclaration envelope(Element element, AnnotationMirror envelope) {
    List<EnvelopeDeclaration.AttributeDeclaration> attributes = new ArrayList<>();
    for (AnnotationMirror attribute : annotations.annotations(envelope, "attributes")) {
      attributes.add(new EnvelopeDeclaration.AttributeDeclaration(
          annotations.string(element, attribute, "name"),
          annotations.string(element, attribute, "pointer"),
          annotations.enumConstant(element, attribute, "json")));
    }
    return new EnvelopeDeclaration(
        annotations.string(element, envelope, "code"),
        annotations.string(element, envelope, "type"),
        annotations.string(element, envelope, "description"),
        annotations.string(element, envelope, "status"),
        annotations.string(element, envelope, "successStatus"),
        annotations.string(element, envelope, "warningStatus"),
        annotations.string(element, envelope, "failureStatus"),
        annotations.integer(element, envelope, "defaultHttpStatus"),
        annotations.string(element, envelope, "correlationId"),
        attributes,
        annotations.enumConstant(element, envelope, "codeJson"),
        annotations.enumConstant(element, envelope, "statusJson"),
        annotations.string(element, envelope, "warning"),
        annotations.string(element, envelope, "httpStatus"),
        annotations.string(element, envelope, "correlationIdHeader"),
        annotations.string(element, envelope, "retryHeader"),
        annotations.enumConstant(element, envelope, "format"),
        annotations.string(element, envelope, "typePrefix"));
  }

  private GroupDeclaration group(TypeElement element, String path, List<Located<String>> misplacedGroups,
      List<Located<String>> doublyMarked) {
    AnnotationMirror group = path.isEmpty()
        ? null
        : AnnotationReader.find(element, Group.class.getCanonicalName());
    List<CodeDeclaration> codes = new ArrayList<>();
    // Fields in source order, before nested types: javac gives a type's member types before its
    // fields, ECJ all members in source order; each kind is in source order under both.
    for (VariableElement field : ElementFilter.fieldsIn(element.getEnclosedElements())) {
      AnnotationMirror code = AnnotationReader.find(field, Code.class.getCanonicalName());
      AnnotationMirror status = AnnotationReader.find(field, HttpStatus.class.getCanonicalName());
      if (code != null && status != null) {
        doublyMarked.add(new Located<>(displayName(element) + "." + field.getSimpleName(), field, status, null));
      }
      if (code != null) {
        codes.add(entry(element, field, code, false));
      } else if (status != null) {
        codes.add(entry(element, field, status, true));
      }
    }
    List<GroupDeclaration> groups = new ArrayList<>();
    for (TypeElement nested : ElementFilter.typesIn(element.getEnclosedElements())) {
      String nestedPath = path.isEmpty()
          ? nested.getSimpleName().toString()
          : path + "." + nested.getSimpleName();
      if (nested.getKind() == ElementKind.INTERFACE) {
        groups.add(group(nested, nestedPath, misplacedGroups, doublyMarked));
      } else {
        AnnotationMirror misplaced = AnnotationReader.find(nested, Group.class.getCanonicalName());
        if (misplaced != null) {
          misplacedGroups.add(new Located<>(displayName(nested), nested, misplaced, null));
        }
      }
    }
    return new GroupDeclaration(
        path.isEmpty() ? "" : element.getSimpleName().toString(),
        new Located<>(path, element, null, null),
        path,
        group,
        group == null ? new Located<>("", element, null, null) : annotations.string(element, group, "type"),
        group == null ? new Located<>(0, element, null, null) : annotations.integer(element, group, "http"),
        group == null ? new Located<>(false, element, null, null) : annotations.bool(element, group, "leaf"),
        descriptions(element),
        codes,
        groups,
        null);
  }

  /**
   * The entry of {@code field}, marked by {@code mirror}: its {@code @Code}, or its {@code @HttpStatus}
   * when {@code statusOnly}, which has no {@code http}, {@code reading} or {@code forHttpStatus}.
   */
  private CodeDeclaration entry(
      TypeElement group, VariableElement field, AnnotationMirror mirror, boolean statusOnly) {
    String name = field.getSimpleName().toString();
    Located<String> none = new Located<>("", field, mirror, null);
    return new CodeDeclaration(
        name,
        displayName(group) + "." + name,
        new Located<>(name, field, null, null),
        none.with(name),
        field.getConstantValue(),
        field.asType().toString(),
        annotations.string(field, mirror, "type"),
        statusOnly ? none.with(0) : annotations.integer(field, mirror, "http"),
        descriptions(field),
        statusOnly ? none.with("PATTERN") : annotations.enumConstant(field, mirror, "reading"),
        statusOnly ? none.with(List.of()) : annotations.strings(field, mirror, "forHttpStatus"),
        statusOnly,
        order++);
  }

  private List<DescriptionDeclaration> descriptions(Element element) {
    List<AnnotationMirror> mirrors = new ArrayList<>();
    AnnotationMirror single = AnnotationReader.find(element, Description.class.getCanonicalName());
    if (single != null) {
      mirrors.add(single);
    }
    AnnotationMirror container = AnnotationReader.find(element, Descriptions.class.getCanonicalName());
    if (container != null) {
      mirrors.addAll(annotations.annotations(container, "value"));
    }
    return descriptions(element, mirrors);
  }

  private List<DescriptionDeclaration> descriptions(Element element, List<AnnotationMirror> mirrors) {
    List<DescriptionDeclaration> descriptions = new ArrayList<>();
    for (AnnotationMirror mirror : mirrors) {
      descriptions.add(new DescriptionDeclaration(
          annotations.string(element, mirror, "value"),
          annotations.string(element, mirror, "locale")));
    }
    return descriptions;
  }

  /** Whether {@code element} itself carries the annotation {@code type} (read from its mirrors). */
  public static boolean isAnnotated(Element element, Class<? extends Annotation> type) {
    return AnnotationReader.find(element, type.getCanonicalName()) != null;
  }

  /** {@code KhipuErrors.Logon}: the simple names from the outermost type down. */
  public static String displayName(Element element) {
    StringBuilder name = new StringBuilder(element.getSimpleName());
    for (Element at = element.getEnclosingElement();
        at != null && (at.getKind().isClass() || at.getKind().isInterface());
        at = at.getEnclosingElement()) {
      name.insert(0, at.getSimpleName() + ".");
    }
    return name.toString();
  }
}
