package dev.errata.catalog;

import java.time.Duration;
import java.util.Locale;

/**
 * Two tiny catalogs written by hand in the shape the processor generates them (code enum, type enum,
 * exception, {@code toException}), so the codec is tested without the processor: a Khipu-like one whose
 * codes are in the body, and a KeyBank-like one whose codes are HTTP statuses.
 */
final class TestCatalog {

  /** Khipu's envelope, as {@code KhipuMatcher} builds it. */
  static final EnvelopeFormat KHIPU = EnvelopeFormat.builder()
      .code("/Error/Code")
      .type("/Error/Type")
      .description("/Error/Description")
      .status("/Status")
      .successStatus("OK")
      .failureStatus("ERROR")
      .correlationId("/OperationId")
      .defaultHttpStatus(200)
      .build();

  /** KeyBank's exception schema, with the {@code responseHeader.status} of its status messages. */
  static final EnvelopeFormat KEYBANK = EnvelopeFormat.builder()
      .code(EnvelopeFormat.HTTP_STATUS)
      .description("/ErrorMessage")
      .correlationId("/X-CorrelationId")
      .attribute("transactionId", "/TransactionId")
      .attribute("transactionTime", "/TransactionTime")
      .attribute("serviceError", "/ServiceError")
      .status("/responseHeader/status")
      .successStatus("S")
      .warningStatus("W")
      .failureStatus("F")
      .build();

  /** An RFC 9457 problem detail of the Khipu-like codes, with RFC 9457's example extension members. */
  static final EnvelopeFormat PROBLEM = EnvelopeFormat.builder()
      .problemDetails("https://example.com/probs/")
      .attribute("balance", "/balance", JsonType.NUMBER)
      .attribute("accounts", "/accounts")
      .build();

  private TestCatalog() {}

  /** The types both catalogs use. */
  enum Type implements ErrorKind {
    DO_NOT_RETRY(RetryAdvice.never(), Outcome.FAILURE),
    RETRY_IMMEDIATELY(RetryAdvice.immediately(), Outcome.FAILURE),
    WAIT_4_HOURS_BEFORE_RETRY(RetryAdvice.after(Duration.ofHours(4)), Outcome.FAILURE),
    WAIT_A_MINUTE(RetryAdvice.after(Duration.ofMinutes(1)), Outcome.FAILURE),
    SUCCESSFUL(RetryAdvice.never(), Outcome.SUCCESS),
    WARNED(RetryAdvice.never(), Outcome.WARNING),
    /** What the processor adds for a catalog without {@code unknownType}, as KeyBank-like's here. */
    UNKNOWN(RetryAdvice.never(), Outcome.FAILURE);

    private final RetryAdvice retry;
    private final Outcome outcome;

    Type(RetryAdvice retry, Outcome outcome) {
      this.retry = retry;
      this.outcome = outcome;
    }

    @Override
    public RetryAdvice retry() {
      return retry;
    }

    @Override
    public Outcome outcome() {
      return outcome;
    }

    /** Like the generated {@code forName}: {@code null} for a name the catalog does not declare. */
    static Type forName(String name) {
      if (name == null) {
        return null;
      }
      for (Type type : values()) {
        if (type != UNKNOWN && type.name().equals(name)) {
          return type;
        }
      }
      return null;
    }
  }

  /** Khipu-like codes: exact codes, a wildcard, and {@code UNKNOWN} with a type of its own. */
  enum KhipuCode implements ErrorCode {
    AUTHENTICATION("A000", Type.DO_NOT_RETRY, 401, false, "Authentication error."),
    TARGET_UNAVAILABLE("E2xx", Type.RETRY_IMMEDIATELY, 0, true, "The target service is unavailable."),
    DATA_PROCESSING("F000", Type.WAIT_4_HOURS_BEFORE_RETRY, 0, false, "Error during data processing."),
    UNKNOWN("", Type.DO_NOT_RETRY, 0, false, "");

    private final String code;
    private final Type type;
    private final int httpStatus;
    private final boolean range;
    private final String description;

    KhipuCode(String code, Type type, int httpStatus, boolean range, String description) {
      this.code = code;
      this.type = type;
      this.httpStatus = httpStatus;
      this.range = range;
      this.description = description;
    }

    static KhipuCode match(String code) {
      if (code == null) {
        return UNKNOWN;
      }
      switch (code) {
        case "A000":
          return AUTHENTICATION;
        case "F000":
          return DATA_PROCESSING;
        default:
          break;
      }
      if (code.length() == 4 && code.startsWith("E")) {
        long number = CodeMatching.trailingNumber(code, 1);
        if (number >= 200 && number <= 299) {
          return TARGET_UNAVAILABLE;
        }
      }
      return UNKNOWN;
    }

