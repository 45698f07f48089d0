package dev.errata.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.validate.Catalogs.bad;
import static dev.errata.processor.validate.Catalogs.compile;
import static dev.errata.processor.validate.Catalogs.good;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.processor.Compilations;
import java.lang.reflect.Method;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The values of {@code @Code} constants: their syntax, codePattern, duplicates and overlaps. */
class CodeValidationTest {

  @Test
  void exactCodeOrRangeDeclaredTwice() {
    JavaFileObject source = bad("DuplicateCode");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ErrataDuplicateCode] code E404 is declared twice: by"
            + " DuplicateCode.NOT_FOUND and by DuplicateCode.MISSING. Give each code one constant.")
        .inFile(source)
        .onLineContaining("MISSING = \"E404\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataDuplicateCode] code E100..E199 is declared twice: by"
            + " DuplicateCode.LOGON and by DuplicateCode.SIGN_IN.")
        .inFile(source)
        .onLineContaining("SIGN_IN = \"E100..E199\"");
  }

  @Test
  void wildcardAndRangeOfEqualWidthOverlap() {
    JavaFileObject source = bad("OverlappingRanges");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataOverlap] OverlappingRanges.TARGET_BUSY (E250..E349) and"
            + " OverlappingRanges.TARGET_UNAVAILABLE (E2xx) overlap and cover the same number of"
            + " codes, so neither is more specific: E250 matches both. Make them disjoint, or narrow"
            + " one of them.")
        .inFile(source)
        .onLineContaining("\"E250..E349\"");
  }

  @Test
  void aWildcardThatIsNoRangeOverlapsTheRangesOfThePrefixesItAdmits() {
    JavaFileObject source = JavaFileObjects.forSourceString("test.Spread", """
        package test;
        import dev.errata.annotations.*;
        @ErrorCatalog(name = "Spread", codePattern = "[EF]\\\\d{3}", types = @ErrorType(name = "FATAL"))
        public interface Spread {
          @Code(type = "FATAL") String FIFTIES = "Ex5x";
          @Code(type = "FATAL") String E_BAND = "E250..E349";
          @Code(type = "FATAL") String F_BAND = "F250..F349";
        }
        """);
    Compilation compilation = compile(source);
    // Ex5x and E250..E349 share E255; F250..F349 has a prefix Ex5x does not admit.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataOverlap] Spread.E_BAND (E250..E349) and Spread.FIFTIES (Ex5x) overlap")
        .inFile(source)
        .onLineContaining("\"E250..E349\"");
  }

  @Test
  void aWildcardOpenWhereTheOthersAreSplitIsComparedWithEachOfThem() {
    JavaFileObject source = JavaFileObjects.forSourceString("test.Open", """
        package test;
        import dev.errata.annotations.*;
        @ErrorCatalog(name = "Open", codePattern = "[A-Za-z0-9]{3,4}", types = @ErrorType(name = "FATAL"))
        public interface Open {
          @Code(type = "FATAL") String OPEN_FIRST = "*AB";
          @Code(type = "FATAL") String FIXED_LATER = "A*B";
          @Code(type = "FATAL") String APART = "C*D";
          @Code(type = "FATAL") String FIXED_FIRST = "A*BC";
          @Code(type = "FATAL") String OPEN_LATER = "*ABC";
        }
        """);
    Compilation compilation = compile(source);
    // The later of two is reported, whichever of them is open at the splitting position.
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ErrataOverlap] Open.FIXED_LATER (A*B) and Open.OPEN_FIRST (*AB) overlap")
        .inFile(source)
        .onLineContaining("\"A*B\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataOverlap] Open.OPEN_LATER (*ABC) and Open.FIXED_FIRST (A*BC) overlap")
        .inFile(source)
        .onLineContaining("\"*ABC\"");
  }

  @Test
  void wildcardsOfEqualWidthOverlap() {
    JavaFileObject source = bad("OverlappingWildcards");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataOverlap] OverlappingWildcards.ANY_AFTER_ONE (E1*) and"
            + " OverlappingWildcards.ANY_ENDING_IN_ONE (E*1) overlap and cover the same number of"
            + " codes, so neither is more specific: E11 matches both.")
        .inFile(source)
        .onLineContaining("\"E1*\"");
  }

  @Test
  void narrowerRangeInsideWiderOneIsNotAnOverlap() throws ReflectiveOperationException {
    Compilation compilation = compile(good("NarrowerRangeInside"));

    assertThat(compilation).succeededWithoutWarnings();
    Method match = Compilations.classLoader(compilation).loadClass("test.NestedMatcher")
        .getMethod("match", String.class);
    // Most specific first: the exact code, the narrower range, the wider one, then the wildcard.
    assertThat(match.invoke(null, "E255").toString()).isEqualTo("TARGET_GONE");
    assertThat(match.invoke(null, "E251").toString()).isEqualTo("TARGET_REJECTED");
    assertThat(match.invoke(null, "E260").toString()).isEqualTo("TARGET_UNAVAILABLE");
    assertThat(match.invoke(null, "E300").toString()).isEqualTo("ANY_TARGET");
  }

  @Test
  void codesMustMatchCodePattern() {
    JavaFileObject source = bad("CodePatternMismatch");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodePattern] CodePatternMismatch.TOO_HIGH: \"E601\" does not"
            + " match the catalog's codePattern \"E[0-5]\\d\\d\". Fix the code, or widen codePattern.")
        .inFile(source)
        .onLineContaining("\"E601\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodePattern] CodePatternMismatch.RUNS_OVER: \"E699\" (of"
            + " \"E500..E699\") does not match the catalog's codePattern")
        .inFile(source)
        .onLineContaining("\"E500..E699\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodePattern] CodePatternMismatch.LETTERS_TOO: \"E*00\" does not match"
            + " the catalog's codePattern \"E[0-5]\\d\\d\", read as one code or as a wildcard (\"EZ00\""
            + " does not either). Fix the code, or widen codePattern to admit the reading you mean; one"
            + " that admits both makes you say which, with @Code(reading = CodeReading.LITERAL) or"
            + " @Code(reading = CodeReading.WILDCARD).")
        .inFile(source)
        .onLineContaining("\"E*00\"");
  }

  @Test
  void codePatternMustBeARegularExpression() {
    JavaFileObject source = bad("CodePatternSyntax");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodePatternSyntax] codePattern \"[A-Z\\d{3}\" is not a valid"
            + " regular expression: Unclosed character class")
        .inFile(source)
        .onLineContaining("codePattern = \"[A-Z\\\\d{3}\"");
  }

  @Test
  void rangeEndsMustShareTheirPrefixAndWidth() {
    JavaFileObject source = bad("CodeSyntax");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodeSyntax] CodeSyntax.PREFIXES_DIFFER: range \"E100..F199\" is"
            + " not two codes of the same width that differ only in their trailing digits; write it"
            + " as \"E100..E199\".")
        .inFile(source)
        .onLineContaining("\"E100..F199\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodeSyntax] CodeSyntax.WIDTHS_DIFFER: range \"E100..E1999\" is"
            + " not two codes of the same width")
        .inFile(source)
        .onLineContaining("\"E100..E1999\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodeSyntax] CodeSyntax.SPACED: \"E100 - E199\" contains a space"
            + " or control character; a code is written without them")
        .inFile(source)
        .onLineContaining("\"E100 - E199\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodeSyntax] CodeSyntax.EMPTY: a code cannot be empty; write one"
            + " such as \"E100\".")
        .inFile(source)
        .onLineContaining("EMPTY = \"\"");
  }

  @Test
  void rangeMustNotStartAfterItEnds() {
    JavaFileObject source = bad("RangeOrder");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataRangeOrder] RangeOrder.LOGON: range \"E199..E100\" starts after"
            + " it ends; write it as \"E100..E199\".")
        .inFile(source)
        .onLineContaining("\"E199..E100\"");
  }

  @Test
  void codeMustBeAStringConstant() {
    JavaFileObject source = bad("CodeNotConstant");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodeNotConstant] @Code field CodeNotConstant.NUMERIC is of type"
            + " int, but a code must be a String constant, e.g. `String NUMERIC = \"E100\";`.")
        .inFile(source)
        .onLineContaining("int NUMERIC = 404;");
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodeNotConstant] @Code field CodeNotConstant.COMPUTED is not a"
            + " compile-time constant, but a code must be a String constant")
        .inFile(source)
        .onLineContaining("String.valueOf(500)");
  }
}
