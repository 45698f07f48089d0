package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errata.catalog.EnvelopeCodecTest.KEYBANK_EXCEPTION;
import static dev.errata.catalog.EnvelopeCodecTest.KHIPU_EXAMPLE;
import static dev.errata.catalog.EnvelopeCodecTest.failure;
import static dev.errata.catalog.EnvelopeCodecTest.success;
import static dev.errata.catalog.EnvelopeCodecTest.utf8;
import static dev.errata.catalog.EnvelopeCodecTest.warning;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.catalog.TestCatalog.KeyBankCode;
import dev.errata.catalog.TestCatalog.KhipuCode;
import dev.errata.catalog.TestCatalog.TestException;
import dev.errata.catalog.TestCatalog.Type;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EncodeTest {

  private static final EnvelopeCodec KHIPU = new EnvelopeCodec(TestCatalog.KHIPU);
  private static final EnvelopeCodec KEYBANK = new EnvelopeCodec(TestCatalog.KEYBANK);

  private static final String SERVICE_ERROR =
      "{\"connectError\":\"timeout\",\"detailMessage\":\"ACCT-042\",\"serviceErrorData\":[1,null,{\"a\":true}]}";

  private static TestException khipu(KhipuCode code, ErrorReport.Builder report) {
    return new TestException(code, report.build());
  }

  private static TestException keyBank(KeyBankCode code, ErrorReport.Builder report) {
    return new TestException(code, report.build());
  }

  private static ErrorReport.Builder code(String code) {
    return ErrorReport.builder().code(code);
  }

  private static Map<String, List<String>> asResponseHeaders(Map<String, String> headers) {
    Map<String, List<String>> response = new LinkedHashMap<>();
    headers.forEach((name, value) -> response.put(name, List.of(value)));
    return response;
  }

  // --- Khipu: the code in the body, a failure status, HTTP 200 when the code declares none.

  @Test
  void khipuBodyHasEveryFieldAtItsPointer() {
    EncodedError encoded = KHIPU.encode(khipu(KhipuCode.AUTHENTICATION, code("A000").correlationId("op-1")));
    assertThat(encoded.httpStatus()).isEqualTo(401);
    assertThat(encoded.bodyText()).isEqualTo("{\"Error\":{\"Code\":\"A000\",\"Type\":\"DO_NOT_RETRY\",\"Description\":\"Authentication error.\"},"
            + "\"Status\":\"ERROR\",\"OperationId\":\"op-1\"}");
    assertThat(encoded.headers()).isEqualTo(Map.of("Content-Type", "application/json"));
  }

  @Test
  void khipuRangeEntryWritesTheCodeReceivedAndTheDefaultStatus() {
    EncodedError encoded = KHIPU.encode(khipu(KhipuCode.TARGET_UNAVAILABLE, code("E201")));
    assertThat(encoded.httpStatus()).isEqualTo(200);
    assertThat(encoded.bodyText()).isEqualTo("{\"Error\":{\"Code\":\"E201\",\"Type\":\"RETRY_IMMEDIATELY\","
            + "\"Description\":\"The target service is unavailable.\"},\"Status\":\"ERROR\"}");
    assertThat(encoded.headers().containsKey("Retry-After")).isFalse();
  }

  @Test
  void khipuTypeNamedByTheResponseIsWritten() {
    EncodedError encoded = KHIPU.encode(
        khipu(KhipuCode.TARGET_UNAVAILABLE, code("E250").type("WAIT_4_HOURS_BEFORE_RETRY")));
    assertThat(encoded.bodyText()).contains("\"Type\":\"WAIT_4_HOURS_BEFORE_RETRY\"");
    assertThat(encoded.headers().get("Retry-After")).isEqualTo("14400");
  }

  @Test
  void aStatusReceivedWinsOverTheDeclaredOne() {
    TestException decoded = failure(KHIPU.decode(503, utf8(KHIPU_EXAMPLE), null, TestCatalog::khipuException));
    assertThat(KHIPU.encode(decoded).httpStatus()).isEqualTo(503);
    assertThat(KHIPU.encode(khipu(KhipuCode.AUTHENTICATION, code("A000").httpStatus(418))).httpStatus()).isEqualTo(418);
  }

  @Test
  void retryAfterForAWaitingType() {
    EncodedError encoded = KHIPU.encode(khipu(KhipuCode.DATA_PROCESSING, code("F000")));
    assertThat(encoded.httpStatus()).isEqualTo(200);
    assertThat(encoded.headers().get("Retry-After")).isEqualTo("14400");
    assertThat(encoded.headers().get("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void retryAfterIsInWholeSecondsRoundedUp() {
    assertThat(retryAfterHeader(Duration.ofMillis(1_500))).isEqualTo("2");
    assertThat(retryAfterHeader(Duration.ofNanos(1))).isEqualTo("1");
    assertThat(retryAfterHeader(Duration.ofSeconds(59, 1))).isEqualTo("60");
    assertThat(retryAfterHeader(Duration.ofSeconds(60))).isEqualTo("60");
    assertThat(retryAfterHeader(Duration.ofDays(1))).isEqualTo("86400");
    assertThat(retryAfterHeader(Duration.ZERO)).isNull();
  }

  private static String retryAfterHeader(Duration delay) {
    TestException error = khipu(KhipuCode.AUTHENTICATION, code("A000").retryAfter(delay));
    return KHIPU.encode(error).headers().get("Retry-After");
  }

  @Test
  void noRetryAfterForNeverOrImmediately() {
    assertThat(KHIPU.encode(khipu(KhipuCode.AUTHENTICATION, code("A000"))).headers().get("Retry-After")).isNull();
    assertThat(KHIPU.encode(khipu(KhipuCode.TARGET_UNAVAILABLE, code("E200"))).headers().get("Retry-After")).isNull();
  }

  @Test
  void absentValuesAreLeftOut() {
    // UNKNOWN without a description, code or correlation id: only what is known is written; an empty
    // code is no code (as for an entry of HTTP statuses alone), so it is left out too.
    EncodedError encoded = KHIPU.encode(khipu(KhipuCode.UNKNOWN, ErrorReport.builder()));
    assertThat(encoded.bodyText()).isEqualTo("{\"Error\":{\"Type\":\"DO_NOT_RETRY\"},\"Status\":\"ERROR\"}");
    assertThat(encoded.httpStatus()).isEqualTo(200);
  }

  @Test
  void valuesAreEscapedNotInjected() {
    String description = "\",\"Status\":\"OK\"}\n</script><script>alert(1)</script>\u0000\u2028\ud800";
    TestException error = khipu(KhipuCode.TARGET_UNAVAILABLE,
        code("E201\"}").description(description).correlationId("\r\nSet-Cookie: x=1"));
    EncodedError encoded = KHIPU.encode(error);

    TestException back = failure(KHIPU.decode(encoded.httpStatus(), encoded.body(),
        asResponseHeaders(encoded.headers()), TestCatalog::khipuException));
    assertThat(back.report().problem()).isNull();
    assertThat(back.report().bodyStatus()).isEqualTo("ERROR");
    assertThat(back.description()).isEqualTo(description);
    assertThat(back.code()).isEqualTo("E201\"}");
    assertThat(back.correlationId()).isEqualTo("\r\nSet-Cookie: x=1");
    assertThat(encoded.bodyText()).doesNotContain("\n");
  }

  // --- KeyBank: the HTTP status is the code; S/W/F in responseHeader.status.

  @Test
  void keyBankBodyHasEveryFieldAtItsPointerAndNoCode() {
    EncodedError encoded = KEYBANK.encode(keyBank(KeyBankCode.BAD_REQUEST, code("400")
        .correlationId("c-1")
        .attribute("transactionId", "TX-1")
        .attribute("transactionTime", "2024-03-13T10:15:30Z")
        .attribute("serviceError", SERVICE_ERROR)));
    assertThat(encoded.httpStatus()).isEqualTo(400);
    assertThat(encoded.bodyText()).isEqualTo("{\"ErrorMessage\":\"Request is missing required information.\",\"responseHeader\":{\"status\":\"F\"},"
            + "\"X-CorrelationId\":\"c-1\",\"TransactionId\":\"TX-1\",\"TransactionTime\":\"2024-03-13T10:15:30Z\","
            + "\"ServiceError\":" + SERVICE_ERROR + "}");
    assertThat(encoded.headers()).isEqualTo(Map.of("Content-Type", "application/json"));
  }

  @Test
  void keyBankServiceErrorDecodedIsWrittenBackAsAnObject() {
    TestException decoded = failure(KEYBANK.decode(400, utf8(KEYBANK_EXCEPTION), null,
        TestCatalog::keyBankException));
    EncodedError encoded = KEYBANK.encode(decoded);
    assertThat(encoded.bodyText()).contains("\"ServiceError\":{\"connectError\":\"none\"");
  }

  @Test
  void onlyAttributeTextThatIsCompactJsonOfAContainerIsWrittenAsJson() {
    EncodedError encoded = KEYBANK.encode(keyBank(KeyBankCode.BAD_REQUEST, code("400")
        .attribute("transactionId", "[1,2]")
        .attribute("transactionTime", "{ }")
        .attribute("serviceError", "{\"a\":1} trailing")));
    assertThat(encoded.bodyText()).isEqualTo("{\"ErrorMessage\":\"Request is missing required information.\",\"responseHeader\":{\"status\":\"F\"},"
            + "\"TransactionId\":[1,2],\"TransactionTime\":\"{ }\",\"ServiceError\":\"{\\\"a\\\":1} trailing\"}");
  }

  @Test
  void attributeJsonTooDeepToReadOrWriteStaysText() {
    String deep100 = "[".repeat(100) + "]".repeat(100);
    assertThat(KEYBANK.encode(keyBank(KeyBankCode.BAD_REQUEST, code("400").attribute("serviceError", deep100)))
        .bodyText()).contains("\"ServiceError\":\"[[[");

    // With limits raised past what the codec writes, the body's own nesting decides.
    EnvelopeCodec raised = KEYBANK.withLimits(new DecodeLimits(1 << 20, 5_000, 1 << 20, 100));
    for (int depth : new int[] {999, 1_000, 4_000}) {
      String text = "[".repeat(depth) + "]".repeat(depth);
      TestException error = keyBank(KeyBankCode.BAD_REQUEST, code("400").attribute("serviceError", text));
      EncodedError encoded = assertDoesNotThrow(() -> raised.encode(error), "depth " + depth);
      boolean asJson = encoded.bodyText().contains("\"ServiceError\":[");
      assertWithMessage("%s", "depth " + depth).that(asJson).isEqualTo(depth < 1_000);
      ErrorReport back = raised.read(encoded.httpStatus(), encoded.body(), null);
      assertWithMessage("%s", "depth " + depth).that(back.attribute("serviceError")).isEqualTo(text);
    }
  }

  @Test
  void keyBankStatusFromTheCodeWhenTheEntryDeclaresNone() {
    assertThat(KEYBANK.encode(keyBank(KeyBankCode.SERVER_ERROR, code("503"))).httpStatus()).isEqualTo(503);
    assertThat(KEYBANK.encode(keyBank(KeyBankCode.UNKNOWN, code("418"))).httpStatus()).isEqualTo(418);
    assertThat(KEYBANK.encode(keyBank(KeyBankCode.UNKNOWN, code("599"))).httpStatus()).isEqualTo(599);
    assertThat(KEYBANK.encode(keyBank(KeyBankCode.UNKNOWN, code("100"))).httpStatus()).isEqualTo(100);
  }

  @Test
  void keyBankDefaultStatusWhenTheCodeIsNoStatus() {
    for (String notAStatus : new String[] {"abc", "99", "600", "-400", "", " 404", "4O4", "99999999999"}) {
      assertWithMessage("%s", notAStatus).that(KEYBANK.encode(keyBank(KeyBankCode.UNKNOWN, code(notAStatus))).httpStatus()).isEqualTo(500);
    }
    assertThat(KEYBANK.encode(keyBank(KeyBankCode.UNKNOWN, ErrorReport.builder())).httpStatus()).isEqualTo(500);
  }

  @Test
  void keyBankWaitingTypeGetsRetryAfter() {
    EncodedError encoded = KEYBANK.encode(keyBank(KeyBankCode.TOO_MANY_REQUESTS, code("429")));
    assertThat(encoded.httpStatus()).isEqualTo(429);
    assertThat(encoded.headers().get("Retry-After")).isEqualTo("60");
  }

  @Test
  void keyBankWarningGetsTheWarningStatus() {
    EncodedError encoded = KEYBANK.encode(keyBank(KeyBankCode.WARNING, code("299")));
    assertThat(encoded.httpStatus()).isEqualTo(299);
    assertThat(encoded.bodyText()).isEqualTo("{\"ErrorMessage\":\"The transaction was not processed as expected.\",\"responseHeader\":{\"status\":\"W\"}}");
  }

  @Test
  void keyBankSuccessGetsTheSuccessStatus() {
    // A success-typed entry (KeyBank's 200) written as an error body must not claim failure.
    EncodedError encoded = KEYBANK.encode(keyBank(KeyBankCode.OK, code("200")));
    assertThat(encoded.httpStatus()).isEqualTo(200);
    assertThat(encoded.bodyText()).isEqualTo("{\"ErrorMessage\":\"The action was successful.\",\"responseHeader\":{\"status\":\"S\"}}");
  }

  @Test
  void unknownWithoutATypeIsAFailureWithoutType() {
    EncodedError encoded = KEYBANK.encode(keyBank(KeyBankCode.UNKNOWN, code("418")));
    assertThat(encoded.bodyText()).isEqualTo("{\"responseHeader\":{\"status\":\"F\"}}");
  }

  // --- Any layout.

  @Test
  void nestedObjectsAreCreatedAndShared() {
    EnvelopeFormat deep = EnvelopeFormat.builder()
        .code("/error/details/code")
        .description("/error/details/text")
        .type("/error/kind")
        .status("/meta/result/status")
        .failureStatus("failed")
        .correlationId("/meta/trace~1id")
        .attribute("where", "/error/details/at/path")
        .build();
    EncodedError encoded = new EnvelopeCodec(deep).encode(
        khipu(KhipuCode.AUTHENTICATION, code("A000").correlationId("t").attribute("where", "/v1/x")));
    assertThat(encoded.bodyText()).isEqualTo("{\"error\":{\"details\":{\"code\":\"A000\",\"text\":\"Authentication error.\",\"at\":{\"path\":\"/v1/x\"}},"
            + "\"kind\":\"DO_NOT_RETRY\"},\"meta\":{\"result\":{\"status\":\"failed\"},\"trace/id\":\"t\"}}");
  }

  @Test
  void aMemberComesWhereTheFirstFieldBelowItIsSet() {
    EnvelopeCodec codec = new EnvelopeCodec(EnvelopeFormat.builder()
        .code("/a/code").type("/b/type").description("/a/text").build());
    assertThat(codec.encode(khipu(KhipuCode.AUTHENTICATION, code("A000"))).bodyText())
        .isEqualTo("{\"a\":{\"code\":\"A000\",\"text\":\"Authentication error.\"},\"b\":{\"type\":\"DO_NOT_RETRY\"}}");
    // An empty code is left out: the type is then the first field set, and its object comes first.
    assertThat(codec.encode(khipu(KhipuCode.AUTHENTICATION, code(""))).bodyText())
        .isEqualTo("{\"b\":{\"type\":\"DO_NOT_RETRY\"},\"a\":{\"text\":\"Authentication error.\"}}");
  }

  @Test
  void aLaterFieldAtTheSamePointerReplacesTheValueInItsPlace() {
    EnvelopeCodec codec = new EnvelopeCodec(EnvelopeFormat.builder()
        .code("/c").type("/same").status("/s").failureStatus("F").description("/same").build());
    assertThat(codec.encode(khipu(KhipuCode.AUTHENTICATION, code("A000"))).bodyText())
        .isEqualTo("{\"c\":\"A000\",\"same\":\"Authentication error.\",\"s\":\"F\"}");
    EnvelopeCodec attribute = new EnvelopeCodec(EnvelopeFormat.builder()
        .code("/c").correlationId("/x").attribute("where", "/x").build());
    assertThat(attribute.encode(khipu(KhipuCode.AUTHENTICATION,
            code("A000").correlationId("t").attribute("where", "[1,2]"))).bodyText())
        .isEqualTo("{\"c\":\"A000\",\"x\":[1,2]}");
  }

  @Test
  void aPointerThroughAnotherFieldsValueReplacesItAsItIsSet() {
    // The code is set first, then the type's object replaces it.
    EnvelopeCodec objectLater = new EnvelopeCodec(EnvelopeFormat.builder()
        .code("/e").type("/e/t").description("/d").build());
    assertThat(objectLater.encode(khipu(KhipuCode.AUTHENTICATION, code("A000"))).bodyText())
        .isEqualTo("{\"e\":{\"t\":\"DO_NOT_RETRY\"},\"d\":\"Authentication error.\"}");
    // The type's object is set first, then the description replaces it.
    EnvelopeCodec valueLater = new EnvelopeCodec(EnvelopeFormat.builder()
        .code("/c").type("/e/t").description("/e").build());
    assertThat(valueLater.encode(khipu(KhipuCode.AUTHENTICATION, code("A000"))).bodyText())
        .isEqualTo("{\"c\":\"A000\",\"e\":\"Authentication error.\"}");
    // An attribute written as an object, then one whose pointer goes into it.
    EnvelopeCodec intoAttribute = new EnvelopeCodec(EnvelopeFormat.builder()
        .code("/c").attribute("obj", "/o").attribute("inner", "/o/x").build());
    assertThat(intoAttribute.encode(khipu(KhipuCode.AUTHENTICATION,
            code("A000").attribute("obj", "{\"a\":1}").attribute("inner", "v"))).bodyText())
        .isEqualTo("{\"c\":\"A000\",\"o\":{\"a\":1,\"x\":\"v\"}}");
  }

  @Test
  void aFormatWithNoFieldsWritesAnEmptyObject() {
    EncodedError encoded = new EnvelopeCodec(EnvelopeFormat.builder().build())
        .encode(khipu(KhipuCode.AUTHENTICATION, code("A000")));
    assertThat(encoded.bodyText()).isEqualTo("{}");
    assertThat(encoded.httpStatus()).isEqualTo(401);
  }

  @Test
  void encodedErrorIsImmutable() {
    EncodedError encoded = KHIPU.encode(khipu(KhipuCode.DATA_PROCESSING, code("F000")));
    byte[] body = encoded.body();
    body[0] = 'x';
    assertThat(encoded.body()).isEqualTo(utf8(encoded.bodyText()));
    assertThat(encoded.body()[0]).isEqualTo('{');
    assertThrows(UnsupportedOperationException.class, () -> encoded.headers().put("X", "y"));
    assertThat(encoded.toString()).startsWith("HTTP 200 ");
  }

  // --- decode(encode(e)) gives e back.

  record RoundTrip(String name, EnvelopeCodec codec, TestException error,
      Function<ErrorReport, TestException> toException) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<RoundTrip> everyEntry() {
    Function<ErrorReport, TestException> khipu = TestCatalog::khipuException;
    Function<ErrorReport, TestException> keyBank = TestCatalog::keyBankException;
    TestException decodedExample =
        failure(KHIPU.decode(503, utf8(KHIPU_EXAMPLE), null, TestCatalog::khipuException));
    TestException decodedKeyBank =
        failure(KEYBANK.decode(400, utf8(KEYBANK_EXCEPTION), null, TestCatalog::keyBankException));
    return Stream.of(
        new RoundTrip("Khipu AUTHENTICATION", KHIPU,
            khipu(KhipuCode.AUTHENTICATION, code("A000").correlationId("op-1")), khipu),
        new RoundTrip("Khipu TARGET_UNAVAILABLE E201", KHIPU,
            khipu(KhipuCode.TARGET_UNAVAILABLE, code("E201")), khipu),
        new RoundTrip("Khipu TARGET_UNAVAILABLE E299 named WAIT", KHIPU,
            khipu(KhipuCode.TARGET_UNAVAILABLE,
                code("E299").type("WAIT_4_HOURS_BEFORE_RETRY").description("down for maintenance")), khipu),
        new RoundTrip("Khipu DATA_PROCESSING", KHIPU, khipu(KhipuCode.DATA_PROCESSING, code("F000")), khipu),
        new RoundTrip("Khipu UNKNOWN Z999", KHIPU,
            khipu(KhipuCode.UNKNOWN, code("Z999").description("a code from the future")), khipu),
        new RoundTrip("Khipu UNKNOWN without a code", KHIPU, khipu(KhipuCode.UNKNOWN, ErrorReport.builder()), khipu),
        new RoundTrip("Khipu example, decoded", KHIPU, decodedExample, khipu),
        new RoundTrip("KeyBank WARNING", KEYBANK, keyBank(KeyBankCode.WARNING, code("299").correlationId("c")), keyBank),
        new RoundTrip("KeyBank BAD_REQUEST", KEYBANK, keyBank(KeyBankCode.BAD_REQUEST, code("400")
            .description("account number is required")
            .correlationId("c-1")
            .attribute("transactionId", "TX-1")
            .attribute("transactionTime", "2024-03-13T10:15:30Z")
            .attribute("serviceError", SERVICE_ERROR)), keyBank),
        new RoundTrip("KeyBank TOO_MANY_REQUESTS", KEYBANK,
            keyBank(KeyBankCode.TOO_MANY_REQUESTS, code("429")), keyBank),
        new RoundTrip("KeyBank SERVER_ERROR 500", KEYBANK, keyBank(KeyBankCode.SERVER_ERROR, code("500")), keyBank),
        new RoundTrip("KeyBank SERVER_ERROR 503", KEYBANK,
            keyBank(KeyBankCode.SERVER_ERROR, code("503").attribute("serviceError", "[\"db\",\"down\"]")), keyBank),
        new RoundTrip("KeyBank UNKNOWN 418", KEYBANK, keyBank(KeyBankCode.UNKNOWN, code("418")), keyBank),
        new RoundTrip("KeyBank exception schema, decoded", KEYBANK, decodedKeyBank, keyBank));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyEntry")
  void decodeOfEncodeGivesAnEqualException(RoundTrip roundTrip) {
    TestException original = roundTrip.error();
    EncodedError encoded = roundTrip.codec().encode(original);
    Decoded<TestException> decoded = roundTrip.codec().decode(encoded.httpStatus(), encoded.body(),
        asResponseHeaders(encoded.headers()), roundTrip.toException());
    TestException back = original.type() != null && original.type().outcome() == Outcome.WARNING
        ? warning(decoded)
        : failure(decoded);

    assertThat(back.getClass()).isSameInstanceAs(original.getClass());
    assertThat(back.errorCode()).isSameInstanceAs(original.errorCode());
    assertThat(back.code()).isEqualTo(original.code());
    assertThat(back.type()).isSameInstanceAs(original.type());
    assertThat(back.retry()).isEqualTo(original.retry());
    assertThat(back.description()).isEqualTo(original.description());
    assertThat(back.correlationId()).isEqualTo(original.correlationId());
    assertThat(back.attributes()).isEqualTo(original.attributes());
    assertThat(back.httpStatus()).isEqualTo(encoded.httpStatus());
    assertThat(back.getMessage().replaceAll(" \\(HTTP \\d+\\)$", "")).isEqualTo(original.getMessage().replaceAll(" \\(HTTP \\d+\\)$", ""));
    assertThat(back.report().problem()).isNull();
    assertThat(back.report().body()).isEqualTo(encoded.body());
  }

  @Test
  void aSuccessEntryComesBackAsASuccess() {
    TestException ok = keyBank(KeyBankCode.OK, code("200").correlationId("c").attribute("transactionId", "T"));
    EncodedError encoded = KEYBANK.encode(ok);
    ErrorReport report = success(KEYBANK.decode(encoded.httpStatus(), encoded.body(),
        asResponseHeaders(encoded.headers()), TestCatalog::keyBankException));
    assertThat(report.code()).isEqualTo("200");
    assertThat(report.bodyStatus()).isEqualTo("S");
    assertThat(report.correlationId()).isEqualTo("c");
    assertThat(report.description()).isEqualTo(ok.description());
    assertThat(report.attributes()).isEqualTo(Map.of("transactionId", "T"));
  }

  @Test
  void theRoundTripsCoverEveryEntryOfBothCatalogs() {
    Set<ErrorCode> covered = everyEntry().map(roundTrip -> roundTrip.error().errorCode()).collect(Collectors.toSet());
    covered.add(KeyBankCode.OK);
    Set<ErrorCode> all = Stream.concat(EnumSet.allOf(KhipuCode.class).stream(), EnumSet.allOf(KeyBankCode.class).stream())
        .collect(Collectors.toSet());
    assertThat(covered).isEqualTo(all);
    assertThat(KeyBankCode.OK.type()).isSameInstanceAs(Type.SUCCESSFUL);
  }
}
