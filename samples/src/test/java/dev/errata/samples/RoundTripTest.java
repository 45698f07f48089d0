package dev.errata.samples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.EncodedError;
import dev.errata.catalog.EnvelopeFormat;
import dev.errata.catalog.ErrorCode;
import dev.errata.catalog.ErrorReport;
import dev.errata.catalog.Outcome;
import dev.errata.catalog.RetryAdvice;
import dev.errata.samples.google.GoogleErrorCode;
import dev.errata.samples.google.GoogleException;
import dev.errata.samples.google.GoogleMatcher;
import dev.errata.samples.keybank.KeyBankErrorCode;
import dev.errata.samples.keybank.KeyBankException;
import dev.errata.samples.keybank.KeyBankMatcher;
import dev.errata.samples.khipu.KhipuErrorCode;
import dev.errata.samples.khipu.KhipuErrorType;
import dev.errata.samples.khipu.KhipuException;
import dev.errata.samples.khipu.KhipuFailureErrorCode;
import dev.errata.samples.khipu.KhipuFailureException;
import dev.errata.samples.khipu.KhipuFailureMatcher;
import dev.errata.samples.khipu.KhipuHttpErrorCode;
import dev.errata.samples.khipu.KhipuHttpException;
import dev.errata.samples.khipu.KhipuHttpMatcher;
import dev.errata.samples.khipu.KhipuMatcher;
import dev.errata.samples.slack.SlackErrorCode;
import dev.errata.samples.slack.SlackException;
import dev.errata.samples.slack.SlackMatcher;
import dev.errata.samples.store.StoreErrorCode;
import dev.errata.samples.store.StoreException;
import dev.errata.samples.store.StoreMatcher;
import dev.errata.samples.stripe.StripeErrorCode;
import dev.errata.samples.stripe.StripeException;
import dev.errata.samples.stripe.StripeMatcher;
import dev.errata.samples.twilio.TwilioErrorCode;
import dev.errata.samples.twilio.TwilioException;
import dev.errata.samples.twilio.TwilioMatcher;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Server side, then client side: for every entry of the sample catalogs, an exception built as a
 * server builds it is encoded with the matcher's {@code encode} and decoded with its {@code decode},
 * and must come back equal: same class, entry, received code, type, retry advice, description,
 * correlation id and attributes.
 *
 * <p>What a round trip means for an entry whose type is a <em>success</em> (KeyBank 200, Khipu HTTP
 * 200 and 202): the generator gives it an exception class like any entry, but what a server sends for
 * it is a success, so it decodes as {@link Decoded.Success}, not as an exception. The round trip then
 * keeps what a success carries: the HTTP status (which is the code in those catalogs), the body's
 * success status, the correlation id and the attributes.
 */
class RoundTripTest {

  /** A generated matcher's {@code decode(status, body, headers)}. */
  @FunctionalInterface
  private interface Decoder<E extends CatalogException> {
    Decoded<E> decode(int httpStatus, byte[] body, Map<String, List<String>> headers);
  }

  /** One sample catalog, through its generated matcher. */
  private record Catalog<E extends CatalogException>(
      String name,
      String javaPackage,
      ErrorCode[] entries,
      Function<String, ErrorCode> match,
      Function<ErrorReport, E> toException,
      Function<E, EncodedError> encode,
      Decoder<E> decode,
      EnvelopeFormat format,
      String unknownCode,
      Class<E> base) {

    @Override
    public String toString() {
      return name;
    }
  }

  private static final Catalog<KhipuException> KHIPU = new Catalog<>("Khipu", "dev.errata.samples.khipu",
      KhipuErrorCode.values(), KhipuMatcher::match, KhipuMatcher::toException, KhipuMatcher::encode,
      KhipuMatcher::decode, KhipuMatcher.codec().format(), "Z999", KhipuException.class);

