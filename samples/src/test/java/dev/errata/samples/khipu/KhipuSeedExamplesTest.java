package dev.errata.samples.khipu;

import static dev.errata.samples.DecodedAssertions.assertFailure;
import static dev.errata.samples.DecodedAssertions.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertEquals("E201", e.code());
    assertSame(KhipuErrorCode.TARGET_UNAVAILABLE, e.errorCode());
    assertSame(KhipuErrorType.RETRY_IMMEDIATELY, e.type());
    assertEquals(RetryAdvice.immediately(), e.retry());
    assertEquals(description, e.description());
    assertEquals(OPERATION_ID, e.correlationId());
    assertEquals(200, e.httpStatus());
    assertEquals(Map.of(), e.attributes());
    assertEquals("ERROR", e.report().bodyStatus());
    assertEquals("E201", e.report().code());
    assertEquals("RETRY_IMMEDIATELY", e.report().type());
    assertEquals(description, e.report().description());
    assertEquals(OPERATION_ID, e.report().correlationId());
    assertEquals(200, e.report().httpStatus());
    assertNull(e.report().retryAfter());
    assertArrayEquals(body, e.report().body());
    assertEquals(envelope, e.report().bodyText());
    assertNull(e.report().problem());
    assertSame(e.report(), decoded.report());
    assertTrue(decoded.isFailure());
    // The catalog's own texts for the entry stay available in both languages.
    assertEquals(KhipuErrorCode.TARGET_UNAVAILABLE.description(Locale.forLanguageTag(language)),
        e.errorCode().description(Locale.forLanguageTag(language)));
  }

  @Test
  void theSpanishExampleKeepsItsAccentsAsUtf8() {
    KhipuException e = KhipuMatcher.decode(200, utf8(EXAMPLE_ES)).exception().orElseThrow();
    assertTrue(e.description().contains("extracción"), e.description());
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
    assertTrue(decoded.exception().isEmpty());
    assertEquals("OK", report.bodyStatus());
    assertNull(report.code());
    assertEquals(OPERATION_ID, report.correlationId());
    assertEquals(200, report.httpStatus());
    assertArrayEquals(body, report.body());
    assertNull(report.problem());
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
    assertSame(expected, e.getClass());
    if (alerted) {
      assertInstanceOf(KhipuFailureAlertedException.class, e);
    } else {
      assertInstanceOf(KhipuFailureNotAlertedException.class, e);
    }
    assertEquals(reason, e.code());
    assertEquals(reason, e.errorCode().code());
    assertEquals(reason, e.errorCode().name());
    assertSame(type, e.type());
    assertEquals(type.retry(), e.retry());
    assertEquals("details of " + reason, e.description());
    assertEquals("op-" + reason, e.correlationId());
    assertEquals(200, e.httpStatus());
    assertEquals("ERROR", e.report().bodyStatus());
    assertArrayEquals(body, e.report().body());
    assertNull(e.report().problem());
  }

  @Test
  void theSixReasonsAreEveryDeclaredEntry() {
    assertEquals(7, KhipuFailureErrorCode.values().length, "six reasons and UNKNOWN");
    assertEquals(6, failureReasons().count());
  }

  @Test
  void aReasonAddedLaterIsUnknownNotAnError() {
    Decoded<KhipuFailureException> decoded = KhipuFailureMatcher.decode(200,
        utf8("{\"OperationId\":\"op-1\",\"Status\":\"ERROR\",\"FailureReason\":\"SOMETHING_NEW\"}"));
    KhipuFailureException e = assertFailure(decoded);
    assertInstanceOf(KhipuFailureUnknownException.class, e);
    assertEquals("SOMETHING_NEW", e.code());
    assertEquals(RetryAdvice.never(), e.retry());
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
    assertEquals(status, report.httpStatus());
    assertEquals(Integer.toString(status), report.code());
    assertEquals("OK", report.bodyStatus());
    assertEquals("op-1", report.correlationId());
    assertArrayEquals(body, report.body());
  }

  @Test
  void theSuccessEntriesAreTheTwoHundreds() {
    assertSame(KhipuHttpErrorCode.OK, KhipuHttpMatcher.forHttpStatus(200));
    assertSame(KhipuHttpErrorCode.ACCEPTED, KhipuHttpMatcher.forHttpStatus(202));
    assertEquals(Outcome.SUCCESS, KhipuHttpErrorCode.OK.type().outcome());
    assertEquals(Outcome.SUCCESS, KhipuHttpErrorCode.ACCEPTED.type().outcome());
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
    assertSame(expected, e.getClass());
    assertSame(entry, e.errorCode());
    assertEquals(Integer.toString(status), e.code());
    assertEquals(status, e.httpStatus());
    assertEquals(retry, e.retry());
    assertEquals(entry.description(), e.description());
    assertArrayEquals(body, e.report().body());
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
      assertInstanceOf(KhipuHttpUnknownException.class, e);
      assertEquals(Integer.toString(status), e.code());
      assertEquals(status, e.httpStatus());
    }
  }
}
