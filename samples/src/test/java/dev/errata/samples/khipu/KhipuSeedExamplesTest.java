package dev.errata.samples.khipu;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errata.samples.DecodedAssertions.assertFailure;
import static dev.errata.samples.DecodedAssertions.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.errata.catalog.Decoded;
import dev.errata.catalog.ErrorReport;
import dev.errata.catalog.Outcome;
import dev.errata.catalog.RetryAdvice;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The responses Khipu's docs show (../shared/seeds), decoded with every field checked: the example
 * envelope of the English and Spanish docs, a success, every {@code FailureReason}, and the HTTP table.
 */
class KhipuSeedExamplesTest {

  /** khipu-error-structure.txt (and khipu-http-and-errors.md), "Example", verbatim. */
  private static final String EXAMPLE_EN = """
      {
      "OperationId": "6baf6c19-e485-463b-ae24-a821b025c8a4",
      "Status": "ERROR",
      "Data": null,
      "AdditionalInformation": null,
      "Error": {
      "Code": "E201",
      "Type": "RETRY_IMMEDIATELY",
      "Description": "The target service used for data extraction is not available."
      },
      "LifeSpan": null
      }""";

  /** khipu-errores-es.txt, "Ejemplo", verbatim. */
  private static final String EXAMPLE_ES = """
      {
      "OperationId": "6baf6c19-e485-463b-ae24-a821b025c8a4",
      "Status": "ERROR",
      "Data": null,
      "AdditionalInformation": null,
      "Error": {
      "Code": "E201",
      "Type": "RETRY_IMMEDIATELY",
      "Description": "El servicio destino utilizado para la extracción de datos no se encuentra disponible."
      },
      "LifeSpan": null
      }""";

