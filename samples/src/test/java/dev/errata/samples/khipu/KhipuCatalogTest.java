package dev.errata.samples.khipu;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


import dev.errata.catalog.RetryAdvice;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generated {@link KhipuErrorCode} and {@link KhipuErrorType} against Khipu's published tables. The
 * expected texts are copied here from the English and Spanish docs, so the test needs nothing outside
 * the repository.
 */
class KhipuCatalogTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  /** One row of the docs' table, in both languages, with what the catalog declares for it. */
  record Row(
      KhipuErrorCode constant,
      String code,
      KhipuErrorType type,
      int httpStatus,
      boolean range,
      String english,
      String spanish) {
    @Override
    public String toString() {
      return constant.name();
    }
  }

  private static final List<Row> TABLE = List.of(
      new Row(KhipuErrorCode.AUTHENTICATION, "A000", KhipuErrorType.DO_NOT_RETRY, 401, false,
          "Authentication error. There is a problem with the JWT token (it is either expired, revoked or invalid).",
          "Error de autenticación. Hay un problema con el token JWT (está vencido, revocado o no es válido)."),
      new Row(KhipuErrorCode.LOGON, "E100..E199", KhipuErrorType.DO_NOT_RETRY, 0, true,
          "Logon errors reported by the target service, such as invalid credentials or blocked account.",
          "Errores de inicio de sesión declarados por el servicio de destino, como credenciales no válidas o cuenta bloqueada."),
      new Row(KhipuErrorCode.TARGET_UNAVAILABLE, "E2xx", KhipuErrorType.RETRY_IMMEDIATELY, 0, true,
          "These codes are returned if the destination service is unavailable or has problems serving the request.",
          "Estos códigos se devuelven cuando el servicio de destino no está disponible o tiene problemas para servir la solicitud."),
      new Row(KhipuErrorCode.NO_DATA, "E3xx", KhipuErrorType.DO_NOT_RETRY, 0, true,
          "No data available. The process completed successfully, but could not find the expected information. For example, requesting bank transactions for a month that is not yet available.",
          "No hay datos disponibles. El proceso ha finalizado correctamente, pero no ha podido encontrar la información esperada. Por ejemplo, solicitar movimientos bancarios de un mes que aún no está disponible."),
      new Row(KhipuErrorCode.INVALID_PARAMETERS, "E4xx", KhipuErrorType.DO_NOT_RETRY, 0, true,
          "User errors related to bad parameter values, such as invalid dates or a non-existent currency.",
          "Errores de usuario relacionados con valores erróneos de los parámetros, como pasar fechas no válidas o una moneda inexistente."),
      new Row(KhipuErrorCode.AUTOMATIC_PAYMENT, "E5xx", KhipuErrorType.DO_NOT_RETRY, 0, true,
          "This group is dedicated to errors related to automatic payment services.",
          "Este grupo está dedicado a los errores relacionados con los servicios de Pago Automático."),
      new Row(KhipuErrorCode.USER_DEFINED, "E999", KhipuErrorType.DO_NOT_RETRY, 0, false,
          "User-defined error message accompanied by a descriptive text. Used when the information does not fit into the above groups.",
          "Mensaje de error personalizado que va acompañado de un texto descriptivo. Se utiliza cuando la información no puede clasificarse en los grupos anteriores."),
      new Row(KhipuErrorCode.GENERIC, "E000", KhipuErrorType.DO_NOT_RETRY, 0, false,
          "Used for generic errors with no description.",
          "Se utiliza para errores genéricos que no tienen descripción."),
      new Row(KhipuErrorCode.MISSING_INFORMATION, "D000", KhipuErrorType.DO_NOT_RETRY, 0, false,
          "Missing information to complete the process. This means that the scraping service must be completed before it returns a successful result.",
          "Falta información para completar el proceso. Esto significa que el servicio de raspado debe estar completo antes de devolver un resultado satisfactorio."),
      new Row(KhipuErrorCode.DATA_PROCESSING, "F000", KhipuErrorType.WAIT_4_HOURS_BEFORE_RETRY, 0, false,
          "Error during the data processing function that generates the JSON response.",
          "Error durante la función de procesamiento de datos que genera la respuesta JSON."),
      new Row(KhipuErrorCode.TIMEOUT, "T000", KhipuErrorType.RETRY_IMMEDIATELY, 0, false,
          "Timeout while scraping the target service.",
          "Tiempo de espera agotado en el servicio de destino."),
      new Row(KhipuErrorCode.INFRASTRUCTURE, "I001..I003", KhipuErrorType.WAIT_4_HOURS_BEFORE_RETRY, 0, true,
          "Infrastructure error. Used to indicate a missing internal component or invalid generated responses.",
          "Errores de infraestructura. Se utiliza para indicar que falta un componente interno o que las respuestas generadas no son válidas."),
      new Row(KhipuErrorCode.REQUEST_PARAMETERS, "P001..P003", KhipuErrorType.DO_NOT_RETRY, 0, true,
          "Used when there are errors in the request parameters, such as an invalid URL for asynchronous calls.",
          "Se utiliza cuando hay errores en los parámetros de la solicitud, como una URL no válida para llamadas asíncronas."),
      new Row(KhipuErrorCode.ASYNC_TIMEOUT, "L000", KhipuErrorType.RETRY_IMMEDIATELY, 0, false,
          "This code is sent to the webhook of an asynchronous call when the timeout for trying to retrieve the data is reached.",
          "Se envía este código al webhook de una llamada asíncrona cuando se agota el tiempo máximo para intentar obtener los datos."));

  static Stream<Row> rows() {
    return TABLE.stream();
  }

  @Test
  void theTableCoversEveryConstantButUnknown() {
    Set<KhipuErrorCode> expected = EnumSet.allOf(KhipuErrorCode.class);
    expected.remove(KhipuErrorCode.UNKNOWN);
    Set<KhipuErrorCode> inTable = TABLE.stream().map(Row::constant).collect(Collectors.toSet());
    assertThat(inTable).isEqualTo(expected);
    assertWithMessage("a constant appears twice in the table").that(inTable.size()).isEqualTo(TABLE.size());
    assertThat(KhipuErrorCode.values().length).isEqualTo(15);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void codeTypeStatusAndRange(Row row) {
    KhipuErrorCode constant = row.constant();
    assertThat(constant.code()).isEqualTo(row.code());
    assertThat(constant.type()).isSameInstanceAs(row.type());
    assertThat(constant.httpStatus()).isEqualTo(row.httpStatus());
    assertThat(constant.isRange()).isEqualTo(row.range());
    assertThat(constant.isUnknown()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void englishDescriptionIsTheDocs(Row row) {
    assertThat(row.constant().description(Locale.ENGLISH)).isEqualTo(row.english());
    assertThat(row.constant().description(Locale.US)).isEqualTo(row.english());
    assertWithMessage("English is the default locale").that(row.constant().description()).isEqualTo(row.english());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void spanishDescriptionIsTheDocs(Row row) {
    assertThat(row.constant().description(SPANISH)).isEqualTo(row.spanish());
    assertThat(row.constant().description(new Locale.Builder().setLanguage("es").build())).isEqualTo(row.spanish());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void aCountryVariantFallsBackToItsLanguage(Row row) {
    assertThat(row.constant().description(Locale.forLanguageTag("es-CL"))).isEqualTo(row.spanish());
    assertThat(row.constant().description(Locale.forLanguageTag("es-419"))).isEqualTo(row.spanish());
    assertThat(row.constant().description(Locale.forLanguageTag("en-GB"))).isEqualTo(row.english());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void anUndeclaredLocaleFallsBackToEnglish(Row row) {
    assertThat(row.constant().description(Locale.FRENCH)).isEqualTo(row.english());
    assertThat(row.constant().description(Locale.forLanguageTag("pt-BR"))).isEqualTo(row.english());
    assertThat(row.constant().description(Locale.ROOT)).isEqualTo(row.english());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void nullLocaleIsEnglish(Row row) {
    assertThat(row.constant().description(null)).isEqualTo(row.english());
  }

  @Test
  void unknownHasNoCodeNoStatusNoDescriptionAndTheCatalogsUnknownType() {
    KhipuErrorCode unknown = KhipuErrorCode.UNKNOWN;
    assertThat(unknown.code()).isEqualTo("");
    assertThat(unknown.type()).isSameInstanceAs(KhipuErrorType.DO_NOT_RETRY);
    assertThat(unknown.httpStatus()).isEqualTo(0);
    assertThat(unknown.isRange()).isFalse();
    assertThat(unknown.isUnknown()).isTrue();
    assertThat(unknown.description()).isEqualTo("");
    assertThat(unknown.description(Locale.ENGLISH)).isEqualTo("");
    assertThat(unknown.description(SPANISH)).isEqualTo("");
    assertThat(unknown.description(null)).isEqualTo("");
  }

  @Test
  void onlyAuthenticationDeclaresAStatus() {
    List<KhipuErrorCode> withStatus = Arrays.stream(KhipuErrorCode.values())
        .filter(c -> c.httpStatus() != 0)
        .collect(Collectors.toList());
    assertThat(withStatus).isEqualTo(List.of(KhipuErrorCode.AUTHENTICATION));
  }

  @Test
  void theTypesAreTheDocsTypes() {
    assertThat(Arrays.stream(KhipuErrorType.values()).map(Enum::name).collect(Collectors.toList())).isEqualTo(List.of("DO_NOT_RETRY", "RETRY_IMMEDIATELY", "WAIT_4_HOURS_BEFORE_RETRY"));
  }

  static Stream<Arguments> retries() {
    return Stream.of(
        Arguments.of(KhipuErrorType.DO_NOT_RETRY, RetryAdvice.never()),
        Arguments.of(KhipuErrorType.RETRY_IMMEDIATELY, RetryAdvice.immediately()),
        Arguments.of(KhipuErrorType.WAIT_4_HOURS_BEFORE_RETRY, RetryAdvice.after(Duration.ofHours(4))));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("retries")
  void retryAdvice(KhipuErrorType type, RetryAdvice expected) {
    assertThat(type.retry()).isEqualTo(expected);
  }

  @Test
  void retryAdviceDetails() {
    assertThat(KhipuErrorType.DO_NOT_RETRY.retry().isRetryable()).isFalse();
    assertThat(KhipuErrorType.RETRY_IMMEDIATELY.retry().kind()).isEqualTo(RetryAdvice.Kind.IMMEDIATELY);
    RetryAdvice wait = KhipuErrorType.WAIT_4_HOURS_BEFORE_RETRY.retry();
    assertThat(wait.kind()).isEqualTo(RetryAdvice.Kind.AFTER);
    assertThat(wait.delay().orElseThrow()).isEqualTo(Duration.parse("PT4H"));
  }

  @ParameterizedTest
  @CsvSource({
    "DO_NOT_RETRY, DO_NOT_RETRY",
    "RETRY_IMMEDIATELY, RETRY_IMMEDIATELY",
    "WAIT_4_HOURS_BEFORE_RETRY, WAIT_4_HOURS_BEFORE_RETRY",
  })
  void forNameFindsEachType(String name, KhipuErrorType expected) {
    assertThat(KhipuErrorType.forName(name)).isSameInstanceAs(expected);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {
    "do_not_retry", "Do_Not_Retry", " DO_NOT_RETRY", "DO_NOT_RETRY ", "RETRY", "WAIT_4_HOURS",
    "WAIT_5_HOURS_BEFORE_RETRY", "UNKNOWN", "\u0000"})
  void forNameOfAnUndeclaredNameIsNull(String name) {
    assertThat(KhipuErrorType.forName(name)).isNull();
  }
}