  private static final Catalog<KhipuFailureException> KHIPU_FAILURE = new Catalog<>("KhipuFailure",
      "dev.errata.samples.khipu", KhipuFailureErrorCode.values(), KhipuFailureMatcher::match,
      KhipuFailureMatcher::toException, KhipuFailureMatcher::encode, KhipuFailureMatcher::decode,
      KhipuFailureMatcher.codec().format(), "SOMETHING_NEW", KhipuFailureException.class);

  private static final Catalog<KhipuHttpException> KHIPU_HTTP = new Catalog<>("KhipuHttp",
      "dev.errata.samples.khipu", KhipuHttpErrorCode.values(), KhipuHttpMatcher::match,
      KhipuHttpMatcher::toException, KhipuHttpMatcher::encode, KhipuHttpMatcher::decode,
      KhipuHttpMatcher.codec().format(), "302", KhipuHttpException.class);

  private static final Catalog<KeyBankException> KEY_BANK = new Catalog<>("KeyBank",
      "dev.errata.samples.keybank", KeyBankErrorCode.values(), KeyBankMatcher::match,
      KeyBankMatcher::toException, KeyBankMatcher::encode, KeyBankMatcher::decode,
      KeyBankMatcher.codec().format(), "302", KeyBankException.class);

  private static final Catalog<SlackException> SLACK = new Catalog<>("Slack", "dev.errata.samples.slack",
      SlackErrorCode.values(), SlackMatcher::match, SlackMatcher::toException, SlackMatcher::encode,
      SlackMatcher::decode, SlackMatcher.codec().format(), "something_new", SlackException.class);

  private static final Catalog<StripeException> STRIPE = new Catalog<>("Stripe", "dev.errata.samples.stripe",
      StripeErrorCode.values(), StripeMatcher::match, StripeMatcher::toException, StripeMatcher::encode,
      StripeMatcher::decode, StripeMatcher.codec().format(), "something_new", StripeException.class);

  private static final Catalog<GoogleException> GOOGLE = new Catalog<>("Google", "dev.errata.samples.google",
      GoogleErrorCode.values(), GoogleMatcher::match, GoogleMatcher::toException, GoogleMatcher::encode,
      GoogleMatcher::decode, GoogleMatcher.codec().format(), "QUOTA_GONE", GoogleException.class);

  private static final Catalog<TwilioException> TWILIO = new Catalog<>("Twilio", "dev.errata.samples.twilio",
      TwilioErrorCode.values(), TwilioMatcher::match, TwilioMatcher::toException, TwilioMatcher::encode,
      TwilioMatcher::decode, TwilioMatcher.codec().format(), "99999", TwilioException.class);

  private static final Catalog<StoreException> STORE = new Catalog<>("Store", "dev.errata.samples.store",
      StoreErrorCode.values(), StoreMatcher::match, StoreMatcher::toException, StoreMatcher::encode,
      StoreMatcher::decode, StoreMatcher.codec().format(), "something-new", StoreException.class);

  private static final List<Catalog<?>> CATALOGS =
      List.of(KHIPU, KHIPU_FAILURE, KHIPU_HTTP, KEY_BANK, SLACK, STRIPE, GOOGLE, TWILIO, STORE);

  /** The ServiceError object of KeyBank's exception schema, as the decoder keeps it: compact JSON. */
  private static final String SERVICE_ERROR =
      "{\"connectError\":null,\"detailMessage\":\"DS-1042: downstream refused the request\","
          + "\"serviceErrorData\":{\"accountId\":\"missing\"}}";

  // ---------------------------------------------------------------------------------------------
  // Codes to send: each exact code; for a range or wildcard, the first and last codes inside it that
  // are its own (an exact code inside a range, such as KeyBank's 400 in 4xx, belongs to the exact one).

