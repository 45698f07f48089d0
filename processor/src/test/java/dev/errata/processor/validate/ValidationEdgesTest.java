package dev.errata.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.validate.Catalogs.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import java.util.Optional;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The edges of the checks that the catalogs under {@code catalogs/bad} stay clear of: every pointer of
 * the envelope, each end of the HTTP range, three-letter languages, no locales at all, overlaps found
 * only once ranges are sorted, misplaced codes inside a catalog, unresolved types in a group, and the
 * "did you mean" hint's limits.
 */
class ValidationEdgesTest {

  private static JavaFileObject source(String name, String text) {
    return JavaFileObjects.forSourceString("edges." + name, "package edges;\nimport dev.errata.annotations.*;\n" + text);
  }

  @Test
  void everyPointerOfTheEnvelopeIsChecked() {
    JavaFileObject source = source("Pointers", """
        @ErrorCatalog(name = "Pointers", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(
                code = "code",
                type = "type",
                description = "description",
                status = "status",
                correlationId = "/id~2"))
        public interface Pointers {
          @Code(type = "FATAL") String ONE = "E1";
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(5);
    for (String line : List.of("code = \"code\"", "type = \"type\"", "description = \"description\"",
        "status = \"status\"", "correlationId = \"/id~2\"")) {
      assertThat(compilation).hadErrorContaining("[ErrataPointer]").inFile(source).onLineContaining(line);
    }
  }

  @Test
  void httpStatusesFrom100To599() {
    JavaFileObject source = source("Statuses", """
        @ErrorCatalog(name = "Statuses", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(defaultHttpStatus = 600))
        public interface Statuses {
          @Code(type = "FATAL", http = 99) String BELOW = "E1";
          @Code(type = "FATAL", http = 100) String LOWEST = "E2";
          @Code(type = "FATAL", http = 599) String HIGHEST = "E3";
          @Code(type = "FATAL", http = 600) String ABOVE = "E4";
          @Group(type = "FATAL", http = 599) interface Top { @Code String IN_TOP = "E5"; }
          @Group(type = "FATAL", http = 100) interface Bottom { @Code String IN_BOTTOM = "E6"; }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[ErrataHttpStatus]").inFile(source).onLineContaining("http = 99)");
    assertThat(compilation).hadErrorContaining("[ErrataHttpStatus]").inFile(source).onLineContaining("http = 600)");
    assertThat(compilation).hadErrorContaining("[ErrataHttpStatus]").inFile(source)
        .onLineContaining("defaultHttpStatus = 600");
  }

  @Test
  void languagesOfThreeLettersAreTagsAndOfFiveAreNot() {
    JavaFileObject source = source("Languages", """
        @ErrorCatalog(name = "Languages", locales = {"en", "fil", "abcde"}, types = @ErrorType(name = "FATAL"))
        public interface Languages {
          @Code(type = "FATAL") @Description("one") @Description(locale = "fil", value = "isa") String ONE = "E1";
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataLocale]").inFile(source).onLineContaining("\"abcde\"");
  }

  @Test
  void aCatalogWithoutLocalesIsReportedOnceAndReadAsEnglish() {
    JavaFileObject source = source("NoLocales", """
        @ErrorCatalog(name = "NoLocales", locales = {}, types = @ErrorType(name = "FATAL"))
        public interface NoLocales {
          @Code(type = "FATAL") @Description("one") String ONE = "E1";
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataLocale]").inFile(source).onLineContaining("locales = {}");
  }

  @Test
  void rangesOverlapOnlyOnceSortedAreStillFound() {
    // Declared out of order: as written, no two neighbours overlap.
    JavaFileObject source = source("Unsorted", """
        @ErrorCatalog(name = "Unsorted", types = @ErrorType(name = "FATAL"))
        public interface Unsorted {
          @Code(type = "FATAL") String LOW = "E100..E199";
          @Code(type = "FATAL") String HIGH = "E300..E399";
          @Code(type = "FATAL") String MIDDLE = "E150..E249";
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataOverlap] Unsorted.MIDDLE (E150..E249) and Unsorted.LOW")
        .inFile(source).onLineContaining("MIDDLE");
  }

  @Test
  void aCodeInAClassNestedInTheCatalogIsOutsideIt() {
    JavaFileObject source = source("Nested", """
        @ErrorCatalog(name = "Nested", types = @ErrorType(name = "FATAL"))
        public interface Nested {
          @Code(type = "FATAL") String ONE = "E1";
          class Helper {
            @Code(type = "FATAL") static final String LOST = "E2";
          }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataOutsideCatalog] @Code on Nested.Helper.LOST")
        .inFile(source).onLineContaining("LOST");
  }

  @Test
  void anUnresolvedTypeInAGroupMakesTheCatalogWait() {
    JavaFileObject source = source("Waiting", """
        @ErrorCatalog(name = "Waiting", types = @ErrorType(name = "FATAL"))
        public interface Waiting {
          @Code(type = "FATAL") String ONE = "E1";
          interface Inner { Missing M = null; }
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[ErrataUnresolvedType] catalog edges.Waiting could not be"
        + " processed because Missing (the type of M) could not be resolved.");
    assertThat(compilation).hadErrorCount(2);
  }

  @Test
  void didYouMeanTakesTheClosestNameWithinAThirdOfItsLength() {
    assertThat(Suggestions.closest("FATL", List.of("TRANSIENT", "FATAL"))).isEqualTo(Optional.of("FATAL"));
    assertThat(Suggestions.closest("fatal", List.of("FATAL"))).isEqualTo(Optional.of("FATAL"));
    assertThat(Suggestions.closest("XYZ", List.of("FATAL"))).isEqualTo(Optional.empty());
    assertThat(Suggestions.closest("FATAL", List.of())).isEqualTo(Optional.empty());
    // Ties go to the first in alphabetical order, whatever order the candidates come in.
    assertThat(Suggestions.closest("AB", List.of("AD", "AC"))).isEqualTo(Optional.of("AC"));
    assertThat(Suggestions.closest("AB", List.of("AC", "AD"))).isEqualTo(Optional.of("AC"));
    // Nine letters allow three edits, not four; short names always two.
    assertThat(Suggestions.closest("ABCDEFGHI", List.of("ABCDEFXYZ"))).isEqualTo(Optional.of("ABCDEFXYZ"));
    assertThat(Suggestions.closest("ABCDEFGHI", List.of("ABCDEWXYZ"))).isEqualTo(Optional.empty());
    assertThat(Suggestions.closest("ABC", List.of("AXY"))).isEqualTo(Optional.of("AXY"));
    assertThat(Suggestions.closest("ABC", List.of("XYZ"))).isEqualTo(Optional.empty());
    // The nearer of two, whichever comes first.
    assertThat(Suggestions.closest("ABCDEF", List.of("ABXYEF", "ABCDEX"))).isEqualTo(Optional.of("ABCDEX"));
    assertThat(Suggestions.closest("ABCDEF", List.of("ABCDEX", "ABXYEF"))).isEqualTo(Optional.of("ABCDEX"));
  }

  @Test
  void editDistance() {
    assertThat(Suggestions.distance("", "")).isEqualTo(0);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    assertThat(Suggestions.distance("abc", "")).isEqualTo(3);
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("FATAL", "FATL")).isEqualTo(1);
    assertThat(Suggestions.distance("ab", "ba")).isEqualTo(2);
  }

  @Test
  void aDiagnosticsIdIsItsBracketedTag() {
    assertThat(Diagnostics.DUPLICATE_CODE.id()).isEqualTo("[ErrataDuplicateCode]");
    assertThat(Diagnostics.INTERNAL.id()).isEqualTo("[ErrataInternal]");
  }
}
