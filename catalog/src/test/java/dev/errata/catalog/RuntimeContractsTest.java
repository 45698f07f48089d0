package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.catalog.EnvelopeCodecTest.utf8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.catalog.TestCatalog.KeyBankCode;
import dev.errata.catalog.TestCatalog.KhipuCode;
import dev.errata.catalog.TestCatalog.TestException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The small contracts of the runtime that the larger tests only pass through: exception messages,
 * {@link Decoded}'s helpers, the format builder, and the codec's rarer problems.
 */
class RuntimeContractsTest {

  private final EnvelopeCodec khipu = new EnvelopeCodec(TestCatalog.KHIPU);

  // ---------------------------------------------------------------------------------------------
  // CatalogException's message: the code received, the type, the description, the status.

  @Test
  void messageShowsWhatTheResponseSaidOverWhatTheCatalogSays() {
    ErrorReport report = ErrorReport.builder()
        .httpStatus(503).code("E201").type("RETRY_IMMEDIATELY").description("down for now").build();
    TestException exception = TestCatalog.khipuException(report);
    assertThat(exception.getMessage()).isEqualTo("E201 RETRY_IMMEDIATELY: down for now (HTTP 503)");
  }

  @Test
  void messageFallsBackOnTheCatalogsEntry() {
    // No code, description or status in the report: the entry's own (A000, its description, 401).
    TestException exception = new TestException(KhipuCode.AUTHENTICATION, ErrorReport.builder().build());
    assertThat(exception.getMessage()).isEqualTo("A000 DO_NOT_RETRY: Authentication error. (HTTP 401)");
  }

  @Test
  void messageOfAnUnknownCodeOfTheBuiltInTypeWithNothingElse() {
    TestException exception = new TestException(KeyBankCode.UNKNOWN, ErrorReport.builder().build());
    assertThat(exception.getMessage()).isEqualTo("(no code) UNKNOWN");
    assertThat(exception.type()).isSameInstanceAs(TestCatalog.Type.UNKNOWN);
    assertThat(exception.retry()).isEqualTo(RetryAdvice.never());
  }

  @Test
  void anExceptionAlwaysHasAType() {
    NullPointerException thrown = assertThrows(NullPointerException.class,
        () -> new CatalogException(KeyBankCode.UNKNOWN, null, ErrorReport.builder().build()) {
          private static final long serialVersionUID = 1L;

          @Override
          public Catalog<?> catalog() {
            return TestCatalog.KEYBANK_CATALOG;
          }
        });
    assertThat(thrown.getMessage()).isEqualTo("type");
  }

  @Test
  void messageKeepsAReceivedCodeOverTheEntrysAndLeavesOutAnEmptyDescription() {
    TestException exception = new TestException(KhipuCode.UNKNOWN, ErrorReport.builder().code("Z999").build());
    assertThat(exception.getMessage()).isEqualTo("Z999 DO_NOT_RETRY");
  }

  // ---------------------------------------------------------------------------------------------
  // Decoded

  @Test
  void decodedHelpersSayWhatEachCaseIs() {
    TestException error = TestCatalog.khipuException(ErrorReport.builder().httpStatus(500).code("E201").build());
    Decoded<TestException> failure = new Decoded.Failure<>(error);
    Decoded<TestException> warning = new Decoded.Warning<>(error);
    Decoded<TestException> success = new Decoded.Success<>(error.report());

    assertThat(failure.isFailure()).isTrue();
    assertThat(warning.isFailure()).isFalse();
    assertThat(success.isFailure()).isFalse();
    assertThat(failure.exception()).isEqualTo(Optional.of(error));
    assertThat(warning.exception()).isEqualTo(Optional.of(error));
    assertThat(success.exception()).isEqualTo(Optional.empty());
    assertThat(warning.report()).isSameInstanceAs(error.report());
    assertThat(failure.report()).isSameInstanceAs(error.report());

    assertThat(assertThrows(TestException.class, failure::throwIfFailure)).isSameInstanceAs(error);
    warning.throwIfFailure();
    success.throwIfFailure();
  }

  @Test
  void aKindIsAFailureUnlessItSaysOtherwise() {
    ErrorKind kind = new ErrorKind() {
      @Override
      public String name() {
        return "PLAIN";
      }

      @Override
      public RetryAdvice retry() {
        return RetryAdvice.never();
      }
    };
    assertThat(kind.outcome()).isEqualTo(Outcome.FAILURE);
  }

