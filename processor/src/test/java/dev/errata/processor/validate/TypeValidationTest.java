package dev.errata.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.validate.Catalogs.bad;
import static dev.errata.processor.validate.Catalogs.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Error types: their declarations in {@code @ErrorCatalog(types)} and the names that refer to them. */
class TypeValidationTest {

  @Test
  void unknownTypeNamesGetTheClosestDeclaredOne() {
    JavaFileObject source = bad("UnknownType");
    Compilation compilation = compile(source);

    // Four misspelt names, four errors: the codes of the misspelt group are not also untyped.
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation)
        .hadErrorContaining("[ErrataUnknownType] UnknownType.TARGET_UNAVAILABLE names type"
            + " \"RETRY_IMEDIATELY\", which the catalog does not declare. Did you mean"
            + " \"RETRY_IMMEDIATELY\"? Declare it in @ErrorCatalog(types = {@ErrorType(name = ...)}) or use one of:"
            + " DO_NOT_RETRY, RETRY_IMMEDIATELY.")
        .inFile(source)
        .onLineContaining("@Code(type = \"RETRY_IMEDIATELY\")");
    assertThat(compilation)
        .hadErrorContaining("[ErrataUnknownType] group Logon names type \"DONT_RETRY\", which the"
            + " catalog does not declare. Did you mean \"DO_NOT_RETRY\"?")
        .inFile(source)
        .onLineContaining("@Group(type = \"DONT_RETRY\")");
    assertThat(compilation)
        .hadErrorContaining("[ErrataUnknownType] unknownType names type \"DO_NOT_RETYR\", which the"
            + " catalog does not declare. Did you mean \"DO_NOT_RETRY\"?")
        .inFile(source)
        .onLineContaining("unknownType = \"DO_NOT_RETYR\"");
  }

  @Test
  void unknownTypeLikeNoDeclaredOneListsThemWithoutAGuess() {
    JavaFileObject source = bad("UnknownType");
    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("[ErrataUnknownType] UnknownType.ODD names type \"SOMETHING_ELSE\","
            + " which the catalog does not declare. Declare it in @ErrorCatalog(types = {@ErrorType(name"
            + " = ...)}) or use one of: DO_NOT_RETRY, RETRY_IMMEDIATELY.")
        .inFile(source)
        .onLineContaining("@Code(type = \"SOMETHING_ELSE\")");
  }

  @Test
  void codeWithoutAnyType() {
    JavaFileObject source = bad("MissingType");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataMissingType] MissingType.Lookup.GONE has no error type. Give it"
            + " @Code(type = ...) or put it in a @Group(type = ...), naming a type declared in @ErrorCatalog(types = {@ErrorType(name"
            + " = ...)}) (declared: DO_NOT_RETRY).")
        .inFile(source)
        .onLineContaining("@Code(http = 410)");
  }

  @Test
  void typeNamesMustBeDistinctJavaIdentifiers() {
    JavaFileObject source = bad("TypeNames");
    Compilation compilation = compile(source);

    // The code naming the invalid type is not reported again as naming an unknown one.
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ErrataTypeName] type name \"DO NOT RETRY\" is not a Java identifier, so"
            + " it cannot be an enum constant. Use a name such as \"DO_NOT_RETRY\".")
        .inFile(source)
        .onLineContaining("@ErrorType(name = \"DO NOT RETRY\")");
    assertThat(compilation)
        .hadErrorContaining("[ErrataDuplicateType] type RETRY_IMMEDIATELY is declared twice. Declare"
            + " each type once.")
        .inFile(source)
        .onLineContaining("@ErrorType(name = \"RETRY_IMMEDIATELY\", retry = Retry.NEVER)");
  }

  @Test
  void retryDelaysMustBePositiveIsoDurationsOfRetryAfter() {
    JavaFileObject source = bad("RetryDurations");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(5);
    assertThat(compilation)
        .hadErrorContaining("[ErrataRetryAfter] type NO_DELAY has retry = AFTER but no delay. Say how"
            + " long to wait, e.g. after = \"PT4H\".")
        .inFile(source)
        .onLineContaining("@ErrorType(name = \"NO_DELAY\", retry = Retry.AFTER)");
    assertThat(compilation)
        .hadErrorContaining("[ErrataRetryAfter] type IGNORED_DELAY gives after = \"PT1M\" but retry ="
            + " IMMEDIATELY, which ignores it. Use retry = Retry.AFTER, or remove after.")
        .inFile(source)
        .onLineContaining("after = \"PT1M\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataDuration] after = \"PT0S\" of type ZERO_DELAY is not a positive"
            + " duration. Use retry = Retry.IMMEDIATELY for no wait, or a positive duration such as"
            + " \"PT30S\".")
        .inFile(source)
        .onLineContaining("after = \"PT0S\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataDuration] after = \"-PT1H\" of type NEGATIVE_DELAY is not a"
            + " positive duration.")
        .inFile(source)
        .onLineContaining("after = \"-PT1H\"");
  }

  /**
   * javac finds the source of a value inside an annotation nested in another, such as {@code after}
   * in {@code @ErrorCatalog(types = @ErrorType(...))}, only when given the nested annotation and the
   * value itself: the error must sit there, not on the catalog's name.
   */
  @Test
  void errorOnNestedAnnotationValueIsOnThatValue() {
    JavaFileObject source = bad("RetryDurations");
    Compilation compilation = compile(source);

    assertThat(compilation)
        .hadErrorContaining("[ErrataDuration] after = \"4 hours\" of type IN_WORDS is not an ISO-8601"
            + " duration. Write one such as \"PT4H\", \"PT30M\" or \"P1D\".")
        .inFile(source)
        .onLineContaining("after = \"4 hours\"");
  }
}
