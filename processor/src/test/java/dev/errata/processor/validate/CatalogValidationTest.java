package dev.errata.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.validate.Catalogs.bad;
import static dev.errata.processor.validate.Catalogs.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The catalog as a whole: where {@code @ErrorCatalog}, {@code @Group} and {@code @Code} may go, the
 * catalog's name, source and envelope, and the HTTP statuses of codes and groups.
 */
class CatalogValidationTest {

  @Test
  void catalogOnAClass() {
    JavaFileObject source = bad("NotInterfaceClass");
    Compilation compilation = compile(source);

    // Its @Code field is not reported again as outside a catalog.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataNotInterface] @ErrorCatalog is on class NotInterfaceClass, but a"
            + " catalog must be an interface. Declare it as `public interface NotInterfaceClass`.")
        .inFile(source)
        .onLineContaining("@ErrorCatalog(name = \"Classy\"");
  }

  @Test
  void catalogOnAnEnum() {
    JavaFileObject source = bad("NotInterfaceEnum");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataNotInterface] @ErrorCatalog is on enum NotInterfaceEnum, but a"
            + " catalog must be an interface.")
        .inFile(source)
        .onLineContaining("@ErrorCatalog(name = \"Enumerated\"");
  }

  @Test
  void catalogNameMustBeAJavaIdentifier() {
    JavaFileObject source = bad("CatalogName");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataCatalogName] catalog name \"my-errors\" is not a Java identifier,"
            + " so it cannot prefix the generated types. Use an upper-camel name such as \"Khipu\".")
        .inFile(source)
        .onLineContaining("name = \"my-errors\"");
  }

  @Test
  void jsonSourceThatIsMissingSaysWhereItWasLookedFor() {
    JavaFileObject source = bad("JsonSource");
    Compilation compilation = compile(source);

    // A catalog with a source declares no constants: that is not reported as an empty catalog.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataSourceNotFound] @ErrorCatalog(source = \"errors/json.json\"): no such"
            + " resource. Looked in: CLASS_OUTPUT")
        .inFile(source)
        .onLineContaining("source = \"errors/json.json\"");
    assertThat(compilation).hadErrorContaining("CLASS_PATH");
    assertThat(compilation).hadErrorContaining("put it at src/main/resources/errors/json.json");
  }

  @Test
  void jsonSourceBesideJavaDeclarations() {
    JavaFileObject source = bad("JsonSourceConflict");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataSourceConflict] catalog JsonSourceConflict reads its catalog from"
            + " \"catalogs/expected/test.Shop.json\" but also declares @Code constants, types in Java.")
        .inFile(source)
        .onLineContaining("source = \"catalogs/expected/test.Shop.json\"");
  }

  @Test
  void catalogWithoutCodes() {
    JavaFileObject source = bad("EmptyCatalog");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataEmptyCatalog] catalog EmptyCatalog declares no codes. Add String"
            + " constants annotated @Code, e.g. `@Code(type = \"...\") String NOT_FOUND = \"E100\";`.")
        .inFile(source)
        .onLineContaining("@ErrorCatalog(name = \"Empty\"");
  }

  @Test
  void httpStatusOutsideHundredToFiveNinetyNine() {
    JavaFileObject source = bad("HttpStatus");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ErrataHttpStatus] HttpStatus.TOO_LOW declares HTTP status 99, which is"
            + " not between 100 and 599. Use a real HTTP status, or leave http unset.")
        .inFile(source)
        .onLineContaining("http = 99");
    assertThat(compilation)
        .hadErrorContaining("[ErrataHttpStatus] group Server declares HTTP status 600, which is not"
            + " between 100 and 599.")
        .inFile(source)
        .onLineContaining("http = 600");
  }

  @Test
  void envelopeFieldsMustBeJsonPointers() {
    JavaFileObject source = bad("EnvelopePointers");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation)
        .hadErrorContaining("[ErrataPointer] envelope code = \"Error/Code\" is not a JSON Pointer."
            + " Write one such as \"/Error/Code\" (RFC 6901: empty, or starting with '/').")
        .inFile(source)
        .onLineContaining("code = \"Error/Code\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataPointer] envelope correlationId = \"OperationId\" is not a JSON"
            + " Pointer.")
        .inFile(source)
        .onLineContaining("correlationId = \"OperationId\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataPointer] envelope attribute transactionId = \"TransactionId\" is"
            + " not a JSON Pointer.")
        .inFile(source)
        .onLineContaining("pointer = \"TransactionId\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataPointer] envelope description = \"/Error/~2Description\" has a"
            + " '~' not followed by '0' or '1', which is not a JSON Pointer. Write '~0' for a '~' in a"
            + " name and '~1' for a '/' (RFC 6901).")
        .inFile(source)
        .onLineContaining("description = \"/Error/~2Description\"");
  }

  @Test
  void envelopeAttributeNamesMustBeDistinctAndNonEmpty() {
    JavaFileObject source = bad("EnvelopeAttributes");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ErrataAttribute] envelope attribute name \"transactionId\" is declared"
            + " twice. Give each attribute a distinct, non-empty name.")
        .inFile(source)
        .onLineContaining("pointer = \"/Meta/TransactionId\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataAttribute] envelope attribute name \"\" is empty.")
        .inFile(source)
        .onLineContaining("@Attribute(name = \"\"");
  }

  @Test
  void groupOnANestedClass() {
    JavaFileObject source = bad("GroupNotInterface");
    Compilation compilation = compile(source);

    // Its @Code field is not reported again as outside a catalog.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataGroupNotInterface] @Group is on GroupNotInterface.Server, which is"
            + " not an interface nested in the catalog. Make it a nested interface.")
        .inFile(source)
        .onLineContaining("@Group(type = \"DO_NOT_RETRY\")");
  }

  @Test
  void codeAndGroupOutsideAnyCatalog() {
    JavaFileObject source = bad("OutsideCatalog");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("[ErrataOutsideCatalog] @Code on OutsideCatalog.LOCKED has no effect: it is"
            + " not in an @ErrorCatalog interface or one of its nested interfaces. Move it there, or"
            + " remove it.")
        .inFile(source)
        .onLineContaining("String LOCKED = \"E100\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataOutsideCatalog] @HttpStatus on OutsideCatalog.SERVER_ERROR has no effect")
        .inFile(source)
        .onLineContaining("SERVER_ERROR = \"5xx\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataOutsideCatalog] @Group on OutsideCatalog.Server has no effect")
        .inFile(source)
        .onLineContaining("interface Server");
  }

  @Test
  void catalogReferringToATypeThatDoesNotExist() {
    JavaFileObject source = bad("UnresolvedFieldType");
    Compilation compilation = compile(source);

    // javac's own error, then ours once no round can produce the type any more.
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("cannot find symbol")
        .inFile(source)
        .onLineContaining("NoSuchType HELPER = null;");
    assertThat(compilation)
        .hadErrorContaining("[ErrataUnresolvedType] catalog test.UnresolvedFieldType could not be"
            + " processed because NoSuchType (the type of HELPER) could not be resolved. Fix the"
            + " compile errors above it, or check that every referenced type is on the class path.")
        .inFile(source)
        .onLineContaining("public interface UnresolvedFieldType");
  }
}
