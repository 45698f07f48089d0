package dev.errata.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.validate.Catalogs.bad;
import static dev.errata.processor.validate.Catalogs.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every mistake of a catalog is reported in one build, each where it was made. */
class OnePassTest {

  @Test
  void everyMistakeOfOneCatalogInOneCompilation() {
    JavaFileObject source = bad("AllMistakes");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(11);
    assertThat(compilation)
        .hadErrorContaining("[ErrataLocale] locale \"EN\" is not a BCP 47 language tag.")
        .inFile(source)
        .onLineContaining("locales = {\"en\", \"es-419\", \"EN\"}");
    assertThat(compilation)
        .hadErrorContaining("[ErrataDuration] after = \"4h\" of type WAIT is not an ISO-8601 duration.")
        .inFile(source)
        .onLineContaining("after = \"4h\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataPointer] envelope code = \"Error/Code\" is not a JSON Pointer.")
        .inFile(source)
        .onLineContaining("code = \"Error/Code\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataUnknownType] AllMistakes.LOCKED names type \"DO_NOT_RETRI\"")
        .inFile(source)
        .onLineContaining("@Code(type = \"DO_NOT_RETRI\")");
    // Reported although LOCKED also names an unknown type.
    assertThat(compilation)
        .hadErrorContaining("[ErrataDuplicateCode] code E100 is declared twice: by AllMistakes.LOCKED"
            + " and by AllMistakes.ALSO_LOCKED.")
        .inFile(source)
        .onLineContaining("ALSO_LOCKED = \"E100\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataHttpStatus] AllMistakes.TEAPOT declares HTTP status 700")
        .inFile(source)
        .onLineContaining("http = 700");
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodePattern] AllMistakes.TOO_LONG: \"E1000\" does not match")
        .inFile(source)
        .onLineContaining("\"E1000\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataRangeOrder] AllMistakes.BACKWARDS: range \"E299..E200\" starts"
            + " after it ends")
        .inFile(source)
        .onLineContaining("\"E299..E200\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataUndeclaredLocale] AllMistakes.TARGET_UNAVAILABLE has a"
            + " description in locale \"fr\"")
        .inFile(source)
        .onLineContaining("locale = \"fr\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataNameClash] AllMistakes.TARGET_UNAVAILABLE and"
            + " AllMistakes.TargetUnavailable both generate class CarelessTargetUnavailableException.")
        .inFile(source)
        .onLineContaining("String TargetUnavailable = \"E501\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataGroupNotInterface] @Group is on AllMistakes.Server")
        .inFile(source)
        .onLineContaining("@Group(type = \"DO_NOT_RETRY\")");
  }
}