  /** Every code a range ({@code A..B}) or wildcard ({@code x} a digit, {@code *} a letter or digit) holds. */
  static List<String> expand(String pattern) {
    List<String> codes = new ArrayList<>();
    int dots = pattern.indexOf("..");
    if (dots >= 0) {
      String from = pattern.substring(0, dots);
      String to = pattern.substring(dots + 2);
      int digits = 0;
      while (digits < from.length() && Character.isDigit(from.charAt(from.length() - 1 - digits))) {
        digits++;
      }
      String prefix = from.substring(0, from.length() - digits);
      assertWithMessage("%s", pattern).that(to.startsWith(prefix) && to.length() == from.length()).isTrue();
      long low = Long.parseLong(from.substring(prefix.length()));
      long high = Long.parseLong(to.substring(prefix.length()));
      for (long n = low; n <= high; n++) {
        codes.add(prefix + String.format(Locale.ROOT, "%0" + digits + "d", n));
      }
      return codes;
    }
    expandWildcard(pattern, 0, new StringBuilder(), codes);
    return codes;
  }

  private static void expandWildcard(String pattern, int at, StringBuilder code, List<String> codes) {
    if (at == pattern.length()) {
      codes.add(code.toString());
      return;
    }
    char c = pattern.charAt(at);
    String choices = c == 'x' ? "0123456789" : c == '*' ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" : String.valueOf(c);
    for (char choice : choices.toCharArray()) {
      code.append(choice);
      expandWildcard(pattern, at + 1, code, codes);
      code.setLength(code.length() - 1);
    }
  }

  /** The codes of {@code entry} that are its own, in order. */
  private static List<String> ownCodes(Catalog<?> catalog, ErrorCode entry) {
    if (entry.isUnknown()) {
      return List.of(catalog.unknownCode());
    }
    if (!entry.isRange()) {
      return List.of(entry.code());
    }
    return expand(entry.code()).stream().filter(code -> catalog.match().apply(code) == entry).toList();
  }

  /** One code to round-trip. */
  private record Case(Catalog<?> catalog, ErrorCode entry, String code) {
    @Override
    public String toString() {
      return catalog.name() + " " + ((Enum<?>) entry).name() + " " + code;
    }
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (Catalog<?> catalog : CATALOGS) {
      for (ErrorCode entry : catalog.entries()) {
        List<String> codes = ownCodes(catalog, entry);
        assertWithMessage("%s", entry + " holds no code of its own").that(codes).isNotEmpty();
        cases.add(new Case(catalog, entry, codes.get(0)));
        if (codes.size() > 1) {
          cases.add(new Case(catalog, entry, codes.get(codes.size() - 1)));
        }
      }
    }
    return cases.stream();
  }

  static Stream<Case> failureCases() {
    return cases().filter(c -> outcome(c.entry()) != Outcome.SUCCESS);
  }

  static Stream<Case> successCases() {
    return cases().filter(c -> outcome(c.entry()) == Outcome.SUCCESS);
  }

  private static Outcome outcome(ErrorCode entry) {
    return entry.type() == null ? Outcome.FAILURE : entry.type().outcome();
  }

  @Test
  void everyEntryOfEveryCatalogIsCovered() {
    for (Catalog<?> catalog : CATALOGS) {
      for (ErrorCode entry : catalog.entries()) {
        assertWithMessage("%s", entry).that(cases().anyMatch(c -> c.catalog() == catalog && c.entry() == entry)).isTrue();
      }
    }
    assertWithMessage("KeyBank 200, Khipu HTTP 200 and 202, Google OK").that(successCases().count()).isEqualTo(4);
  }

  // ---------------------------------------------------------------------------------------------
  // Building the exception as a server does

  /** The generated class of an entry: catalog name, the entry's name in upper camel case, "Exception". */
  private static <E extends CatalogException> Class<? extends E> exceptionClass(Catalog<E> catalog, ErrorCode entry) {
    StringBuilder simpleName = new StringBuilder(catalog.name());
    for (String word : ((Enum<?>) entry).name().split("_")) {
      simpleName.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
    }
    simpleName.append("Exception");
    try {
      return Class.forName(catalog.javaPackage() + "." + simpleName).asSubclass(catalog.base());
    } catch (ClassNotFoundException e) {
      return fail("no generated class " + simpleName, e);
    }
  }

