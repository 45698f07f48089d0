package dev.errata.catalog;

import static dev.errata.catalog.EnvelopeCodecTest.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertEquals("E201 RETRY_IMMEDIATELY: down for now (HTTP 503)", exception.getMessage());
  }

  @Test
  void messageFallsBackOnTheCatalogsEntry() {
    // No code, description or status in the report: the entry's own (A000, its description, 401).
    TestException exception = new TestException(KhipuCode.AUTHENTICATION, ErrorReport.builder().build());
    assertEquals("A000 DO_NOT_RETRY: Authentication error. (HTTP 401)", exception.getMessage());
  }

  @Test
  void messageOfAnUnknownCodeOfTheBuiltInTypeWithNothingElse() {
    TestException exception = new TestException(KeyBankCode.UNKNOWN, ErrorReport.builder().build());
    assertEquals("(no code) UNKNOWN", exception.getMessage());
    assertSame(TestCatalog.Type.UNKNOWN, exception.type());
    assertEquals(RetryAdvice.never(), exception.retry());
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
    assertEquals("type", thrown.getMessage());
  }

  @Test
  void messageKeepsAReceivedCodeOverTheEntrysAndLeavesOutAnEmptyDescription() {
    TestException exception = new TestException(KhipuCode.UNKNOWN, ErrorReport.builder().code("Z999").build());
    assertEquals("Z999 DO_NOT_RETRY", exception.getMessage());
  }

  // ---------------------------------------------------------------------------------------------
  // Decoded

  @Test
  void decodedHelpersSayWhatEachCaseIs() {
    TestException error = TestCatalog.khipuException(ErrorReport.builder().httpStatus(500).code("E201").build());
    Decoded<TestException> failure = new Decoded.Failure<>(error);
    Decoded<TestException> warning = new Decoded.Warning<>(error);
    Decoded<TestException> success = new Decoded.Success<>(error.report());

    assertTrue(failure.isFailure());
    assertFalse(warning.isFailure());
    assertFalse(success.isFailure());
    assertEquals(Optional.of(error), failure.exception());
    assertEquals(Optional.of(error), warning.exception());
    assertEquals(Optional.empty(), success.exception());
    assertSame(error.report(), warning.report());
    assertSame(error.report(), failure.report());

    assertSame(error, assertThrows(TestException.class, failure::throwIfFailure));
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
    assertEquals(Outcome.FAILURE, kind.outcome());
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
    assertEquals("S", format.successStatus());
    assertEquals("W", format.warningStatus());
    assertEquals(418, format.defaultHttpStatus());
    assertEquals("F", format.failureStatus());
    assertEquals("/c", format.code());
    assertEquals("/t", format.type());
    assertEquals("/d", format.description());
    assertEquals("/s", format.status());
    assertEquals("/id", format.correlationId());
    assertEquals(Map.of("a", "/a"), format.attributes());
    assertFalse(format.codeIsHttpStatus());
    assertTrue(EnvelopeFormat.builder().code(EnvelopeFormat.HTTP_STATUS).build().codeIsHttpStatus());
  }

  // ---------------------------------------------------------------------------------------------
  // The codec's rarer problems

  @Test
  void aBlankBodyInUtf16HoldsNoJsonValue() {
    // Not blank byte by byte (the zero bytes), but Jackson reads it as UTF-16 spaces: no value at all.
    ErrorReport report = khipu.read(500, "   ".getBytes(StandardCharsets.UTF_16BE), null);
    assertEquals("body holds no JSON value", report.problem());
    assertNull(report.code());
  }

  @Test
  void aCharacterNoUtf32CanHoldIsABodyThatCannotBeRead() {
    // Detected as UTF-32 from its first four bytes; 0x7FFFFFFF is past any code point.
    byte[] body = {0, 0, 0, '{', 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff};
    Decoded<TestException> decoded = khipu.decode(500, body, null, TestCatalog::khipuException);
    String problem = decoded.report().problem();
    assertTrue(problem.startsWith("body could not be read: java.io.CharConversionException: Invalid UTF-32"),
        problem);
    assertTrue(decoded.isFailure());
  }

  @Test
  void retryAfterOfTenDigitsIsSecondsAndOfElevenIsNeither() {
    ErrorReport ten = khipu.read(503, utf8("{}"), Map.of("Retry-After", List.of("9999999999")));
    assertEquals(Duration.ofSeconds(9_999_999_999L), ten.retryAfter());
    assertNull(ten.problem());

    ErrorReport eleven = khipu.read(503, utf8("{}"), Map.of("Retry-After", List.of("99999999999")));
    assertNull(eleven.retryAfter());
    assertEquals("Retry-After \"99999999999\" is neither seconds nor an HTTP date; ignored", eleven.problem());
  }

  @Test
  void aLongRetryAfterIsAbbreviatedInTheProblemAfterFortyCharacters() {
    String forty = "x".repeat(40);
    ErrorReport exactly = khipu.read(503, utf8("{}"), Map.of("Retry-After", List.of(forty)));
    assertEquals("Retry-After \"" + forty + "\" is neither seconds nor an HTTP date; ignored", exactly.problem());

    ErrorReport longer = khipu.read(503, utf8("{}"), Map.of("Retry-After", List.of(forty + "y")));
    assertEquals("Retry-After \"" + forty + "...\" is neither seconds nor an HTTP date; ignored", longer.problem());
  }

  @Test
  void reportsThatDifferInOneFieldHashDifferently() {
    ErrorReport a = ErrorReport.builder().httpStatus(500).problem("a").body(utf8("x")).build();
    ErrorReport b = ErrorReport.builder().httpStatus(500).problem("b").body(utf8("x")).build();
    ErrorReport c = ErrorReport.builder().httpStatus(500).problem("a").body(utf8("y")).build();
    assertNotEquals(a.hashCode(), b.hashCode());
    assertNotEquals(a.hashCode(), c.hashCode());
    assertEquals(a.hashCode(), a.toBuilder().build().hashCode());
  }
}
