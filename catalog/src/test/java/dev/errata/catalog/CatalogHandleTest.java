package dev.errata.catalog;

import static dev.errata.catalog.EnvelopeCodecTest.KHIPU_EXAMPLE;
import static dev.errata.catalog.EnvelopeCodecTest.utf8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.catalog.TestCatalog.KeyBankCode;
import dev.errata.catalog.TestCatalog.KhipuCode;
import dev.errata.catalog.TestCatalog.TestException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** {@link Catalog}: the catalog as one object, its bounded stream decoding, and an exception's way back to it. */
class CatalogHandleTest {

  private static final Catalog<TestException> KHIPU = TestCatalog.KHIPU_CATALOG;
  private static final Catalog<TestException> KEYBANK = TestCatalog.KEYBANK_CATALOG;

  @Test
  void theHandleDoesWhatTheMatchersMethodsDo() {
    assertEquals("TestKhipu", KHIPU.name());
    assertSame(TestException.class, KHIPU.exceptionType());
    assertSame(KhipuCode.TARGET_UNAVAILABLE, KHIPU.match("E250"));
    assertSame(KhipuCode.UNKNOWN, KHIPU.match(null));
    assertSame(KhipuCode.AUTHENTICATION, KHIPU.forHttpStatus(401));
    assertSame(KhipuCode.DATA_PROCESSING, KHIPU.toException(ErrorReport.ofCode("F000")).errorCode());
    assertEquals("Catalog TestKhipu", KHIPU.toString());
  }

  @Test
  void everyDecodeOverloadGivesTheSameReport() {
    byte[] body = utf8(KHIPU_EXAMPLE);
    Map<String, List<String>> headers = Map.of("retry-after", List.of("7"));
    ErrorReport expected = new EnvelopeCodec(TestCatalog.KHIPU)
        .decode(503, body, headers, TestCatalog::khipuException).report();
    assertEquals(expected, KHIPU.decode(503, body, headers).report());
    assertEquals(expected, KHIPU.decode(503, body, HeaderLookup.of(headers)).report());
    assertEquals(expected, KHIPU.decode(503, new ByteArrayInputStream(body), HeaderLookup.of(headers)).report());
    assertEquals(Duration.ofSeconds(7), expected.retryAfter());
    assertNull(KHIPU.decode(503, body).report().retryAfter());
    assertNull(KHIPU.decode(503, body, (HeaderLookup) null).report().retryAfter());
  }

  @Test
  void aStreamWithinTheLimitIsReadWhole() {
    byte[] body = utf8(KHIPU_EXAMPLE);
    Catalog<TestException> exact = KHIPU.withLimits(limits(body.length));
    Decoded<TestException> decoded = exact.decode(200, new ByteArrayInputStream(body), HeaderLookup.none());
    assertTrue(decoded.isFailure());
    assertEquals("E201", decoded.report().code());
    assertArrayEquals(body, decoded.report().body());
    assertNull(decoded.report().problem());
  }

  @Test
  void aStreamPastTheLimitIsReadOnlyToItAndKeepsWhatItRead() {
    byte[] body = utf8(KHIPU_EXAMPLE);
    int limit = body.length - 1;
    CountingStream stream = new CountingStream(body);
    Decoded<TestException> decoded = KHIPU.withLimits(limits(limit)).decode(503, stream, HeaderLookup.none());
    // The limit, and one byte more to learn the body goes on: no further.
    assertEquals(limit + 1, stream.read);
    assertArrayEquals(Arrays.copyOf(body, limit), decoded.report().body());
    assertEquals("body is over the " + limit + "-byte limit; its first " + limit + " bytes are kept, not parsed",
        decoded.report().problem());
    CatalogException error = assertInstanceOf(Decoded.Failure.class, decoded).error();
    assertEquals(503, error.httpStatus());
    assertSame(KhipuCode.UNKNOWN, error.errorCode());
  }

  @Test
  void aLargeStreamIsReadOnlyToTheLimit() {
    byte[] huge = new byte[5_000_000];
    Arrays.fill(huge, (byte) ' ');
    CountingStream stream = new CountingStream(huge);
    Decoded<TestException> decoded = KHIPU.decode(500, stream, HeaderLookup.none());
    assertEquals(DecodeLimits.DEFAULT.maxBodyBytes() + 1, stream.read);
    assertEquals(DecodeLimits.DEFAULT.maxBodyBytes(), decoded.report().body().length);
  }

  @Test
  void aSuccessfulStatusWithABodyPastTheLimitIsASuccessAsAWholeBodyPastItIs() {
    byte[] body = utf8(KHIPU_EXAMPLE);
    Catalog<TestException> small = KHIPU.withLimits(limits(16));
    assertInstanceOf(Decoded.Success.class, small.decode(200, body));
    Decoded<TestException> streamed = small.decode(200, new ByteArrayInputStream(body), HeaderLookup.none());
    assertInstanceOf(Decoded.Success.class, streamed);
    assertEquals(16, streamed.report().body().length);
  }