  private static final String OPERATION_ID = "6baf6c19-e485-463b-ae24-a821b025c8a4";

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static Stream<Arguments> docsExamples() {
    return Stream.of(
        Arguments.of("en", EXAMPLE_EN, "The target service used for data extraction is not available."),
        Arguments.of("es", EXAMPLE_ES,
            "El servicio destino utilizado para la extracción de datos no se encuentra disponible."));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("docsExamples")
  void theDocsExampleIsATargetUnavailableFailure(String language, String envelope, String description) {
    byte[] body = utf8(envelope);

    Decoded<KhipuException> decoded = KhipuMatcher.decode(200, body);

    KhipuTargetUnavailableException e =
        assertInstanceOf(KhipuTargetUnavailableException.class, assertFailure(decoded));
    assertThat(e.code()).isEqualTo("E201");
    assertThat(e.errorCode()).isSameInstanceAs(KhipuErrorCode.TARGET_UNAVAILABLE);
    assertThat(e.type()).isSameInstanceAs(KhipuErrorType.RETRY_IMMEDIATELY);
    assertThat(e.retry()).isEqualTo(RetryAdvice.immediately());
    assertThat(e.description()).isEqualTo(description);
    assertThat(e.correlationId()).isEqualTo(OPERATION_ID);
    assertThat(e.httpStatus()).isEqualTo(200);
    assertThat(e.attributes()).isEqualTo(Map.of());
    assertThat(e.report().bodyStatus()).isEqualTo("ERROR");
    assertThat(e.report().code()).isEqualTo("E201");
    assertThat(e.report().type()).isEqualTo("RETRY_IMMEDIATELY");
    assertThat(e.report().description()).isEqualTo(description);
    assertThat(e.report().correlationId()).isEqualTo(OPERATION_ID);
    assertThat(e.report().httpStatus()).isEqualTo(200);
    assertThat(e.report().retryAfter()).isNull();
    assertThat(e.report().body()).isEqualTo(body);
    assertThat(e.report().bodyText()).isEqualTo(envelope);
    assertThat(e.report().problem()).isNull();
    assertThat(decoded.report()).isSameInstanceAs(e.report());
    assertThat(decoded.isFailure()).isTrue();
    // The catalog's own texts for the entry stay available in both languages.
    assertThat(e.errorCode().description(Locale.forLanguageTag(language))).isEqualTo(KhipuErrorCode.TARGET_UNAVAILABLE.description(Locale.forLanguageTag(language)));
  }

  @Test
  void theSpanishExampleKeepsItsAccentsAsUtf8() {
    KhipuException e = KhipuMatcher.decode(200, utf8(EXAMPLE_ES)).exception().orElseThrow();
    assertThat(e.description()).contains("extracción");
  }

  /** "If Status=OK, the Error object is set to null." */
  @Test
  void statusOkWithANullErrorIsASuccess() {
    String envelope = """
        {
        "OperationId": "6baf6c19-e485-463b-ae24-a821b025c8a4",
        "Status": "OK",
        "Data": {"Accounts": []},
        "AdditionalInformation": null,
        "Error": null,
        "LifeSpan": null
        }""";
    byte[] body = utf8(envelope);

    Decoded<KhipuException> decoded = KhipuMatcher.decode(200, body);

    ErrorReport report = assertSuccess(decoded);
    assertThat(decoded.exception()).isEmpty();
    assertThat(report.bodyStatus()).isEqualTo("OK");
    assertThat(report.code()).isNull();
    assertThat(report.correlationId()).isEqualTo(OPERATION_ID);
    assertThat(report.httpStatus()).isEqualTo(200);
    assertThat(report.body()).isEqualTo(body);
    assertThat(report.problem()).isNull();
  }

  // ---------------------------------------------------------------------------------------------
  // FailureReason (khipu-failure-reasons.txt)

  static Stream<Arguments> failureReasons() {
    return Stream.of(
        Arguments.of("TASK_FINISHED", KhipuFailureTaskFinishedException.class, false,
            KhipuFailureErrorType.DO_NOT_RETRY),
        Arguments.of("LIFESPAN_EXCEEDED", KhipuFailureLifespanExceededException.class, false,
            KhipuFailureErrorType.RETRY_IMMEDIATELY),
        Arguments.of("PARSER_ERROR", KhipuFailureParserErrorException.class, true,
            KhipuFailureErrorType.WAIT_4_HOURS_BEFORE_RETRY),
        Arguments.of("PARSER_ERROR_NOT_AVAILABLE", KhipuFailureParserErrorNotAvailableException.class, true,
            KhipuFailureErrorType.RETRY_IMMEDIATELY),
        Arguments.of("PARSER_ERROR_INTERNAL_ERROR", KhipuFailureParserErrorInternalErrorException.class,
            true, KhipuFailureErrorType.WAIT_4_HOURS_BEFORE_RETRY),
        Arguments.of("TASK_DUMPED", KhipuFailureTaskDumpedException.class, true,
            KhipuFailureErrorType.WAIT_4_HOURS_BEFORE_RETRY));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failureReasons")
  void everyFailureReasonDecodesToItsClass(String reason, Class<? extends KhipuFailureException> expected,
      boolean alerted, KhipuFailureErrorType type) {
    String envelope = "{\"OperationId\":\"op-" + reason + "\",\"Status\":\"ERROR\",\"FailureReason\":\""
        + reason + "\",\"Message\":\"details of " + reason + "\"}";
    byte[] body = utf8(envelope);

    Decoded<KhipuFailureException> decoded = KhipuFailureMatcher.decode(200, body);

    KhipuFailureException e = assertFailure(decoded);
    assertThat(e.getClass()).isSameInstanceAs(expected);
    if (alerted) {
      assertThat(e).isInstanceOf(KhipuFailureAlertedException.class);
    } else {
      assertThat(e).isInstanceOf(KhipuFailureNotAlertedException.class);
    }
    assertThat(e.code()).isEqualTo(reason);
    assertThat(e.errorCode().code()).isEqualTo(reason);
    assertThat(e.errorCode().name()).isEqualTo(reason);
    assertThat(e.type()).isSameInstanceAs(type);
    assertThat(e.retry()).isEqualTo(type.retry());
    assertThat(e.description()).isEqualTo("details of " + reason);
    assertThat(e.correlationId()).isEqualTo("op-" + reason);
    assertThat(e.httpStatus()).isEqualTo(200);
    assertThat(e.report().bodyStatus()).isEqualTo("ERROR");
    assertThat(e.report().body()).isEqualTo(body);
    assertThat(e.report().problem()).isNull();
  }

  @Test
  void theSixReasonsAreEveryDeclaredEntry() {
    assertWithMessage("six reasons and UNKNOWN").that(KhipuFailureErrorCode.values().length).isEqualTo(7);
    assertThat(failureReasons().count()).isEqualTo(6);
  }

  @Test
  void aReasonAddedLaterIsUnknownNotAnError() {
    Decoded<KhipuFailureException> decoded = KhipuFailureMatcher.decode(200,
        utf8("{\"OperationId\":\"op-1\",\"Status\":\"ERROR\",\"FailureReason\":\"SOMETHING_NEW\"}"));
    KhipuFailureException e = assertFailure(decoded);
    assertThat(e).isInstanceOf(KhipuFailureUnknownException.class);
    assertThat(e.code()).isEqualTo("SOMETHING_NEW");
    assertThat(e.retry()).isEqualTo(RetryAdvice.never());
  }

  @Test
  void aFailureReasonResponseWithStatusOkIsASuccess() {
    Decoded<KhipuFailureException> decoded = KhipuFailureMatcher.decode(200,
        utf8("{\"OperationId\":\"op-1\",\"Status\":\"OK\",\"FailureReason\":null,\"Message\":null}"));
    assertSuccess(decoded);
  }

  // ---------------------------------------------------------------------------------------------
  // HTTP status codes (khipu-failure-reasons.txt, khipu-http-and-errors.md)

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {200, 202})
  void twoHundredAndTwoHundredTwoAreSuccesses(int status) {
    byte[] body = utf8("{\"OperationId\":\"op-1\",\"Status\":\"OK\",\"Data\":{},\"Error\":null}");

    Decoded<KhipuHttpException> decoded = KhipuHttpMatcher.decode(status, body);

    ErrorReport report = assertSuccess(decoded);
    assertThat(report.httpStatus()).isEqualTo(status);
    assertThat(report.code()).isEqualTo(Integer.toString(status));
    assertThat(report.bodyStatus()).isEqualTo("OK");
    assertThat(report.correlationId()).isEqualTo("op-1");
    assertThat(report.body()).isEqualTo(body);
  }

  @Test
  void theSuccessEntriesAreTheTwoHundreds() {
    assertThat(KhipuHttpMatcher.forHttpStatus(200)).isSameInstanceAs(KhipuHttpErrorCode.OK);
    assertThat(KhipuHttpMatcher.forHttpStatus(202)).isSameInstanceAs(KhipuHttpErrorCode.ACCEPTED);
    assertThat(KhipuHttpErrorCode.OK.type().outcome()).isEqualTo(Outcome.SUCCESS);
    assertThat(KhipuHttpErrorCode.ACCEPTED.type().outcome()).isEqualTo(Outcome.SUCCESS);
  }

  static Stream<Arguments> httpFailures() {
    return Stream.of(
        Arguments.of(400, "", KhipuHttpBadRequestException.class, KhipuHttpErrorCode.BAD_REQUEST,
            RetryAdvice.never()),
        Arguments.of(400, "{\"Status\":\"ERROR\",\"OperationId\":\"op-400\"}",
            KhipuHttpBadRequestException.class, KhipuHttpErrorCode.BAD_REQUEST, RetryAdvice.never()),
        Arguments.of(401, "", KhipuHttpUnauthorizedException.class, KhipuHttpErrorCode.UNAUTHORIZED,
            RetryAdvice.never()),
        Arguments.of(404, "Not Found", KhipuHttpNotFoundException.class, KhipuHttpErrorCode.NOT_FOUND,
            RetryAdvice.never()),
        Arguments.of(500, "{\"Status\":\"ERROR\"}", KhipuHttpServerErrorException.class,
            KhipuHttpErrorCode.SERVER_ERROR, RetryAdvice.immediately()));
  }

  @ParameterizedTest(name = "HTTP {0} {1}")
  @MethodSource("httpFailures")
  void theErrorStatusesAreFailuresOfTheirClass(int status, String text,
      Class<? extends KhipuHttpException> expected, KhipuHttpErrorCode entry, RetryAdvice retry) {
    byte[] body = utf8(text);

    Decoded<KhipuHttpException> decoded = KhipuHttpMatcher.decode(status, body);

    KhipuHttpException e = assertFailure(decoded);
    assertThat(e.getClass()).isSameInstanceAs(expected);
    assertThat(e.errorCode()).isSameInstanceAs(entry);
    assertThat(e.code()).isEqualTo(Integer.toString(status));
    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.retry()).isEqualTo(retry);
    assertThat(e.description()).isEqualTo(entry.description());
    assertThat(e.report().body()).isEqualTo(body);
  }

  /** Statuses outside the table: unknown, never a crash; an unknown 2xx is still a success. */
  @ParameterizedTest(name = "HTTP {0} -> {1}")
  @CsvSource({"204, SUCCESS", "302, FAILURE", "403, FAILURE", "503, FAILURE"})
  void statusesOutsideTheTable(int status, String kind) {
    Decoded<KhipuHttpException> decoded = KhipuHttpMatcher.decode(status, new byte[0]);
    if (kind.equals("SUCCESS")) {
      assertSuccess(decoded);
    } else {
      KhipuHttpException e = assertFailure(decoded);
      assertThat(e).isInstanceOf(KhipuHttpUnknownException.class);
      assertThat(e.code()).isEqualTo(Integer.toString(status));
      assertThat(e.httpStatus()).isEqualTo(status);
    }
  }
}
