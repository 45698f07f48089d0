package dev.errata.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.validate.Catalogs.bad;
import static dev.errata.processor.validate.Catalogs.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The HTTP statuses entries stand for: their syntax, claims nothing decides between, and where none apply. */
class StatusValidationTest {

  @Test
  void statusesThatAreNoneAndClaimsThatNothingDecides() {
    JavaFileObject source = bad("Statuses");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(6);
    assertThat(compilation)
        .hadErrorContaining("[ErrataHttpStatus] Statuses.HALF: forHttpStatus \"5x\" is not an HTTP status, a"
            + " wildcard of statuses or a range of them. Write one such as \"404\", \"5xx\" or \"500..504\""
            + " (statuses run from 100 to 599).")
        .inFile(source)
        .onLineContaining("forHttpStatus = \"5x\")");
    assertThat(compilation)
        .hadErrorContaining("[ErrataHttpStatus] Statuses.HALVES: forHttpStatus \"4x4\" is not an HTTP status")
        .inFile(source)
        .onLineContaining("\"4x4\"})");
    assertThat(compilation)
        .hadErrorContaining("[ErrataHttpStatus] Statuses.TOO_HIGH: @HttpStatus \"600\" is not an HTTP status")
        .inFile(source)
        .onLineContaining("TOO_HIGH = \"600\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataStatusClash] Statuses.INVALID (400) and Statuses.FAILED (400) both stand"
            + " for HTTP 400, and neither is more specific. Keep one of the two claims, or narrow one of"
            + " them.")
        .inFile(source)
        .onLineContaining("forHttpStatus = {\"409\", \"400\"}");
    assertThat(compilation)
        .hadErrorContaining("[ErrataStatusClash] Statuses.SERVER (5xx) and Statuses.ALSO_SERVER (500..599) both"
            + " stand for HTTP 500, and neither is more specific.")
        .inFile(source)
        .onLineContaining("ALSO_SERVER = \"500..599\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataHttpStatus] Statuses.BOTH is marked both @Code and @HttpStatus. Keep @Code"
            + " for a code that responses carry, or @HttpStatus for responses that carry only a status.")
        .inFile(source)
        .onLineContaining("String BOTH");
  }

  @Test
  void whereTheStatusIsTheCodeNothingStandsForAStatusAlone() {
    JavaFileObject source = bad("StatusIsCode");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataHttpStatus] StatusIsCode.SERVER: in this catalog the HTTP status is the"
            + " code (envelope code = Envelope.HTTP_STATUS), so every response has a code and no entry stands"
            + " for a status alone. Declare it as a code: `@Code String SERVER = \"5xx\";`.")
        .inFile(source)
        .onLineContaining("SERVER = \"5xx\"");
  }
}