  @Test
  void aStreamThatBreaksKeepsWhatWasReadAndIsNotParsed() {
    byte[] body = utf8(KHIPU_EXAMPLE);
    InputStream breaking = new InputStream() {
      private int at;

      @Override
      public int read() throws IOException {
        if (at == 40) {
          throw new IOException("Connection reset");
        }
        return body[at++];
      }
    };
    Decoded<TestException> decoded = KHIPU.decode(200, breaking, HeaderLookup.none());
    // Khipu's codes live in the body: a 2xx whose body broke off cannot say the call went well.
    TestException error = ((Decoded.Failure<TestException>) decoded).error();
    assertSame(KhipuCode.UNKNOWN, error.errorCode());
    assertArrayEquals(Arrays.copyOf(body, 40), decoded.report().body());
    assertEquals("body could not be read after 40 bytes: java.io.IOException: Connection reset",
        decoded.report().problem());
    // KeyBank's codes are statuses: the status still types it.
    InputStream unchecked = new InputStream() {
      @Override
      public int read() {
        throw new UncheckedIOException(new IOException("gone"));
      }
    };
    Decoded<TestException> keyBank = KEYBANK.decode(400, unchecked, HeaderLookup.none());
    assertSame(KeyBankCode.BAD_REQUEST, keyBank.exception().orElseThrow().errorCode());
    assertTrue(keyBank.report().problem().startsWith("body could not be read after 0 bytes"));
  }

  @Test
  void noStreamIsAnEmptyBody() {
    Decoded<TestException> decoded = KEYBANK.decode(429, (InputStream) null, name -> "3");
    assertEquals(0, decoded.report().body().length);
    assertEquals(RetryAdvice.after(Duration.ofSeconds(3)), decoded.exception().orElseThrow().retry());
  }

  @Test
  void withLimitsChangesOnlyTheLimits() {
    DecodeLimits limits = limits(10);
    Catalog<TestException> limited = KHIPU.withLimits(limits);
    assertEquals(limits, limited.limits());
    assertEquals(DecodeLimits.DEFAULT, KHIPU.limits());
    assertEquals(KHIPU.name(), limited.name());
    assertSame(KhipuCode.TARGET_UNAVAILABLE, limited.match("E201"));
  }

  @Test
  void anyExceptionEncodesThroughItsOwnCatalog() {
    CatalogException khipu = KHIPU.toException(ErrorReport.builder().code("E201").correlationId("op-1").build());
    CatalogException keyBank = KEYBANK.toException(ErrorReport.builder().code("429").build());
    for (CatalogException exception : List.of(khipu, keyBank)) {
      Catalog<?> catalog = exception.catalog();
      EncodedError encoded = catalog.encode(exception);
      Decoded<?> back = catalog.decode(encoded.httpStatus(), encoded.body(), HeaderLookup.of(
          Map.of("Retry-After", encoded.headers().containsKey("Retry-After")
              ? List.of(encoded.headers().get("Retry-After")) : List.of())));
      CatalogException decoded = back.exception().orElseThrow();
      assertSame(exception.errorCode(), decoded.errorCode());
      assertEquals(exception.correlationId(), decoded.correlationId());
      assertEquals(exception.retry(), decoded.retry());
    }
    assertSame(KHIPU, khipu.catalog());
    assertSame(KEYBANK, keyBank.catalog());
  }

  @Test
  void encodingAnotherCatalogsExceptionIsRefused() {
    TestException khipu = KHIPU.toException(ErrorReport.ofCode("A000"));
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> OtherException.OTHER.encode(khipu));
    assertTrue(refused.getMessage().contains("is not an exception of the Other catalog"), refused.getMessage());
  }

  @Test
  void findDigsTheFirstCatalogExceptionOutOfACauseChain() {
    TestException khipu = KHIPU.toException(ErrorReport.ofCode("A000"));
    Exception wrapped = new ExecutionException(new CompletionException(new IllegalStateException(khipu)));
    assertSame(khipu, CatalogException.find(wrapped).orElseThrow());
    assertSame(khipu, CatalogException.find(khipu).orElseThrow());
    assertSame(khipu, CatalogException.find(wrapped, TestException.class).orElseThrow());
    assertTrue(CatalogException.find(wrapped, OtherException.class).isEmpty());
    assertTrue(CatalogException.find(new IOException("reset")).isEmpty());
    assertTrue(CatalogException.find(null).isEmpty());
  }

  @Test
  void findEndsOnACycleOfCauses() {
    Exception first = new Exception("first");
    Exception second = new Exception("second", first);
    first.initCause(second);
    assertTrue(CatalogException.find(first).isEmpty());
  }

  private static DecodeLimits limits(int maxBodyBytes) {
    DecodeLimits defaults = DecodeLimits.DEFAULT;
    return new DecodeLimits(maxBodyBytes, defaults.maxNestingDepth(), defaults.maxStringLength(),
        defaults.maxNumberLength());
  }

  /** A stream that counts the bytes taken from it. */
  private static final class CountingStream extends ByteArrayInputStream {
    private int read;

    CountingStream(byte[] bytes) {
      super(bytes);
    }

    @Override
    public synchronized int read() {
      int b = super.read();
      if (b >= 0) {
        read++;
      }
      return b;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        read += n;
      }
      return n;
    }
  }

  /** An exception of another catalog, which knows no code. */
  static final class OtherException extends CatalogException {
    private static final long serialVersionUID = 1L;

    static final Catalog<OtherException> OTHER = Catalog.of("Other", OtherException.class,
        new EnvelopeCodec(TestCatalog.KHIPU), code -> KhipuCode.UNKNOWN, status -> KhipuCode.UNKNOWN,
        OtherException::new);

    OtherException(ErrorReport report) {
      super(KhipuCode.UNKNOWN, null, report);
    }

    @Override
    public Catalog<OtherException> catalog() {
      return OTHER;
    }
  }
}