    static KhipuCode forHttpStatus(int httpStatus) {
      return httpStatus == 401 ? AUTHENTICATION : UNKNOWN;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public Type type() {
      return type;
    }

    @Override
    public int httpStatus() {
      return httpStatus;
    }

    @Override
    public String description(Locale locale) {
      return description;
    }

    @Override
    public String description() {
      return description;
    }

    @Override
    public boolean isRange() {
      return range;
    }

    @Override
    public boolean isUnknown() {
      return this == UNKNOWN;
    }
  }

  /**
   * KeyBank-like codes, HTTP statuses: a success, a warning, failures, and {@code UNKNOWN} of the type
   * the processor gives it when the catalog declares no {@code unknownType}.
   */
  enum KeyBankCode implements ErrorCode {
    OK("200", Type.SUCCESSFUL, 200, false, "The action was successful."),
    WARNING("299", Type.WARNED, 299, false, "The transaction was not processed as expected."),
    BAD_REQUEST("400", Type.DO_NOT_RETRY, 400, false, "Request is missing required information."),
    TOO_MANY_REQUESTS("429", Type.WAIT_A_MINUTE, 429, false, "There are too many requests to the API."),
    SERVER_ERROR("5xx", Type.RETRY_IMMEDIATELY, 0, true, "The server failed."),
    UNKNOWN("", Type.UNKNOWN, 0, false, "");

    private final String code;
    private final Type type;
    private final int httpStatus;
    private final boolean range;
    private final String description;

    KeyBankCode(String code, Type type, int httpStatus, boolean range, String description) {
      this.code = code;
      this.type = type;
      this.httpStatus = httpStatus;
      this.range = range;
      this.description = description;
    }

    static KeyBankCode match(String code) {
      if (code == null) {
        return UNKNOWN;
      }
      switch (code) {
        case "200":
          return OK;
        case "299":
          return WARNING;
        case "400":
          return BAD_REQUEST;
        case "429":
          return TOO_MANY_REQUESTS;
        default:
          break;
      }
      if (code.length() == 3 && code.startsWith("5")) {
        long number = CodeMatching.trailingNumber(code, 1);
        if (number >= 0) {
          return SERVER_ERROR;
        }
      }
      return UNKNOWN;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public Type type() {
      return type;
    }

    @Override
    public int httpStatus() {
      return httpStatus;
    }

    @Override
    public String description(Locale locale) {
      return description;
    }

    @Override
    public String description() {
      return description;
    }

    @Override
    public boolean isRange() {
      return range;
    }

    @Override
    public boolean isUnknown() {
      return this == UNKNOWN;
    }
  }

  /** The Khipu-like catalog as one object, as {@code KhipuMatcher.catalog()} builds it. */
  static final Catalog<TestException> KHIPU_CATALOG = Catalog.of("TestKhipu", TestException.class,
      new EnvelopeCodec(KHIPU), KhipuCode::match, KhipuCode::forHttpStatus, TestCatalog::khipuException);

  /** The KeyBank-like catalog as one object. */
  static final Catalog<TestException> KEYBANK_CATALOG = Catalog.of("TestKeyBank", TestException.class,
      new EnvelopeCodec(KEYBANK), KeyBankCode::match, status -> KeyBankCode.match(Integer.toString(status)),
      TestCatalog::keyBankException);

  /** The one exception class of both catalogs; its effective type is the one the response names, else the code's. */
  static final class TestException extends CatalogException {
    private static final long serialVersionUID = 1L;

    TestException(ErrorCode errorCode, ErrorReport report) {
      super(errorCode, effectiveType(errorCode, report), report);
    }

    /** The catalog of its code's enum. */
    @Override
    public Catalog<TestException> catalog() {
      return errorCode() instanceof KeyBankCode ? KEYBANK_CATALOG : KHIPU_CATALOG;
    }

    private static ErrorKind effectiveType(ErrorCode errorCode, ErrorReport report) {
      Type named = Type.forName(report.type());
      return named != null ? named : errorCode.type();
    }
  }

  /** {@code KhipuMatcher::toException}: the code's entry, else the status's. */
  static TestException khipuException(ErrorReport report) {
    KhipuCode code = report.code() != null
        ? KhipuCode.match(report.code())
        : KhipuCode.forHttpStatus(report.httpStatus());
    return new TestException(code, report);
  }

  /** The KeyBank-like {@code toException}: the code is always the status. */
  static TestException keyBankException(ErrorReport report) {
    return new TestException(KeyBankCode.match(report.code()), report);
  }
}