  // ---------------------------------------------------------------------------------------------
  // EnvelopeFormat's builder

  @Test
  void everyBuilderSetterReturnsTheBuilderAndSetsItsField() {
    EnvelopeFormat format = EnvelopeFormat.builder()
        .successStatus("S")
        .warningStatus("W")
        .defaultHttpStatus(418)
        .failureStatus("F")
        .code("/c")
        .type("/t")
        .description("/d")
        .status("/s")
        .correlationId("/id")
        .attribute("a", "/a")
        .build();
    assertThat(format.successStatus()).isEqualTo("S");
    assertThat(format.warningStatus()).isEqualTo("W");
    assertThat(format.defaultHttpStatus()).isEqualTo(418);
    assertThat(format.failureStatus()).isEqualTo("F");
    assertThat(format.code()).isEqualTo("/c");
    assertThat(format.type()).isEqualTo("/t");
    assertThat(format.description()).isEqualTo("/d");
    assertThat(format.status()).isEqualTo("/s");
    assertThat(format.correlationId()).isEqualTo("/id");
    assertThat(format.attributes()).isEqualTo(Map.of("a", "/a"));
    assertThat(format.codeIsHttpStatus()).isFalse();
    assertThat(EnvelopeFormat.builder().code(EnvelopeFormat.HTTP_STATUS).build().codeIsHttpStatus()).isTrue();
  }

  // ---------------------------------------------------------------------------------------------
  // The codec's rarer problems

  @Test
  void aBlankBodyInUtf16HoldsNoJsonValue() {
    // Not blank byte by byte (the zero bytes), but Jackson reads it as UTF-16 spaces: no value at all.
    ErrorReport report = khipu.read(500, "   ".getBytes(StandardCharsets.UTF_16BE), null);
    assertThat(report.problem()).isEqualTo("body holds no JSON value");
    assertThat(report.code()).isNull();
  }

  @Test
  void aCharacterNoUtf32CanHoldIsABodyThatCannotBeRead() {
    // Detected as UTF-32 from its first four bytes; 0x7FFFFFFF is past any code point.
    byte[] body = {0, 0, 0, '{', 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
    Decoded<TestException> decoded = khipu.decode(500, body, null, TestCatalog::khipuException);
    String problem = decoded.report().problem();
    assertThat(problem).startsWith("body could not be read: java.io.CharConversionException: Invalid UTF-32");
    assertThat(decoded.isFailure()).isTrue();
  }

  @Test
  void retryAfterOfTenDigitsIsSecondsAndOfElevenIsNeither() {
    ErrorReport ten = khipu.read(503, utf8("{}"), Map.of("Retry-After", List.of("9999999999")));
    assertThat(ten.retryAfter()).isEqualTo(Duration.ofSeconds(9_999_999_999L));
    assertThat(ten.problem()).isNull();

    ErrorReport eleven = khipu.read(503, utf8("{}"), Map.of("Retry-After", List.of("99999999999")));
    assertThat(eleven.retryAfter()).isNull();
    assertThat(eleven.problem()).isEqualTo("Retry-After \"99999999999\" is neither seconds nor an HTTP date; ignored");
  }

  @Test
  void aLongRetryAfterIsAbbreviatedInTheProblemAfterFortyCharacters() {
    String forty = "x".repeat(40);
    ErrorReport exactly = khipu.read(503, utf8("{}"), Map.of("Retry-After", List.of(forty)));
    assertThat(exactly.problem()).isEqualTo("Retry-After \"" + forty + "\" is neither seconds nor an HTTP date; ignored");

    ErrorReport longer = khipu.read(503, utf8("{}"), Map.of("Retry-After", List.of(forty + "y")));
    assertThat(longer.problem()).isEqualTo("Retry-After \"" + forty + "...\" is neither seconds nor an HTTP date; ignored");
  }

  @Test
  void reportsThatDifferInOneFieldHashDifferently() {
    ErrorReport a = ErrorReport.builder().httpStatus(500).problem("a").body(utf8("x")).build();
    ErrorReport b = ErrorReport.builder().httpStatus(500).problem("b").body(utf8("x")).build();
    ErrorReport c = ErrorReport.builder().httpStatus(500).problem("a").body(utf8("y")).build();
    assertThat(b.hashCode()).isNotEqualTo(a.hashCode());
    assertThat(c.hashCode()).isNotEqualTo(a.hashCode());
    assertThat(a.toBuilder().build().hashCode()).isEqualTo(a.hashCode());
  }
}