  /** The generated constructor a server calls: no arguments for an exact code, the code for a range. */
  private static <E extends CatalogException> E construct(Catalog<E> catalog, ErrorCode entry, String code) {
    Class<? extends E> type = exceptionClass(catalog, entry);
    try {
      if (entry.isRange()) {
        Constructor<? extends E> constructor = type.getConstructor(String.class);
        return constructor.newInstance(code);
      }
      Constructor<? extends E> constructor = type.getConstructor();
      return constructor.newInstance();
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException thrown) {
        throw thrown;
      }
      return fail("the constructor of " + type.getSimpleName() + " threw", e.getCause());
    } catch (ReflectiveOperationException e) {
      return fail("no server-side constructor on " + type.getSimpleName(), e);
    }
  }

  /** A report as a server fills it: the code, a correlation id, and every attribute and field the envelope carries. */
  private static ErrorReport serverReport(Catalog<?> catalog, String code, boolean withDescription) {
    ErrorReport.Builder report = ErrorReport.builder().code(code);
    if (!catalog.format().correlationId().isEmpty() || !catalog.format().correlationIdHeader().isEmpty()) {
      // Only an envelope with a place for it carries a correlation id (Slack's, Google's have none).
      report.correlationId("corr-" + code);
    }
    if (withDescription && !catalog.format().description().isEmpty()) {
      report.description("What happened to this request (" + code + "), in the server's words; ñ, 😀, \"quoted\".");
    }
    for (String name : catalog.format().attributes().keySet()) {
      report.attribute(name, name.equals("serviceError") ? SERVICE_ERROR : name + " of " + code);
    }
    return report.build();
  }

  // ---------------------------------------------------------------------------------------------
  // The round trips

  private static Map<String, List<String>> headerLists(EncodedError encoded) {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    encoded.headers().forEach((name, value) -> headers.put(name, List.of(value)));
    return headers;
  }

  private static <E extends CatalogException> Decoded<E> send(Catalog<E> catalog, E exception) {
    EncodedError encoded = catalog.encode().apply(exception);
    assertThat(encoded.headers().get("Content-Type")).isEqualTo(catalog.format().isProblemDetails() ? "application/problem+json" : "application/json");
    Decoded<E> decoded = catalog.decode().decode(encoded.httpStatus(), encoded.body(), headerLists(encoded));
    assertWithMessage("the raw body is kept").that(decoded.report().body()).isEqualTo(encoded.body());
    assertThat(decoded.report().httpStatus()).isEqualTo(encoded.httpStatus());
    assertWithMessage("%s", "the encoded body is read in full: " + encoded).that(decoded.report().problem()).isNull();
    if (exception.httpStatus() != 0) {
      assertWithMessage("the status the exception declares is sent").that(encoded.httpStatus()).isEqualTo(exception.httpStatus());
    }
    return decoded;
  }

  /** The decoded exception equals the sent one, in every respect a client sees. */
  private static <E extends CatalogException> void assertSameError(E sent, Decoded<E> decoded) {
    Outcome outcome = sent.type() == null ? Outcome.FAILURE : sent.type().outcome();
    E received = outcome == Outcome.WARNING
        ? DecodedAssertions.assertWarning(decoded)
        : DecodedAssertions.assertFailure(decoded);
    assertThat(received.getClass()).isSameInstanceAs(sent.getClass());
    assertThat(received.errorCode()).isSameInstanceAs(sent.errorCode());
    assertThat(received.code()).isEqualTo(sent.code());
    assertThat(received.type()).isSameInstanceAs(sent.type());
    assertThat(received.retry()).isEqualTo(sent.retry());
    assertThat(received.description()).isEqualTo(sent.description());
    assertThat(received.correlationId()).isEqualTo(sent.correlationId());
    assertThat(received.attributes()).isEqualTo(sent.attributes());
    assertThat(received.getMessage().replaceAll(" \\(HTTP \\d+\\)$", "")).isEqualTo(sent.getMessage().replaceAll(" \\(HTTP \\d+\\)$", ""));
  }

  /** The generated constructors: no-arg for an exact code, {@code (String code)} for a range or wildcard. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("failureCases")
  void generatedConstructor(Case c) {
    if (c.entry().isUnknown()) {
      return; // The unknown exception has no server-side constructor: a server raises declared codes.
    }
    roundTripConstructed(c.catalog(), c);
  }

  private static <E extends CatalogException> void roundTripConstructed(Catalog<E> catalog, Case c) {
    E sent = construct(catalog, c.entry(), c.code());
    assertThat(sent.code()).isEqualTo(c.code());
    assertThat(sent.errorCode()).isSameInstanceAs(c.entry());
    assertThat(sent.httpStatus()).isEqualTo(c.entry().httpStatus());
    assertThat(sent.correlationId()).isNull();
    assertSameError(sent, send(catalog, sent));
  }

  /** {@code Matcher.toException} of a report with a correlation id, attributes and a description. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("failureCases")
  void toExceptionOfAServersReport(Case c) {
    roundTripReported(c.catalog(), c, true);
    roundTripReported(c.catalog(), c, false);
  }

  private static <E extends CatalogException> void roundTripReported(Catalog<E> catalog, Case c,
      boolean withDescription) {
    if (c.code().isEmpty()) {
      return; // An entry of HTTP statuses alone (Stripe's 401) has no code to report: generatedConstructor sends it.
    }
    E sent = catalog.toException().apply(serverReport(catalog, c.code(), withDescription));
    assertThat(sent.errorCode()).isSameInstanceAs(c.entry());
    assertThat(sent.correlationId()).isEqualTo(sent.report().correlationId() == null ? null : "corr-" + c.code());
    assertSameError(sent, send(catalog, sent));
  }

  /** A delay the server asks for (its report's retryAfter) goes out as Retry-After and comes back. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("failureCases")
  void aServersRetryAfter(Case c) {
    roundTripRetryAfter(c.catalog(), c);
  }

  private static <E extends CatalogException> void roundTripRetryAfter(Catalog<E> catalog, Case c) {
    if (c.code().isEmpty()) {
      return; // An entry of HTTP statuses alone has no code to report.
    }
    E sent = catalog.toException().apply(serverReport(catalog, c.code(), true).toBuilder()
        .retryAfter(Duration.ofSeconds(90)).build());
    assertThat(sent.retry()).isEqualTo(RetryAdvice.after(Duration.ofSeconds(90)));
    EncodedError encoded = catalog.encode().apply(sent);
    assertThat(encoded.headers().get("Retry-After")).isEqualTo("90");
    assertSameError(sent, send(catalog, sent));
  }

  /** Every code of every range and wildcard, not only the ends. */
  @Test
  void everyCodeOfEveryRange() {
    int codes = 0;
    for (Catalog<?> catalog : CATALOGS) {
      codes += everyCodeOfEveryRange(catalog);
    }
    assertWithMessage("%s", "codes: " + codes).that(codes > 600).isTrue();
  }

  private static <E extends CatalogException> int everyCodeOfEveryRange(Catalog<E> catalog) {
    int codes = 0;
    for (ErrorCode entry : catalog.entries()) {
      if (!entry.isRange()) {
        continue;
      }
      for (String code : ownCodes(catalog, entry)) {
        E sent = construct(catalog, entry, code);
        assertSameError(sent, send(catalog, sent));
        codes++;
      }
    }
    return codes;
  }

  /** A range's constructor refuses a code outside it: a server cannot send E305 as TARGET_UNAVAILABLE. */
  @Test
  void aRangeConstructorRefusesACodeThatIsNotItsOwn() {
    assertThrows(IllegalArgumentException.class, () -> construct(KHIPU, KhipuErrorCode.TARGET_UNAVAILABLE, "E305"));
    // 400 is in 4xx, but it is MISSING_INFORMATION's.
    assertThrows(IllegalArgumentException.class,
        () -> new dev.errata.samples.keybank.KeyBankOtherClientErrorException("400"));
  }

  /**
   * Khipu's envelope carries the type: a type the server names for this one response (E150 to retry
   * at once, though LOGON says never) goes out and comes back, Retry-After included for a waiting type.
   */
  @Test
  void aKhipuResponsesOwnTypeGoesOutAndComesBack() {
    for (KhipuErrorType type : KhipuErrorType.values()) {
      KhipuException sent = KhipuMatcher.toException(serverReport(KHIPU, "E150", true).toBuilder()
          .type(type.name()).build());
      assertThat(sent.type()).isSameInstanceAs(type);
      assertSameError(sent, send(KHIPU, sent));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Success-type entries

  @ParameterizedTest(name = "{0}")
  @MethodSource("successCases")
  void aSuccessEntryGoesOutAsASuccess(Case c) {
    roundTripSuccess(c.catalog(), c);
  }

  private static <E extends CatalogException> void roundTripSuccess(Catalog<E> catalog, Case c) {
    for (E sent : List.of(construct(catalog, c.entry(), c.code()),
        catalog.toException().apply(serverReport(catalog, c.code(), true)))) {
      EncodedError encoded = catalog.encode().apply(sent);
      assertThat(encoded.httpStatus()).isEqualTo(c.entry().httpStatus());
      assertThat(encoded.headers().containsKey("Retry-After")).isFalse();

      ErrorReport received = DecodedAssertions.assertSuccess(send(catalog, sent));

      assertThat(received.bodyStatus()).isEqualTo(catalog.format().status().isEmpty() ? null : catalog.format().successStatus());
      assertWithMessage("the code is the HTTP status").that(received.code()).isEqualTo(sent.code());
      assertThat(received.correlationId()).isEqualTo(sent.correlationId());
      assertThat(received.attributes()).isEqualTo(sent.attributes());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // What goes on the wire: the envelopes of the seeds

  /** Khipu's envelope, as in the docs' example: Error.Code/Type/Description, Status and OperationId. */
  @Test
  void khipuOnTheWire() {
    KhipuException e = KhipuMatcher.toException(ErrorReport.builder().code("E201")
        .correlationId("6baf6c19-e485-463b-ae24-a821b025c8a4")
        .description("The target service used for data extraction is not available.").build());

    EncodedError encoded = KhipuMatcher.encode(e);

    assertThat(encoded.httpStatus()).isEqualTo(200);
    assertThat(encoded.headers()).isEqualTo(Map.of("Content-Type", "application/json"));
    assertThat(encoded.bodyText()).isEqualTo("{\"Error\":{\"Code\":\"E201\",\"Type\":\"RETRY_IMMEDIATELY\","
        + "\"Description\":\"The target service used for data extraction is not available.\"},"
        + "\"Status\":\"ERROR\",\"OperationId\":\"6baf6c19-e485-463b-ae24-a821b025c8a4\"}");
  }

  /** Khipu's FailureReason envelope: FailureReason, Message, Status, OperationId; a waiting reason adds Retry-After. */
  @Test
  void khipuFailureOnTheWire() {
    KhipuFailureException e = KhipuFailureMatcher.toException(ErrorReport.builder().code("TASK_DUMPED")
        .correlationId("op-1").description("Unexpected scenario").build());

    EncodedError encoded = KhipuFailureMatcher.encode(e);

    assertThat(encoded.httpStatus()).isEqualTo(200);
    assertThat(encoded.headers().get("Retry-After")).isEqualTo("14400");
    assertThat(encoded.bodyText()).isEqualTo("{\"FailureReason\":\"TASK_DUMPED\",\"Message\":\"Unexpected scenario\","
        + "\"Status\":\"ERROR\",\"OperationId\":\"op-1\"}");
  }

  /** Khipu's HTTP statuses: the status is the code; the body says only Status (and OperationId). */
  @Test
  void khipuHttpOnTheWire() {
    EncodedError notFound = KhipuHttpMatcher.encode(new dev.errata.samples.khipu.KhipuHttpNotFoundException());
    assertThat(notFound.httpStatus()).isEqualTo(404);
    assertThat(notFound.bodyText()).isEqualTo("{\"Status\":\"ERROR\"}");

    EncodedError accepted = KhipuHttpMatcher.encode(new dev.errata.samples.khipu.KhipuHttpAcceptedException());
    assertThat(accepted.httpStatus()).isEqualTo(202);
    assertThat(accepted.bodyText()).isEqualTo("{\"Status\":\"OK\"}");
  }

  /**
   * KeyBank's "Standard error format": ErrorMessage, X-CorrelationId, TransactionId, TransactionTime as
   * strings and ServiceError as an object, as the docs give it; the status is the code, and the body's
   * responseHeader.status says F.
   */
  @Test
  void keyBankOnTheWire() {
    KeyBankException e = KeyBankMatcher.toException(ErrorReport.builder().code("503")
        .description("Maintenance")
        .correlationId("corr-1")
        .attribute("transactionId", "T1")
        .attribute("transactionTime", "2024-03-13T10:15:30Z")
        .attribute("serviceError", SERVICE_ERROR)
        .build());

    EncodedError encoded = KeyBankMatcher.encode(e);

    assertThat(encoded.httpStatus()).isEqualTo(503);
    assertThat(encoded.headers().get("Retry-After")).isEqualTo("60");
    assertThat(encoded.bodyText()).isEqualTo("{\"ErrorMessage\":\"Maintenance\",\"responseHeader\":{\"status\":\"F\"},"
        + "\"X-CorrelationId\":\"corr-1\",\"TransactionId\":\"T1\","
        + "\"TransactionTime\":\"2024-03-13T10:15:30Z\",\"ServiceError\":" + SERVICE_ERROR + "}");
  }

  /** A warning goes out under 299 with status W, its statusDescription beside it. */
  @Test
  void keyBankWarningOnTheWire() {
    KeyBankException e = KeyBankMatcher.toException(ErrorReport.builder().code("299")
        .attribute("statusDescription", "Partial results").build());

    EncodedError encoded = KeyBankMatcher.encode(e);

    assertThat(encoded.httpStatus()).isEqualTo(299);
    assertThat(encoded.headers().containsKey("Retry-After")).isFalse();
    assertThat(encoded.bodyText()).contains("\"responseHeader\":{\"status\":\"W\",\"statusDescription\":\"Partial results\"}");
  }

  /**
   * The decoder keeps an object attribute as compact JSON text; exactly that text goes back out as the
   * object, so a ServiceError survives the round trip as an object. Any other text, JSON with spaces
   * included, stays a string: turning it into an object would come back as different text.
   */
  @Test
  void keyBankServiceErrorTextOnTheWire() {
    KeyBankException compact = KeyBankMatcher.toException(ErrorReport.builder().code("500")
        .attribute("serviceError", "{\"connectError\":\"refused\"}").build());
    EncodedError encoded = KeyBankMatcher.encode(compact);
    assertThat(encoded.bodyText()).contains("\"ServiceError\":{\"connectError\":\"refused\"}");
    assertSameError(compact, send(KEY_BANK, compact));

    KeyBankException spaced = KeyBankMatcher.toException(ErrorReport.builder().code("500")
        .attribute("serviceError", " { \"connectError\" : \"refused\" } ").build());
    assertThat(KeyBankMatcher.encode(spaced).bodyText()).contains("\"ServiceError\":\" { \\\"connectError\\\" : \\\"refused\\\" } \"");
    assertSameError(spaced, send(KEY_BANK, spaced));

    for (String text : List.of("{not json", "[1, 2", "{\"a\":1} and more", "plain", "\"quoted\"")) {
      KeyBankException sent = KeyBankMatcher.toException(ErrorReport.builder().code("500")
          .attribute("serviceError", text).build());
      assertSameError(sent, send(KEY_BANK, sent));
    }
  }
}
