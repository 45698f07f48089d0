package dev.errata.processor.read;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Name;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;
import org.junit.jupiter.api.Test;

/**
 * The defaults javac 17 hands over as placeholders (an annotation type first read from its class file
 * during processing, until the next round): each is read from the annotation class instead, as its
 * declaration gives it, and the kinds no Errata annotation has as a default fail loudly, naming the
 * element. javac gives such placeholders only in some rounds of some builds, so the model here is built
 * by hand: an annotation of {@code type} whose every value is a default that cannot be read.
 */
class AnnotationReaderTest {

  private static final AnnotationValue PLACEHOLDER = proxy(AnnotationValue.class, (method, args) -> {
    if (method.equals("getValue")) {
      throw new UnsupportedOperationException("placeholder");
    }
    return method.equals("toString") ? "<placeholder>" : null;
  });

  @FunctionalInterface
  private interface Answer {
    Object answer(String method, Object[] args);
  }

  private static <T> T proxy(Class<T> type, Answer answer) {
    return type.cast(Proxy.newProxyInstance(AnnotationReaderTest.class.getClassLoader(), new Class<?>[] {type},
        (self, method, args) -> switch (method.getName()) {
          case "equals" -> self == args[0];
          case "hashCode" -> System.identityHashCode(self);
          default -> answer.answer(method.getName(), args);
        }));
  }

  private static Name name(String text) {
    return proxy(Name.class, (method, args) -> switch (method) {
      case "contentEquals" -> text.contentEquals((CharSequence) args[0]);
      case "toString" -> text;
      default -> null;
    });
  }

  /** An annotation of type {@code type} with {@code elements}, none of them written, all placeholders. */
  private static AnnotationMirror placeholders(String type, String... elements) {
    TypeElement typeElement = proxy(TypeElement.class,
        (method, args) -> method.equals("getQualifiedName") ? name(type) : null);
    DeclaredType declared = proxy(DeclaredType.class,
        (method, args) -> method.equals("asElement") ? typeElement : method.equals("toString") ? type : null);
    AnnotationMirror mirror = proxy(AnnotationMirror.class, (method, args) -> switch (method) {
      case "getAnnotationType" -> declared;
      case "getElementValues" -> Map.of();
      default -> null;
    });
    DEFAULTS.put(mirror, values(elements));
    return mirror;
  }

  private static Map<ExecutableElement, AnnotationValue> values(String... elements) {
    Map<ExecutableElement, AnnotationValue> values = new LinkedHashMap<>();
    for (String element : elements) {
      values.put(proxy(ExecutableElement.class,
          (method, args) -> method.equals("getSimpleName") ? name(element) : null), PLACEHOLDER);
    }
    return values;
  }

  /** Each mirror's values with defaults, as javac's {@code Elements} gives them. */
  private static final Map<AnnotationMirror, Map<ExecutableElement, AnnotationValue>> DEFAULTS =
      new IdentityHashMap<>();

  private final AnnotationReader reader = new AnnotationReader(proxy(Elements.class,
      (method, args) -> method.equals("getElementValuesWithDefaults") ? DEFAULTS.get(args[0]) : null));

  @Test
  void aStringDefaultIsReadFromTheAnnotationClass() {
    AnnotationMirror envelope = placeholders("dev.errata.annotations.Envelope", "code", "description");

    Located<String> code = reader.string(null, envelope, "code");
    assertThat(code.value()).isEqualTo("/code");
    assertThat(code.annotationValue()).isNull();   // not written: reported at the annotation itself
    assertThat(reader.string(null, envelope, "description").value()).isEqualTo("/message");
  }

  @Test
  void anIntegerDefaultIsReadFromTheAnnotationClass() {
    AnnotationMirror envelope = placeholders("dev.errata.annotations.Envelope", "defaultHttpStatus");

    assertThat(reader.integer(null, envelope, "defaultHttpStatus").value()).isEqualTo(500);
  }

  @Test
  void anEnumDefaultIsItsConstantsName() {
    AnnotationMirror type = placeholders("dev.errata.annotations.ErrorType", "retry", "outcome");

    assertThat(reader.enumConstant(null, type, "retry").value()).isEqualTo("NEVER");
    assertThat(reader.enumConstant(null, type, "outcome").value()).isEqualTo("FAILURE");
  }

  @Test
  void anEmptyArrayDefaultIsAnEmptyList() {
    AnnotationMirror catalog = placeholders("dev.errata.annotations.ErrorCatalog", "accept", "types");

    assertThat(reader.strings(null, catalog, "accept").value()).isEmpty();
    assertThat(reader.annotations(catalog, "types")).isEmpty();
  }

  @Test
  void aDefaultNoReaderCanTurnIntoValuesFailsNamingTheElement() {
    AnnotationMirror catalog = placeholders("dev.errata.annotations.ErrorCatalog", "locales", "envelope", "gone");

    IllegalStateException array = assertThrows(IllegalStateException.class,
        () -> reader.strings(null, catalog, "locales"));
    assertThat(array).hasMessageThat()
        .isEqualTo("cannot read the non-empty default of @dev.errata.annotations.ErrorCatalog.locales");
    IllegalStateException annotation = assertThrows(IllegalStateException.class,
        () -> reader.annotation(catalog, "envelope"));
    assertThat(annotation).hasMessageThat()
        .isEqualTo("cannot read the annotation default of @dev.errata.annotations.ErrorCatalog.envelope");
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> reader.string(null, catalog, "gone"));
    assertThat(missing).hasMessageThat().isEqualTo("cannot read the default of @dev.errata.annotations.ErrorCatalog.gone");
    assertThat(missing).hasCauseThat().isInstanceOf(NoSuchMethodException.class);
  }

  @Test
  void anElementTheAnnotationDoesNotHaveIsAnError() {
    AnnotationMirror catalog = placeholders("dev.errata.annotations.ErrorCatalog", "name");

    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> reader.string(null, catalog, "codePattern"));
    assertThat(error).hasMessageThat().isEqualTo("@dev.errata.annotations.ErrorCatalog has no element codePattern");
  }
}
