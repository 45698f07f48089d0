package dev.errata.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.validate.Catalogs.bad;
import static dev.errata.processor.validate.Catalogs.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * How a code holding x or * is read: never a guess. Without a codePattern to decide, or with one that
 * admits both readings, the code must say; the messages name the way out, and examples in messages fit
 * the catalog's own codePattern.
 */
class CodeReadingValidationTest {

  @Test
  void withoutACodePatternEveryValueHoldingXOrStarSaysHowItIsRead() {
    JavaFileObject source = bad("CodeReadings");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodeReading] CodeReadings.EXPIRED_CARD: \"expired_card\" holds 'x', so"
            + " it is either that one code or a wildcard (\"e0pired_card\" to \"e9pired_card\"), and the"
            + " catalog has no codePattern to decide. Say which: @Code(reading = CodeReading.LITERAL) for"
            + " the one code, @Code(reading = CodeReading.WILDCARD) for the wildcard; or give the catalog a"
            + " codePattern that admits only one of them.")
        .inFile(source)
        .onLineContaining("EXPIRED_CARD = \"expired_card\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodeReading] CodeReadings.TARGET_UNAVAILABLE: \"E2xx\" holds 'x', so it"
            + " is either that one code or a wildcard (\"E200\" to \"E299\")")
        .inFile(source)
        .onLineContaining("TARGET_UNAVAILABLE = \"E2xx\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodeReading] CodeReadings.NOT_A_WILDCARD: it is read as a wildcard, but"
            + " \"E400\" holds no 'x' or '*' to stand for a character. Write the wildcard (each 'x' one"
            + " digit, each '*' one letter or digit, such as \"E40x\"), or drop the reading.")
        .inFile(source)
        .onLineContaining("@Code(reading = CodeReading.WILDCARD, type");
  }

  @Test
  void aCodePatternThatAdmitsBothReadingsDecidesNothing() {
    JavaFileObject source = bad("CodePatternAdmitsBoth");
    Compilation compilation = compile(source);

    // card_declined holds no x: one reading only, and fine.
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodeReading] CodePatternAdmitsBoth.EXPIRED_CARD: \"expired_card\" holds"
            + " 'x', so it is either that one code or a wildcard (\"e0pired_card\" to \"e9pired_card\"), and"
            + " codePattern \"[a-z0-9_]+\" admits both. Say which: @Code(reading = CodeReading.LITERAL) for"
            + " the one code, @Code(reading = CodeReading.WILDCARD) for the wildcard; or narrow codePattern"
            + " so that it admits only one of them.")
        .inFile(source)
        .onLineContaining("EXPIRED_CARD = \"expired_card\"");
  }

  @Test
  void messagesShowInvisibleCharactersAndExamplesOfTheCatalogsOwnShape() {
    JavaFileObject source = bad("MessagesFitTheCatalog");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodeSyntax] MessagesFitTheCatalog.LINE_BREAK: \"40\\n4\" contains a space"
            + " or control character; a code is written without them (a range as two codes joined by"
            + " \"..\", with no spaces).")
        .inFile(source)
        .onLineContaining("LINE_BREAK");
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodeSyntax] MessagesFitTheCatalog.EMPTY: a code cannot be empty; write"
            + " one such as \"404\".")
        .inFile(source)
        .onLineContaining("EMPTY = \"\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodeSyntax] MessagesFitTheCatalog.UNEVEN: range \"400..4999\" is not two"
            + " codes of the same width that differ only in their trailing digits; write it as \"400..499\".")
        .inFile(source)
        .onLineContaining("\"400..4999\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataCodeNotConstant] @Code field MessagesFitTheCatalog.NUMERIC is of type int,"
            + " but a code must be a String constant, e.g. `String NUMERIC = \"404\";`.")
        .inFile(source)
        .onLineContaining("int NUMERIC = 404;");
  }
}
