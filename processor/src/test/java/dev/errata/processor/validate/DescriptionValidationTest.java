package dev.errata.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.validate.Catalogs.bad;
import static dev.errata.processor.validate.Catalogs.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Descriptions and the catalog's locales. Most codes carry one {@code @Description} per locale, which
 * javac gathers into a container that has no source of its own: errors must still sit on the
 * repeated annotation that is wrong, not on the code's name.
 */
class DescriptionValidationTest {

  @Test
  void declaredLocaleWithoutDescription() {
    JavaFileObject source = bad("MissingDescription");
    Compilation compilation = compile(source);

    // UNDOCUMENTED has no description at all, which is allowed.
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ErrataMissingDescription] MissingDescription.LOCKED has a description"
            + " in \"en\" but none in \"es\". Add @Description(locale = \"es\", value = \"...\").")
        .inFile(source)
        .onLineContaining("@Description(\"The account is locked.\")");
    assertThat(compilation)
        .hadErrorContaining("[ErrataMissingDescription] group Server has a description in \"es\" but"
            + " none in \"en\". Add @Description(locale = \"en\", value = \"...\").")
        .inFile(source)
        .onLineContaining("value = \"Errores del servidor.\"");
  }

  @Test
  void descriptionInUndeclaredLocale() {
    JavaFileObject source = bad("UndeclaredLocale");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining("[ErrataUndeclaredLocale] UndeclaredLocale.LOCKED has a description in"
            + " locale \"fr\", but the catalog declares only \"en\", \"es\". Add the locale to"
            + " @ErrorCatalog(locales = ...) or fix the tag.")
        .inFile(source)
        .onLineContaining("@Description(locale = \"fr\", value = \"Le compte est bloqué.\")");
    assertThat(compilation)
        .hadErrorContaining("[ErrataUndeclaredLocale] type DO_NOT_RETRY has a description in locale"
            + " \"fr\"")
        .inFile(source)
        .onLineContaining("@Description(locale = \"fr\", value = \"Ne réessayez pas.\")");
    assertThat(compilation)
        .hadErrorContaining("[ErrataUndeclaredLocale] group Server has a description in locale"
            + " \"fr\"")
        .inFile(source)
        .onLineContaining("@Description(locale = \"fr\", value = \"Erreurs du serveur.\")");
  }

  @Test
  void twoDescriptionsInOneLocale() {
    JavaFileObject source = bad("DuplicateDescription");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ErrataDuplicateDescription] DuplicateDescription.LOCKED has two"
            + " descriptions in locale \"en\". Keep one.")
        .inFile(source)
        .onLineContaining("value = \"The account was locked by an administrator.\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataDuplicateDescription] DuplicateDescription.CLOSED has two"
            + " descriptions in locale \"en\". Keep one.")
        .inFile(source)
        .onLineContaining("value = \"The account was closed by its owner.\"");
  }

  @Test
  void localesMustBeDistinctLanguageTags() {
    JavaFileObject source = bad("BadLocales");
    Compilation compilation = compile(source);

    // The description in "en_US" is not reported again as in an undeclared locale.
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ErrataLocale] locale \"en_US\" is not a BCP 47 language tag. Use one"
            + " such as \"en\", \"es\" or \"pt-BR\".")
        .inFile(source)
        .onLineContaining("\"en_US\", // a Java locale name");
    assertThat(compilation)
        .hadErrorContaining("[ErrataLocale] locale \"en\" is declared twice. Declare each locale"
            + " once.")
        .inFile(source)
        .onLineContaining("\"en\" // again");
  }

  @Test
  void atLeastOneLocale() {
    JavaFileObject source = bad("NoLocales");
    Compilation compilation = compile(source);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataLocale] the catalog declares no locales. Declare at least one,"
            + " e.g. locales = {\"en\"}.")
        .inFile(source)
        .onLineContaining("locales = {}");
  }
}
