package dev.errata.samples.khipu;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.errata.catalog.CatalogException;
import dev.errata.catalog.ErrorReport;
import dev.errata.catalog.RetryAdvice;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The generated exception hierarchy and {@link KhipuMatcher#toException}. */
class KhipuExceptionTest {

  private static final String OPERATION_ID = "6baf6c19-e485-463b-ae24-a821b025c8a4";
  private static final byte[] BODY = ("{\"OperationId\":\"" + OPERATION_ID + "\",\"Status\":\"ERROR\","
      + "\"Error\":{\"Code\":\"E201\",\"Type\":\"RETRY_IMMEDIATELY\","
      + "\"Description\":\"The target service used for data extraction is not available.\"}}")
      .getBytes(StandardCharsets.UTF_8);

  private static ErrorReport report(String code) {
    return ErrorReport.builder().code(code).build();
  }

  @Test
  void targetUnavailable() {
    KhipuException e = KhipuMatcher.toException(report("E201"));
    KhipuTargetUnavailableException target = assertInstanceOf(KhipuTargetUnavailableException.class, e);
    assertThat(target.code()).isEqualTo("E201");
    assertThat(target.errorCode()).isSameInstanceAs(KhipuErrorCode.TARGET_UNAVAILABLE);
    assertThat(target.type()).isSameInstanceAs(KhipuErrorType.RETRY_IMMEDIATELY);
    assertThat(target.retry()).isEqualTo(RetryAdvice.immediately());
  }

  @Test
  void theResponsesOwnTypeWins() {
    KhipuException e = KhipuMatcher.toException(
        ErrorReport.builder().code("E201").type("DO_NOT_RETRY").build());
    assertThat(e).isInstanceOf(KhipuTargetUnavailableException.class);
    assertThat(e.type()).isSameInstanceAs(KhipuErrorType.DO_NOT_RETRY);
    assertThat(e.retry()).isEqualTo(RetryAdvice.never());
    assertWithMessage("the type changes, not the entry").that(e.errorCode()).isSameInstanceAs(KhipuErrorCode.TARGET_UNAVAILABLE);
  }

  @Test
  void theResponsesOwnTypeWinsTowardsRetryingToo() {
    KhipuException e = KhipuMatcher.toException(
        ErrorReport.builder().code("A000").type("WAIT_4_HOURS_BEFORE_RETRY").build());
    assertThat(e.type()).isSameInstanceAs(KhipuErrorType.WAIT_4_HOURS_BEFORE_RETRY);
    assertThat(e.retry()).isEqualTo(RetryAdvice.after(Duration.ofHours(4)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PLEASE_RETRY", "do_not_retry", "", " DO_NOT_RETRY"})
  void aTypeTheCatalogDoesNotDeclareFallsBackToTheCodes(String type) {
    KhipuException e = KhipuMatcher.toException(ErrorReport.builder().code("E201").type(type).build());
    assertThat(e.type()).isSameInstanceAs(KhipuErrorType.RETRY_IMMEDIATELY);
    assertThat(e.retry()).isEqualTo(RetryAdvice.immediately());
    assertWithMessage("the raw type is still on the report").that(e.report().type()).isEqualTo(type);
  }

  @Test
  void retryAfterWinsOverTheResponsesTypeAndTheCodes() {
    ErrorReport report = ErrorReport.builder()
        .code("E201")
        .type("DO_NOT_RETRY")
        .retryAfter(Duration.ofSeconds(120))
        .build();
    KhipuException e = KhipuMatcher.toException(report);
    assertThat(e.type()).isSameInstanceAs(KhipuErrorType.DO_NOT_RETRY);
    assertThat(e.retry()).isEqualTo(RetryAdvice.after(Duration.ofSeconds(120)));

    KhipuException byCode = KhipuMatcher.toException(
        ErrorReport.builder().code("F000").retryAfter(Duration.ofMinutes(5)).build());
    assertThat(byCode.type()).isSameInstanceAs(KhipuErrorType.WAIT_4_HOURS_BEFORE_RETRY);
    assertThat(byCode.retry()).isEqualTo(RetryAdvice.after(Duration.ofMinutes(5)));
  }

  @Test
  void retryAfterZeroMeansImmediately() {
    KhipuException e = KhipuMatcher.toException(
        ErrorReport.builder().code("A000").retryAfter(Duration.ZERO).build());
    assertThat(e.retry()).isEqualTo(RetryAdvice.immediately());
  }

  @Test
  void httpStatusComesFromTheReport() {
    KhipuException e = KhipuMatcher.toException(ErrorReport.builder().code("A000").httpStatus(403).build());
    assertThat(e.httpStatus()).isEqualTo(403);
    assertThat(KhipuMatcher.toException(
        ErrorReport.builder().code("E201").httpStatus(503).build()).httpStatus()).isEqualTo(503);
  }

  @Test
  void httpStatusFallsBackToTheCatalogs() {
    assertThat(KhipuMatcher.toException(report("A000")).httpStatus()).isEqualTo(401);
    assertThat(KhipuMatcher.toException(report("E201")).httpStatus()).isEqualTo(0);
    assertThat(KhipuMatcher.toException(report("Z999")).httpStatus()).isEqualTo(0);
  }

  @Test
  void correlationIdAttributesDescriptionAndBodyAreCarried() {
    ErrorReport report = ErrorReport.builder()
        .httpStatus(200)
        .code("E201")
        .type("RETRY_IMMEDIATELY")
        .description("The target service used for data extraction is not available.")
        .correlationId(OPERATION_ID)
        .attribute("bank", "demobank")
        .attribute("transactionId", "T-1")
        .body(BODY)
        .build();
    KhipuException e = KhipuMatcher.toException(report);
    assertThat(e.correlationId()).isEqualTo(OPERATION_ID);
    assertThat(e.attribute("bank")).isEqualTo("demobank");
    assertThat(e.attribute("transactionId")).isEqualTo("T-1");
    assertThat(e.attribute("missing")).isNull();
    assertThat(e.attributes()).isEqualTo(Map.of("bank", "demobank", "transactionId", "T-1"));
    assertThat(e.description()).isEqualTo("The target service used for data extraction is not available.");
    assertThat(e.report()).isSameInstanceAs(report);
    assertThat(e.report().body()).isEqualTo(BODY);
    assertThat(e.getMessage()).isEqualTo("E201 RETRY_IMMEDIATELY: The target service used for data extraction is not available. (HTTP 200)");
  }

  @Test
  void withoutADescriptionTheCatalogsIsUsed() {
    KhipuException e = KhipuMatcher.toException(report("E201"));
    assertThat(e.description()).isEqualTo(KhipuErrorCode.TARGET_UNAVAILABLE.description());
    assertThat(e.getMessage()).isEqualTo("E201 RETRY_IMMEDIATELY: " + KhipuErrorCode.TARGET_UNAVAILABLE.description());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Z999", "E600", "e201", "E2011", ""})
  void anUnknownCodeGivesTheUnknownException(String code) {
    KhipuException e = KhipuMatcher.toException(report(code));
    KhipuUnknownException unknown = assertInstanceOf(KhipuUnknownException.class, e);
    assertThat(unknown.errorCode()).isSameInstanceAs(KhipuErrorCode.UNKNOWN);
    assertWithMessage("the code received is kept").that(unknown.code()).isEqualTo(code);
    assertThat(unknown.type()).isSameInstanceAs(KhipuErrorType.DO_NOT_RETRY);
    assertThat(unknown.retry()).isEqualTo(RetryAdvice.never());
  }

  @Test
  void noCodeAtAllGivesTheUnknownException() {
    KhipuException e = KhipuMatcher.toException(ErrorReport.builder().httpStatus(500).body(BODY).build());
    assertThat(e).isInstanceOf(KhipuUnknownException.class);
    assertThat(e.retry()).isEqualTo(RetryAdvice.never());
    assertThat(e.httpStatus()).isEqualTo(500);
    assertThat(e.getMessage()).isEqualTo("(no code) DO_NOT_RETRY (HTTP 500)");
  }

  @Test
  void anUnknownCodeStillTakesTheResponsesTypeAndRetryAfter() {
    KhipuException typed = KhipuMatcher.toException(
        ErrorReport.builder().code("Z999").type("RETRY_IMMEDIATELY").build());
    assertThat(typed).isInstanceOf(KhipuUnknownException.class);
    assertThat(typed.retry()).isEqualTo(RetryAdvice.immediately());

    KhipuException delayed = KhipuMatcher.toException(
        ErrorReport.builder().code("Z999").retryAfter(Duration.ofSeconds(9)).build());
    assertThat(delayed.retry()).isEqualTo(RetryAdvice.after(Duration.ofSeconds(9)));
  }

  static Stream<Arguments> exceptionClasses() {
    return Stream.of(
        Arguments.of("A000", KhipuAuthenticationException.class),
        Arguments.of("E150", KhipuLogonException.class),
        Arguments.of("E201", KhipuTargetUnavailableException.class),
        Arguments.of("E305", KhipuNoDataException.class),
        Arguments.of("E450", KhipuInvalidParametersException.class),
        Arguments.of("E512", KhipuAutomaticPaymentException.class),
        Arguments.of("E999", KhipuUserDefinedException.class),
        Arguments.of("E000", KhipuGenericException.class),
        Arguments.of("D000", KhipuMissingInformationException.class),
        Arguments.of("F000", KhipuDataProcessingException.class),
        Arguments.of("T000", KhipuTimeoutException.class),
        Arguments.of("I002", KhipuInfrastructureException.class),
        Arguments.of("P002", KhipuRequestParametersException.class),
        Arguments.of("L000", KhipuAsyncTimeoutException.class),
        Arguments.of("X000", KhipuUnknownException.class));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("exceptionClasses")
  void everyCodeGetsItsOwnClass(String code, Class<? extends KhipuException> expected) {
    KhipuException e = KhipuMatcher.toException(report(code));
    assertThat(e.getClass()).isSameInstanceAs(expected);
    assertThat(e.errorCode()).isSameInstanceAs(KhipuMatcher.match(code));
    assertThat(e.type()).isSameInstanceAs(e.errorCode().type());
    assertThat(e.code()).isEqualTo(code);
  }

  private static final Set<Class<?>> CODE_CLASSES = Set.of(
      KhipuAuthenticationException.class,
      KhipuLogonException.class,
      KhipuTargetUnavailableException.class,
      KhipuNoDataException.class,
      KhipuInvalidParametersException.class,
      KhipuAutomaticPaymentException.class,
      KhipuUserDefinedException.class,
      KhipuGenericException.class,
      KhipuMissingInformationException.class,
      KhipuDataProcessingException.class,
      KhipuTimeoutException.class,
      KhipuInfrastructureException.class,
      KhipuRequestParametersException.class,
      KhipuAsyncTimeoutException.class);

  @Test
  void theHierarchyIsSealed() {
    assertThat(KhipuException.class.isSealed()).isTrue();
    assertThat(Modifier.isAbstract(KhipuException.class.getModifiers())).isTrue();
    assertThat(KhipuException.class.getSuperclass()).isSameInstanceAs(CatalogException.class);
    assertThat(CODE_CLASSES.size()).isEqualTo(14);
    Set<Class<?>> expected = Stream.concat(CODE_CLASSES.stream(), Stream.of(KhipuUnknownException.class))
        .collect(Collectors.toSet());
    Class<?>[] permitted = KhipuException.class.getPermittedSubclasses();
    assertThat(permitted.length).isEqualTo(15);
    assertThat(Set.of(permitted)).isEqualTo(expected);
  }

  @Test
  void everyGeneratedExceptionIsFinalAndSerializable() throws ReflectiveOperationException {
    for (Class<?> type : KhipuException.class.getPermittedSubclasses()) {
      assertWithMessage("%s", type + " is final").that(Modifier.isFinal(type.getModifiers())).isTrue();
      assertSerialVersionUid(type);
    }
    assertSerialVersionUid(KhipuException.class);
  }

  private static void assertSerialVersionUid(Class<?> type) throws ReflectiveOperationException {
    assertWithMessage("%s", type + " is Serializable").that(Serializable.class.isAssignableFrom(type)).isTrue();
    Field uid = type.getDeclaredField("serialVersionUID");
    int modifiers = uid.getModifiers();
    assertWithMessage("%s", uid + " is static final").that(Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)).isTrue();
    assertWithMessage("%s", uid + " is a long").that(uid.getType()).isSameInstanceAs(long.class);
  }

  @Test
  void patternMatching() {
    RuntimeException thrown = KhipuMatcher.toException(
        ErrorReport.builder().code("E105").description("Invalid credentials").build());
    String handled;
    if (thrown instanceof KhipuLogonException logon) {
      handled = "logon " + logon.code() + " " + logon.errorCode().name();
    } else if (thrown instanceof KhipuException other) {
      handled = "other " + other.code();
    } else {
      handled = "not Khipu";
    }
    assertThat(handled).isEqualTo("logon E105 LOGON");
  }

  @Test
  void everyExceptionCanBeHandledByItsType() {
    // What a Java 21 pattern switch does without default, written for Java 17.
    for (Class<?> type : KhipuException.class.getPermittedSubclasses()) {
      assertWithMessage("%s", type).that(KhipuException.class.isAssignableFrom(type)).isTrue();
    }
    KhipuException e = KhipuMatcher.toException(report("T000"));
    String advice;
    if (e instanceof KhipuTimeoutException timeout && timeout.retry().isRetryable()) {
      advice = "retry " + timeout.retry();
    } else {
      advice = "give up";
    }
    assertThat(advice).isEqualTo("retry immediately");
  }

  @Test
  void serverSideExactCode() {
    KhipuAuthenticationException e = new KhipuAuthenticationException();
    assertThat(e.code()).isEqualTo("A000");
    assertThat(e.errorCode()).isSameInstanceAs(KhipuErrorCode.AUTHENTICATION);
    assertThat(e.type()).isSameInstanceAs(KhipuErrorType.DO_NOT_RETRY);
    assertThat(e.retry()).isEqualTo(RetryAdvice.never());
    assertThat(e.httpStatus()).isEqualTo(401);
    assertThat(e.description()).isEqualTo(KhipuErrorCode.AUTHENTICATION.description());
    assertThat(e.getMessage()).contains("Authentication error. There is a problem with the JWT token (it is either expired, revoked or invalid).");
    assertThat(e.getMessage()).isEqualTo("A000 DO_NOT_RETRY: " + KhipuErrorCode.AUTHENTICATION.description() + " (HTTP 401)");
    assertThat(e.report()).isEqualTo(ErrorReport.ofCode("A000"));
  }

  @Test
  void serverSideRangeCode() {
    KhipuLogonException e = new KhipuLogonException("E105");
    assertThat(e.code()).isEqualTo("E105");
    assertThat(e.errorCode()).isSameInstanceAs(KhipuErrorCode.LOGON);
    assertThat(e.type()).isSameInstanceAs(KhipuErrorType.DO_NOT_RETRY);
    assertThat(e.httpStatus()).isEqualTo(0);
    assertThat(e.getMessage()).isEqualTo("E105 DO_NOT_RETRY: " + KhipuErrorCode.LOGON.description());
  }

  @Test
  void serverSideRangeCodeAcceptsTheEdges() {
    assertThat(new KhipuLogonException("E100").code()).isEqualTo("E100");
    assertThat(new KhipuLogonException("E199").code()).isEqualTo("E199");
    assertThat(new KhipuInfrastructureException("I003").code()).isEqualTo("I003");
  }

  @ParameterizedTest
  @ValueSource(strings = {"E205", "E099", "E200", "E1050", "e105", "E100..E199", ""})
  void serverSideRangeCodeRejectsCodesOutsideIt(String code) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new KhipuLogonException(code));
    assertThat(e.getMessage()).isEqualTo(code + " is not a code of LOGON (E100..E199)");
  }

  @Test
  void serverSideRangeCodeRejectsNull() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new KhipuLogonException((String) null));
    assertThat(e.getMessage()).contains("LOGON (E100..E199)");
  }

  @Test
  void serverSideWildcardCode() {
    assertThat(new KhipuTargetUnavailableException("E250").code()).isEqualTo("E250");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new KhipuTargetUnavailableException("E305"));
    assertThat(e.getMessage()).isEqualTo("E305 is not a code of TARGET_UNAVAILABLE (E2xx)");
  }

  @Test
  void serializationKeepsCodeEntryTypeAndReport() throws IOException, ClassNotFoundException {
    ErrorReport report = ErrorReport.builder()
        .httpStatus(200)
        .code("E105")
        .type("RETRY_IMMEDIATELY")
        .description("Invalid credentials")
        .correlationId(OPERATION_ID)
        .attribute("bank", "demobank")
        .retryAfter(Duration.ofSeconds(7))
        .body(BODY)
        .build();
    KhipuException original = KhipuMatcher.toException(report);

    KhipuException copy = roundTrip(original);

    KhipuLogonException logon = assertInstanceOf(KhipuLogonException.class, copy);
    assertThat(logon.code()).isEqualTo("E105");
    assertThat(logon.errorCode()).isSameInstanceAs(KhipuErrorCode.LOGON);
    assertThat(logon.type()).isSameInstanceAs(KhipuErrorType.RETRY_IMMEDIATELY);
    assertThat(logon.retry()).isEqualTo(RetryAdvice.after(Duration.ofSeconds(7)));
    assertThat(logon.report()).isEqualTo(report);
    assertThat(logon.report().body()).isEqualTo(BODY);
    assertThat(logon.attribute("bank")).isEqualTo("demobank");
    assertThat(logon.getMessage()).isEqualTo(original.getMessage());
  }

  @Test
  void serializationOfEveryClass() throws IOException, ClassNotFoundException {
    for (String code : new String[] {"A000", "E150", "E201", "E999", "I002", "X000"}) {
      KhipuException original = KhipuMatcher.toException(report(code));
      KhipuException copy = roundTrip(original);
      assertWithMessage("%s", code).that(copy.getClass()).isSameInstanceAs(original.getClass());
      assertWithMessage("%s", code).that(copy.errorCode()).isSameInstanceAs(original.errorCode());
      assertThat(copy.code()).isEqualTo(code);
    }
  }

  private static KhipuException roundTrip(KhipuException e) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      Object read = in.readObject();
      if (read instanceof KhipuException copy) {
        return copy;
      }
      return fail("read back " + read);
    }
  }

  @Test
  void theErrorCodeIsNarrowedToTheCatalogsEnum() throws ReflectiveOperationException {
    assertThat(KhipuException.class.getMethod("errorCode").getReturnType()).isSameInstanceAs(KhipuErrorCode.class);
    assertThat(KhipuException.class.getMethod("type").getReturnType()).isSameInstanceAs(KhipuErrorType.class);
    assertWithMessage("every exception class is public").that(Arrays.stream(KhipuException.class.getPermittedSubclasses())
            .filter(c -> !Modifier.isPublic(c.getModifiers()))
            .collect(Collectors.toSet())).isEqualTo(Set.of());
  }
}
