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
    "S404, ADDRESS_UNKNOWN",     // a group's code beats the group's own, as exact beats a wildcard
    "S400, SHIPPING",
    "S499, SHIPPING",
    "S4xx, UNKNOWN",             // a wildcard is not a code
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
        "test.ShopServerErrorException", "test.ShopShippingException", "test.ShopUnauthorizedException",
        "test.ShopUnknownException");
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

  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @CsvSource({
    "400, ORDER_INVALID",   // says so; ORDER_LOCKED has 400 too
    "401, UNAUTHORIZED",
    "402, CARD_DECLINED",   // says so, among the three codes of Payments' 402
    "404, ORDER_NOT_FOUND",
    "503, BACKEND_DOWN",    // its own status beats the 5xx of SERVER_ERROR
    "500, SERVER_ERROR",
    "502, SERVER_ERROR",
    "599, SERVER_ERROR",
    "418, UNKNOWN",
    "600, UNKNOWN",
    "0, UNKNOWN",
  })
  void forHttpStatusTakesTheMostSpecificClaim(int status, String entry) throws ReflectiveOperationException {
    assertThat(((ErrorCode) forHttpStatus.invoke(null, status)).name()).isEqualTo(entry);
  }

  @Test
  void aResponseWithoutACodeIsTypedByItsStatus() throws ReflectiveOperationException {
    CatalogException down = toException(ErrorReport.builder().httpStatus(502).build());
    assertThat(down.getClass().getName()).isEqualTo("test.ShopServerErrorException");
    assertThat(down.code()).isEmpty();
    assertThat(down.errorCode().code()).isEmpty();
    assertThat(down.retry()).isEqualTo(RetryAdvice.immediately());
    // An empty code is no code.
    CatalogException empty = toException(ErrorReport.builder().httpStatus(404).code("").build());
    assertThat(empty.errorCode().name()).isEqualTo("ORDER_NOT_FOUND");
  }

  @Test
  void aGroupsOwnCodeIsTheGroupsClassWhichItsOtherCodesExtend() throws ReflectiveOperationException {
    Class<?> shipping = loader.loadClass("test.ShopShippingException");
    assertThat(java.lang.reflect.Modifier.isAbstract(shipping.getModifiers())).isFalse();
    assertThat(shipping.isSealed()).isTrue();
    assertThat(Arrays.asList(names(shipping.getPermittedSubclasses())))
        .containsExactly("test.ShopAddressUnknownException");

    CatalogException own = toException(ErrorReport.ofCode("S418"));
    assertThat(own.getClass()).isEqualTo(shipping);
    assertThat(own.errorCode().name()).isEqualTo("SHIPPING");
    CatalogException specific = toException(ErrorReport.ofCode("S404"));
    assertThat(specific.getClass().getName()).isEqualTo("test.ShopAddressUnknownException");
    assertThat(shipping.isInstance(specific)).isTrue();

    CatalogException raised = (CatalogException) shipping.getConstructor(String.class).newInstance("S499");
    assertThat(raised.errorCode().name()).isEqualTo("SHIPPING");
    InvocationTargetException notOwn = assertThrows(InvocationTargetException.class,
        () -> shipping.getConstructor(String.class).newInstance("S404"));
    assertThat(notOwn.getCause()).hasMessageThat().contains("S404 is not a code of SHIPPING (S4xx)");
  }

  @Test
  void anEntryOfStatusesAloneIsRaisedWithItsStatusAndNoCode() throws ReflectiveOperationException {
    Class<?> serverError = loader.loadClass("test.ShopServerErrorException");
    CatalogException lowest = (CatalogException) serverError.getConstructor().newInstance();
    assertThat(lowest.httpStatus()).isEqualTo(500);
    assertThat(lowest.code()).isEmpty();
    CatalogException other = (CatalogException) serverError.getConstructor(int.class).newInstance(507);
    assertThat(other.httpStatus()).isEqualTo(507);
    InvocationTargetException wrong = assertThrows(InvocationTargetException.class,
        () -> serverError.getConstructor(int.class).newInstance(404));
    assertThat(wrong.getCause()).hasMessageThat().isEqualTo("404 is not a status of SERVER_ERROR (5xx)");
    assertThat(match("5xx").name()).isEqualTo("UNKNOWN");
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
