package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static dev.errata.catalog.EnvelopeCodecTest.KHIPU_EXAMPLE;
import static dev.errata.catalog.EnvelopeCodecTest.utf8;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
    assertThat(KHIPU.name()).isEqualTo("TestKhipu");
    assertThat(KHIPU.exceptionType()).isSameInstanceAs(TestException.class);
    assertThat(KHIPU.match("E250")).isSameInstanceAs(KhipuCode.TARGET_UNAVAILABLE);
    assertThat(KHIPU.match(null)).isSameInstanceAs(KhipuCode.UNKNOWN);
    assertThat(KHIPU.forHttpStatus(401)).isSameInstanceAs(KhipuCode.AUTHENTICATION);
    assertThat(KHIPU.toException(ErrorReport.ofCode("F000")).errorCode()).isSameInstanceAs(KhipuCode.DATA_PROCESSING);
    assertThat(KHIPU.toString()).isEqualTo("Catalog TestKhipu");
  }

  @Test
  void everyDecodeOverloadGivesTheSameReport() {
    byte[] body = utf8(KHIPU_EXAMPLE);
    Map<String, List<String>> headers = Map.of("retry-after", List.of("7"));
    ErrorReport expected = new EnvelopeCodec(TestCatalog.KHIPU)
        .decode(503, body, headers, TestCatalog::khipuException).report();
    assertThat(KHIPU.decode(503, body, headers).report()).isEqualTo(expected);
    assertThat(KHIPU.decode(503, body, HeaderLookup.of(headers)).report()).isEqualTo(expected);
    assertThat(KHIPU.decode(503, new ByteArrayInputStream(body), HeaderLookup.of(headers)).report()).isEqualTo(expected);
    assertThat(expected.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    assertThat(KHIPU.decode(503, body).report().retryAfter()).isNull();
    assertThat(KHIPU.decode(503, body, (HeaderLookup) null).report().retryAfter()).isNull();
  }

  @Test
  void aStreamWithinTheLimitIsReadWhole() {
    byte[] body = utf8(KHIPU_EXAMPLE);
    Catalog<TestException> exact = KHIPU.withLimits(limits(body.length));
    Decoded<TestException> decoded = exact.decode(200, new ByteArrayInputStream(body), HeaderLookup.none());
    assertThat(decoded.isFailure()).isTrue();
    assertThat(decoded.report().code()).isEqualTo("E201");
    assertThat(decoded.report().body()).isEqualTo(body);
    assertThat(decoded.report().problem()).isNull();
  }

  @Test
  void aStreamPastTheLimitIsReadOnlyToItAndKeepsWhatItRead() {
    byte[] body = utf8(KHIPU_EXAMPLE);
    int limit = body.length - 1;
    CountingStream stream = new CountingStream(body);
    Decoded<TestException> decoded = KHIPU.withLimits(limits(limit)).decode(503, stream, HeaderLookup.none());
    // The limit, and one byte more to learn the body goes on: no further.
    assertThat(stream.read).isEqualTo(limit + 1);
    assertThat(decoded.report().body()).isEqualTo(Arrays.copyOf(body, limit));
    assertThat(decoded.report().problem()).isEqualTo("body is over the " + limit + "-byte limit; its first " + limit + " bytes are kept, not parsed");
    CatalogException error = assertInstanceOf(Decoded.Failure.class, decoded).error();
    assertThat(error.httpStatus()).isEqualTo(503);
    assertThat(error.errorCode()).isSameInstanceAs(KhipuCode.UNKNOWN);
  }

  @Test
  void aLargeStreamIsReadOnlyToTheLimit() {
    byte[] huge = new byte[5_000_000];
    Arrays.fill(huge, (byte) ' ');
    CountingStream stream = new CountingStream(huge);
    Decoded<TestException> decoded = KHIPU.decode(500, stream, HeaderLookup.none());
    assertThat(stream.read).isEqualTo(DecodeLimits.DEFAULT.maxBodyBytes() + 1);
    assertThat(decoded.report().body().length).isEqualTo(DecodeLimits.DEFAULT.maxBodyBytes());
  }

  @Test
  void aSuccessfulStatusWithABodyPastTheLimitIsASuccessAsAWholeBodyPastItIs() {
    byte[] body = utf8(KHIPU_EXAMPLE);
    Catalog<TestException> small = KHIPU.withLimits(limits(16));
    assertThat(small.decode(200, body)).isInstanceOf(Decoded.Success.class);
    Decoded<TestException> streamed = small.decode(200, new ByteArrayInputStream(body), HeaderLookup.none());
    assertThat(streamed).isInstanceOf(Decoded.Success.class);
    assertThat(streamed.report().body().length).isEqualTo(16);
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
    assertThat(error.errorCode()).isSameInstanceAs(KhipuCode.UNKNOWN);
    assertThat(decoded.report().body()).isEqualTo(Arrays.copyOf(body, 40));
    assertThat(decoded.report().problem()).isEqualTo("body could not be read after 40 bytes: java.io.IOException: Connection reset");
    // KeyBank's codes are statuses: the status still types it.
    InputStream unchecked = new InputStream() {
      @Override
      public int read() {
        throw new UncheckedIOException(new IOException("gone"));
      }
    };
    Decoded<TestException> keyBank = KEYBANK.decode(400, unchecked, HeaderLookup.none());
    assertThat(keyBank.exception().orElseThrow().errorCode()).isSameInstanceAs(KeyBankCode.BAD_REQUEST);
    assertThat(keyBank.report().problem()).startsWith("body could not be read after 0 bytes");
  }

  @Test
  void noStreamIsAnEmptyBody() {
    Decoded<TestException> decoded = KEYBANK.decode(429, (InputStream) null, name -> "3");
    assertThat(decoded.report().body().length).isEqualTo(0);
    assertThat(decoded.exception().orElseThrow().retry()).isEqualTo(RetryAdvice.after(Duration.ofSeconds(3)));
  }

  @Test
  void withLimitsChangesOnlyTheLimits() {
    DecodeLimits limits = limits(10);
    Catalog<TestException> limited = KHIPU.withLimits(limits);
    assertThat(limited.limits()).isEqualTo(limits);
    assertThat(KHIPU.limits()).isEqualTo(DecodeLimits.DEFAULT);
    assertThat(limited.name()).isEqualTo(KHIPU.name());
    assertThat(limited.match("E201")).isSameInstanceAs(KhipuCode.TARGET_UNAVAILABLE);
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
      assertThat(decoded.errorCode()).isSameInstanceAs(exception.errorCode());
      assertThat(decoded.correlationId()).isEqualTo(exception.correlationId());
      assertThat(decoded.retry()).isEqualTo(exception.retry());
    }
    assertThat(khipu.catalog()).isSameInstanceAs(KHIPU);
    assertThat(keyBank.catalog()).isSameInstanceAs(KEYBANK);
  }

  @Test
  void encodingAnotherCatalogsExceptionIsRefused() {
    TestException khipu = KHIPU.toException(ErrorReport.ofCode("A000"));
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> OtherException.OTHER.encode(khipu));
    assertThat(refused.getMessage()).contains("is not an exception of the Other catalog");
  }

  @Test
  void findDigsTheFirstCatalogExceptionOutOfACauseChain() {
    TestException khipu = KHIPU.toException(ErrorReport.ofCode("A000"));
    Exception wrapped = new ExecutionException(new CompletionException(new IllegalStateException(khipu)));
    assertThat(CatalogException.find(wrapped).orElseThrow()).isSameInstanceAs(khipu);
    assertThat(CatalogException.find(khipu).orElseThrow()).isSameInstanceAs(khipu);
    assertThat(CatalogException.find(wrapped, TestException.class).orElseThrow()).isSameInstanceAs(khipu);
    assertThat(CatalogException.find(wrapped, OtherException.class)).isEmpty();
    assertThat(CatalogException.find(new IOException("reset"))).isEmpty();
    assertThat(CatalogException.find(null)).isEmpty();
  }

  @Test
  void findEndsOnACycleOfCauses() {
    Exception first = new Exception("first");
    Exception second = new Exception("second", first);
    first.initCause(second);
    assertThat(CatalogException.find(first)).isEmpty();
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
