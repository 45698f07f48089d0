package dev.errata.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.validate.Catalogs.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The edges of the checks' character classes and ranges, each on both sides: the first and last
 * characters a class admits, the lowest status, an escape at a pointer's end, an empty locale, and a tie
 * between two suggestions (what the mutation run found no test deciding).
 */
class ValidationBoundariesTest {

  private static JavaFileObject source(String name, String text) {
    return JavaFileObjects.forSourceString("edges." + name, "package edges;\nimport dev.errata.annotations.*;\n" + text);
  }

  @Test
  void aProblemTypeSegmentAdmitsEveryLetterAndDigitFromFirstToLast() {
    JavaFileObject source = source("Segments", """
        @ErrorCatalog(name = "Segments", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(format = Envelope.Format.PROBLEM_DETAILS,
                typePrefix = "https://example.com/probs/"))
        public interface Segments {
          @Code(type = "FATAL", reading = CodeReading.LITERAL) String EDGES = "azAZ09";
          @Code(type = "FATAL", reading = CodeReading.LITERAL) String BEFORE_LOWER = "a`";
          @Code(type = "FATAL", reading = CodeReading.LITERAL) String AFTER_UPPER = "Z[";
        }
        """);
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("code Segments.BEFORE_LOWER = \"a`\" cannot follow typePrefix in a"
        + " problem type URI: \"`\" would have to be percent-encoded")
        .inFile(source).onLineContaining("String BEFORE_LOWER");
    assertThat(compilation).hadErrorContaining("code Segments.AFTER_UPPER = \"Z[\" cannot follow typePrefix in a"
        + " problem type URI: \"[\" would have to be percent-encoded")
        .inFile(source).onLineContaining("String AFTER_UPPER");
  }

  @Test
  void aProblemDetailsCorrelationIdMustNotPointIntoAMember() {
    JavaFileObject source = source("Correlated", """
        @ErrorCatalog(name = "Correlated", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(format = Envelope.Format.PROBLEM_DETAILS,
                typePrefix = "https://example.com/probs/",
                correlationId = "/status"))
        public interface Correlated {
          @Code(type = "FATAL") String ONE = "one";
        }
        """);
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataProblemDetails] envelope correlationId = \"/status\" points"
        + " into the problem detail's \"status\" member, which the format fills itself.")
        .inFile(source).onLineContaining("correlationId = \"/status\"");
  }

  @Test
  void statusesFromTheLowestAndAWordThatIsNone() {
    JavaFileObject source = source("Statuses", """
        @ErrorCatalog(name = "Statuses", types = @ErrorType(name = "T"))
        public interface Statuses {
          @HttpStatus(type = "T") String INFORMATIONAL = "100..199";
          @HttpStatus(type = "T") String WORD = "abc";
        }
        """);
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataHttpStatus] Statuses.WORD: @HttpStatus \"abc\" is not an"
        + " HTTP status")
        .inFile(source).onLineContaining("WORD = \"abc\"");
  }

  @Test
  void aTildeAtAPointersEndIsNoEscape() {
    JavaFileObject source = source("Tilde", """
        @ErrorCatalog(name = "Tilde", types = @ErrorType(name = "T"), envelope = @Envelope(code = "/code~"))
        public interface Tilde {
          @Code(type = "T") String ONE = "E100";
        }
        """);
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataPointer] envelope code = \"/code~\" has a '~' not followed"
        + " by '0' or '1', which is not a JSON Pointer.")
        .inFile(source).onLineContaining("code = \"/code~\"");
  }

  @Test
  void anEmptyLocaleIsNoLanguageTag() {
    JavaFileObject source = source("Locales", """
        @ErrorCatalog(name = "Locales", locales = {"en", ""}, types = @ErrorType(name = "T"))
        public interface Locales {
          @Code(type = "T") String ONE = "E100";
        }
        """);
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataLocale] locale \"\" is not a BCP 47 language tag.")
        .inFile(source).onLineContaining("locales = {\"en\", \"\"}");
  }

  @Test
  void ofTwoSuggestionsAsCloseTheFirstInAlphabeticalOrderIsMade() {
    // FATAL and FATAX are both one edit from FATA, declared in alphabetical order and in the reverse.
    for (String types : new String[] {"@ErrorType(name = \"FATAL\"), @ErrorType(name = \"FATAX\")",
        "@ErrorType(name = \"FATAX\"), @ErrorType(name = \"FATAL\")"}) {
      JavaFileObject source = source("Typo", "@ErrorCatalog(name = \"Typo\", types = {" + types + "})\n"
          + "public interface Typo {\n  @Code(type = \"FATA\") String ONE = \"E100\";\n}\n");
      Compilation compilation = compile(source);

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation).hadErrorContaining("[ErrataUnknownType] Typo.ONE names type \"FATA\", which the"
          + " catalog does not declare. Did you mean \"FATAL\"?")
          .inFile(source).onLineContaining("type = \"FATA\"");
    }
  }
}
