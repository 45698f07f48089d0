package dev.errata.samples.khipu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
    assertEquals("E201", target.code());
    assertSame(KhipuErrorCode.TARGET_UNAVAILABLE, target.errorCode());
    assertSame(KhipuErrorType.RETRY_IMMEDIATELY, target.type());
    assertEquals(RetryAdvice.immediately(), target.retry());
  }

  @Test
  void theResponsesOwnTypeWins() {
    KhipuException e = KhipuMatcher.toException(
        ErrorReport.builder().code("E201").type("DO_NOT_RETRY").build());
    assertInstanceOf(KhipuTargetUnavailableException.class, e);
    assertSame(KhipuErrorType.DO_NOT_RETRY, e.type());
    assertEquals(RetryAdvice.never(), e.retry());
    assertSame(KhipuErrorCode.TARGET_UNAVAILABLE, e.errorCode(), "the type changes, not the entry");
  }

  @Test
  void theResponsesOwnTypeWinsTowardsRetryingToo() {
    KhipuException e = KhipuMatcher.toException(
        ErrorReport.builder().code("A000").type("WAIT_4_HOURS_BEFORE_RETRY").build());
    assertSame(KhipuErrorType.WAIT_4_HOURS_BEFORE_RETRY, e.type());
    assertEquals(RetryAdvice.after(Duration.ofHours(4)), e.retry());
  }

  @ParameterizedTest
  @ValueSource(strings = {"PLEASE_RETRY", "do_not_retry", "", " DO_NOT_RETRY"})
  void aTypeTheCatalogDoesNotDeclareFallsBackToTheCodes(String type) {
    KhipuException e = KhipuMatcher.toException(ErrorReport.builder().code("E201").type(type).build());
    assertSame(KhipuErrorType.RETRY_IMMEDIATELY, e.type());
    assertEquals(RetryAdvice.immediately(), e.retry());
    assertEquals(type, e.report().type(), "the raw type is still on the report");
  }

  @Test
  void retryAfterWinsOverTheResponsesTypeAndTheCodes() {
    ErrorReport report = ErrorReport.builder()
        .code("E201")
        .type("DO_NOT_RETRY")
        .retryAfter(Duration.ofSeconds(120))
        .build();
    KhipuException e = KhipuMatcher.toException(report);
    assertSame(KhipuErrorType.DO_NOT_RETRY, e.type());
    assertEquals(RetryAdvice.after(Duration.ofSeconds(120)), e.retry());

    KhipuException byCode = KhipuMatcher.toException(
        ErrorReport.builder().code("F000").retryAfter(Duration.ofMinutes(5)).build());
    assertSame(KhipuErrorType.WAIT_4_HOURS_BEFORE_RETRY, byCode.type());
    assertEquals(RetryAdvice.after(Duration.ofMinutes(5)), byCode.retry());
  }

  @Test
  void retryAfterZeroMeansImmediately() {
    KhipuException e = KhipuMatcher.toException(
        ErrorReport.builder().code("A000").retryAfter(Duration.ZERO).build());
    assertEquals(RetryAdvice.immediately(), e.retry());
  }

  @Test
  void httpStatusComesFromTheReport() {
    KhipuException e = KhipuMatcher.toException(ErrorReport.builder().code("A000").httpStatus(403).build());
    assertEquals(403, e.httpStatus());
    assertEquals(503, KhipuMatcher.toException(
        ErrorReport.builder().code("E201").httpStatus(503).build()).httpStatus());
  }

  @Test
  void httpStatusFallsBackToTheCatalogs() {
    assertEquals(401, KhipuMatcher.toException(report("A000")).httpStatus());
    assertEquals(0, KhipuMatcher.toException(report("E201")).httpStatus());
    assertEquals(0, KhipuMatcher.toException(report("Z999")).httpStatus());
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
    assertEquals(OPERATION_ID, e.correlationId());
    assertEquals("demobank", e.attribute("bank"));
    assertEquals("T-1", e.attribute("transactionId"));
    assertNull(e.attribute("missing"));
    assertEquals(Map.of("bank", "demobank", "transactionId", "T-1"), e.attributes());
    assertEquals("The target service used for data extraction is not available.", e.description());
    assertSame(report, e.report());
    assertArrayEquals(BODY, e.report().body());
    assertEquals(
        "E201 RETRY_IMMEDIATELY: The target service used for data extraction is not available. (HTTP 200)",
        e.getMessage());
  }

  @Test
  void withoutADescriptionTheCatalogsIsUsed() {
    KhipuException e = KhipuMatcher.toException(report("E201"));
    assertEquals(KhipuErrorCode.TARGET_UNAVAILABLE.description(), e.description());
    assertEquals("E201 RETRY_IMMEDIATELY: " + KhipuErrorCode.TARGET_UNAVAILABLE.description(), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Z999", "E600", "e201", "E2011", ""})
  void anUnknownCodeGivesTheUnknownException(String code) {
    KhipuException e = KhipuMatcher.toException(report(code));
    KhipuUnknownException unknown = assertInstanceOf(KhipuUnknownException.class, e);
    assertSame(KhipuErrorCode.UNKNOWN, unknown.errorCode());
    assertEquals(code, unknown.code(), "the code received is kept");
    assertSame(KhipuErrorType.DO_NOT_RETRY, unknown.type());
    assertEquals(RetryAdvice.never(), unknown.retry());
  }

  @Test
  void noCodeAtAllGivesTheUnknownException() {
    KhipuException e = KhipuMatcher.toException(ErrorReport.builder().httpStatus(500).body(BODY).build());
    assertInstanceOf(KhipuUnknownException.class, e);
    assertEquals(RetryAdvice.never(), e.retry());
    assertEquals(500, e.httpStatus());
    assertEquals("(no code) DO_NOT_RETRY (HTTP 500)", e.getMessage());
  }

  @Test
  void anUnknownCodeStillTakesTheResponsesTypeAndRetryAfter() {
    KhipuException typed = KhipuMatcher.toException(
        ErrorReport.builder().code("Z999").type("RETRY_IMMEDIATELY").build());
    assertInstanceOf(KhipuUnknownException.class, typed);
    assertEquals(RetryAdvice.immediately(), typed.retry());

    KhipuException delayed = KhipuMatcher.toException(
        ErrorReport.builder().code("Z999").retryAfter(Duration.ofSeconds(9)).build());
    assertEquals(RetryAdvice.after(Duration.ofSeconds(9)), delayed.retry());
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
    assertSame(expected, e.getClass());
    assertSame(KhipuMatcher.match(code), e.errorCode());
    assertSame(e.errorCode().type(), e.type());
    assertEquals(code, e.code());
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
    assertTrue(KhipuException.class.isSealed());
    assertTrue(Modifier.isAbstract(KhipuException.class.getModifiers()));
    assertSame(CatalogException.class, KhipuException.class.getSuperclass());
    assertEquals(14, CODE_CLASSES.size());
    Set<Class<?>> expected = Stream.concat(CODE_CLASSES.stream(), Stream.of(KhipuUnknownException.class))
        .collect(Collectors.toSet());
    Class<?>[] permitted = KhipuException.class.getPermittedSubclasses();
    assertEquals(15, permitted.length);
    assertEquals(expected, Set.of(permitted));
  }

  @Test
  void everyGeneratedExceptionIsFinalAndSerializable() throws ReflectiveOperationException {
    for (Class<?> type : KhipuException.class.getPermittedSubclasses()) {
      assertTrue(Modifier.isFinal(type.getModifiers()), type + " is final");
      assertSerialVersionUid(type);
    }
    assertSerialVersionUid(KhipuException.class);
  }

  private static void assertSerialVersionUid(Class<?> type) throws ReflectiveOperationException {
    assertTrue(Serializable.class.isAssignableFrom(type), type + " is Serializable");
    Field uid = type.getDeclaredField("serialVersionUID");
    int modifiers = uid.getModifiers();
    assertTrue(Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers), uid + " is static final");
    assertSame(long.class, uid.getType(), uid + " is a long");
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
    assertEquals("logon E105 LOGON", handled);
  }

  @Test
  void everyExceptionCanBeHandledByItsType() {
    // What a Java 21 pattern switch does without default, written for Java 17.
    for (Class<?> type : KhipuException.class.getPermittedSubclasses()) {
      assertTrue(KhipuException.class.isAssignableFrom(type), type.toString());
    }
    KhipuException e = KhipuMatcher.toException(report("T000"));
    String advice;
    if (e instanceof KhipuTimeoutException timeout && timeout.retry().isRetryable()) {
      advice = "retry " + timeout.retry();
    } else {
      advice = "give up";
    }
    assertEquals("retry immediately", advice);
  }

  @Test
  void serverSideExactCode() {
    KhipuAuthenticationException e = new KhipuAuthenticationException();
    assertEquals("A000", e.code());
    assertSame(KhipuErrorCode.AUTHENTICATION, e.errorCode());
    assertSame(KhipuErrorType.DO_NOT_RETRY, e.type());
    assertEquals(RetryAdvice.never(), e.retry());
    assertEquals(401, e.httpStatus());
    assertEquals(KhipuErrorCode.AUTHENTICATION.description(), e.description());
    assertTrue(e.getMessage().contains(
        "Authentication error. There is a problem with the JWT token (it is either expired, revoked or invalid)."),
        e.getMessage());
    assertEquals("A000 DO_NOT_RETRY: " + KhipuErrorCode.AUTHENTICATION.description() + " (HTTP 401)",
        e.getMessage());
    assertEquals(ErrorReport.ofCode("A000"), e.report());
  }

  @Test
  void serverSideRangeCode() {
    KhipuLogonException e = new KhipuLogonException("E105");
    assertEquals("E105", e.code());
    assertSame(KhipuErrorCode.LOGON, e.errorCode());
    assertSame(KhipuErrorType.DO_NOT_RETRY, e.type());
    assertEquals(0, e.httpStatus());
    assertEquals("E105 DO_NOT_RETRY: " + KhipuErrorCode.LOGON.description(), e.getMessage());
  }

  @Test
  void serverSideRangeCodeAcceptsTheEdges() {
    assertEquals("E100", new KhipuLogonException("E100").code());
    assertEquals("E199", new KhipuLogonException("E199").code());
    assertEquals("I003", new KhipuInfrastructureException("I003").code());
  }

  @ParameterizedTest
  @ValueSource(strings = {"E205", "E099", "E200", "E1050", "e105", "E100..E199", ""})
  void serverSideRangeCodeRejectsCodesOutsideIt(String code) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new KhipuLogonException(code));
    assertEquals(code + " is not a code of LOGON (E100..E199)", e.getMessage());
  }

  @Test
  void serverSideRangeCodeRejectsNull() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new KhipuLogonException((String) null));
    assertTrue(e.getMessage().contains("LOGON (E100..E199)"), e.getMessage());
  }

  @Test
  void serverSideWildcardCode() {
    assertEquals("E250", new KhipuTargetUnavailableException("E250").code());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> new KhipuTargetUnavailableException("E305"));
    assertEquals("E305 is not a code of TARGET_UNAVAILABLE (E2xx)", e.getMessage());
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
    assertEquals("E105", logon.code());
    assertSame(KhipuErrorCode.LOGON, logon.errorCode());
    assertSame(KhipuErrorType.RETRY_IMMEDIATELY, logon.type());
    assertEquals(RetryAdvice.after(Duration.ofSeconds(7)), logon.retry());
    assertEquals(report, logon.report());
    assertArrayEquals(BODY, logon.report().body());
    assertEquals("demobank", logon.attribute("bank"));
    assertEquals(original.getMessage(), logon.getMessage());
  }

  @Test
  void serializationOfEveryClass() throws IOException, ClassNotFoundException {
    for (String code : new String[] {"A000", "E150", "E201", "E999", "I002", "X000"}) {
      KhipuException original = KhipuMatcher.toException(report(code));
      KhipuException copy = roundTrip(original);
      assertSame(original.getClass(), copy.getClass(), code);
      assertSame(original.errorCode(), copy.errorCode(), code);
      assertEquals(code, copy.code());
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
    assertSame(KhipuErrorCode.class, KhipuException.class.getMethod("errorCode").getReturnType());
    assertSame(KhipuErrorType.class, KhipuException.class.getMethod("type").getReturnType());
    assertEquals(
        Set.of(),
        Arrays.stream(KhipuException.class.getPermittedSubclasses())
            .filter(c -> !Modifier.isPublic(c.getModifiers()))
            .collect(Collectors.toSet()),
        "every exception class is public");
  }
}
