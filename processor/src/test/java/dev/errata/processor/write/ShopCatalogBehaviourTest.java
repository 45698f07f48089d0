package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.ErrorCode;
import dev.errata.catalog.ErrorReport;
import dev.errata.catalog.RetryAdvice;
import dev.errata.processor.Compilations;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Runs the code generated for {@code catalogs/good/ShopErrors.java}: groups, leaf groups, wildcards, locales. */
class ShopCatalogBehaviourTest {

  private static ClassLoader loader;
  private static Method match;
  private static Method toException;
  private static Method forHttpStatus;

  @BeforeAll
  static void compile() throws ReflectiveOperationException {
    Compilation compilation = Compilations.compile(Compilations.catalog("good/ShopErrors.java"));
    assertThat(compilation).succeededWithoutWarnings();
    loader = Compilations.classLoader(compilation);
    Class<?> matcher = loader.loadClass("test.ShopMatcher");
    match = matcher.getMethod("match", String.class);
    toException = matcher.getMethod("toException", ErrorReport.class);
    forHttpStatus = matcher.getMethod("forHttpStatus", int.class);
  }

  private static ErrorCode match(String code) throws ReflectiveOperationException {
    return (ErrorCode) match.invoke(null, code);
  }

  private static CatalogException toException(ErrorReport report) throws ReflectiveOperationException {
    return (CatalogException) toException.invoke(null, report);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "A000, UNAUTHORIZED",
    "B200, BACKEND_DOWN",
    "B299, BACKEND_DOWN",
    "O404, ORDER_NOT_FOUND",     // exact beats the wildcard and the range around it
    "O409, ORDER_LOCKED",        // the wildcard (62 codes) beats the range (100 codes)
    "O4z9, ORDER_LOCKED",        // '*' takes letters of either case
    "O450, ORDER_INVALID",
    "O498, ORDER_INVALID",
    "O499, ORDER_LOCKED",        // ends in 9: inside both, and the wildcard is narrower
    "P100, CARD_DECLINED",
    "PW001, WALLET_EMPTY",
    "PW099, WALLET_EMPTY",
    "PW000, UNKNOWN",
    "PW100, UNKNOWN",
    "O4-9, UNKNOWN",
    "B2x0, UNKNOWN",
    "B300, UNKNOWN",
    "A0000, UNKNOWN",
  })
  void matchesTheMostSpecificEntry(String code, String expected) throws ReflectiveOperationException {
    assertThat(match(code).name()).isEqualTo(expected);
  }

  @Test
  void nullAndEmptyAreUnknown() throws ReflectiveOperationException {
    assertThat(match(null).isUnknown()).isTrue();
    assertThat(match("").isUnknown()).isTrue();
  }

  @Test
  void groupsGiveTheirDefaultsToTheirCodes() throws ReflectiveOperationException {
    ErrorCode invalid = match("O450");
    assertThat(invalid.type().name()).isEqualTo("FATAL");
    assertThat(invalid.httpStatus()).isEqualTo(400);
    ErrorCode notFound = match("O404");
    assertThat(notFound.httpStatus()).isEqualTo(404);
    ErrorCode locked = match("O419");
    assertThat(locked.type().name()).isEqualTo("MAINTENANCE");
    assertThat(locked.type().retry()).isEqualTo(RetryAdvice.after(Duration.ofMinutes(30)));
    ErrorCode wallet = match("PW010");
    assertThat(wallet.type().name()).isEqualTo("TRANSIENT");
    assertThat(wallet.httpStatus()).isEqualTo(402);
    assertThat(match("P101").type().name()).isEqualTo("FATAL");
  }

  @Test
  void exceptionsFollowTheGroups() throws ReflectiveOperationException {
    CatalogException locked = toException(ErrorReport.builder().code("O419").httpStatus(409).build());
    assertThat(locked.getClass().getName()).isEqualTo("test.ShopOrderLockedException");
    assertThat(locked.getClass().getSuperclass().getName()).isEqualTo("test.ShopOrdersException");
    assertThat(locked.code()).isEqualTo("O419");
    assertThat(locked.httpStatus()).isEqualTo(409);

    CatalogException wallet = toException(ErrorReport.ofCode("PW042"));
    assertThat(wallet.getClass().getName()).isEqualTo("test.ShopPaymentsException");
    assertThat(wallet.errorCode().name()).isEqualTo("WALLET_EMPTY");
    assertThat(wallet.retry()).isEqualTo(RetryAdvice.immediately());

    CatalogException unknown = toException(ErrorReport.ofCode("Z999"));
    assertThat(unknown.getClass().getName()).isEqualTo("test.ShopUnknownException");
    assertThat(unknown.type().name()).isEqualTo("FATAL");
    assertThat(unknown.code()).isEqualTo("Z999");
  }

  @Test
  void sealedHierarchyPermitsExactlyTheGeneratedClasses() throws ClassNotFoundException {
    Class<?> root = loader.loadClass("test.ShopException");
    assertThat(root.isSealed()).isTrue();
    assertThat(Arrays.asList(names(root.getPermittedSubclasses()))).containsExactly(
        "test.ShopBackendDownException", "test.ShopOrdersException", "test.ShopPaymentsException",
        "test.ShopUnauthorizedException", "test.ShopUnknownException");
    assertThat(Arrays.asList(names(loader.loadClass("test.ShopOrdersException").getPermittedSubclasses())))
        .containsExactly("test.ShopOrderInvalidException", "test.ShopOrderLockedException",
            "test.ShopOrderNotFoundException");
  }

  @Test
  void descriptionsFallBackByLanguageThenToTheDefault() throws ReflectiveOperationException {
    ErrorCode unauthorized = match("A000");
    assertThat(unauthorized.description(Locale.forLanguageTag("pt-BR"))).isEqualTo("Credenciais inválidas.");
    assertThat(unauthorized.description(Locale.forLanguageTag("pt-PT"))).isEqualTo("Credenciais inválidas.");
    assertThat(unauthorized.description(Locale.JAPANESE)).startsWith("Bad credentials <or>");
    assertThat(unauthorized.description(null)).startsWith("Bad credentials <or>");
    assertThat(match("B250").description(Locale.ENGLISH)).isEmpty();
  }

  @Test
  void forHttpStatusPrefersExactCodes() throws ReflectiveOperationException {
    assertThat(((ErrorCode) forHttpStatus.invoke(null, 402)).name()).isEqualTo("CARD_DECLINED");
    assertThat(((ErrorCode) forHttpStatus.invoke(null, 404)).name()).isEqualTo("ORDER_NOT_FOUND");
    assertThat(((ErrorCode) forHttpStatus.invoke(null, 418)).name()).isEqualTo("UNKNOWN");
  }

  @Test
  void serverSideConstructorsCheckTheirCode() throws ReflectiveOperationException {
    Class<?> invalid = loader.loadClass("test.ShopOrderInvalidException");
    CatalogException ok = (CatalogException) invalid.getConstructor(String.class).newInstance("O420");
    assertThat(ok.code()).isEqualTo("O420");
    InvocationTargetException wrong = assertThrows(InvocationTargetException.class,
        () -> invalid.getConstructor(String.class).newInstance("O404"));
    assertThat(wrong.getCause()).isInstanceOf(IllegalArgumentException.class);
    assertThat(wrong.getCause()).hasMessageThat().contains("O404 is not a code of ORDER_INVALID");

    CatalogException exact = (CatalogException)
        loader.loadClass("test.ShopUnauthorizedException").getConstructor().newInstance();
    assertThat(exact.code()).isEqualTo("A000");
    assertThat(exact.httpStatus()).isEqualTo(401);
    assertThat(exact.getMessage()).isEqualTo("A000 FATAL: Bad credentials <or> an expired token & the"
        + " like; see */docs/@auth. (HTTP 401)");
  }

  private static String[] names(Class<?>[] classes) {
    String[] names = new String[classes.length];
    for (int i = 0; i < classes.length; i++) {
      names[i] = classes[i].getName();
    }
    return names;
  }
}
