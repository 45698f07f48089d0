package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.catalog.TestCatalog.KhipuCode;
import dev.errata.catalog.TestCatalog.TestException;
import java.io.InputStream;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What {@link Catalog} gives a catalog that implements only its abstract methods, and {@link Catalog#of}. */
class CatalogDefaultsTest {

  private static final byte[] AUTHENTICATION = """
      {"Status": "ERROR", "Error": {"Code": "A000", "Description": "Bad key."}}""".getBytes(UTF_8);

  @Test
  void catalogOfDecodesAndEncodesWithItsCodecAndMatcher() {
    Catalog<TestException> catalog = Catalog.of("Built", TestException.class, new EnvelopeCodec(TestCatalog.KHIPU),
        KhipuCode::match, KhipuCode::forHttpStatus, TestCatalog::khipuException);
    assertThat(catalog.name()).isEqualTo("Built");
    assertThat(catalog.exceptionType()).isEqualTo(TestException.class);
    Decoded<TestException> decoded = catalog.decode(401, AUTHENTICATION);
    assertThat(decoded.isFailure()).isTrue();
    TestException error = decoded.exception().orElseThrow();
    assertThat(error.errorCode()).isEqualTo(KhipuCode.AUTHENTICATION);
    assertThat(new String(catalog.encode(error).body(), UTF_8)).contains("\"Code\":\"A000\"");
  }

  @Test
  void aCatalogThatKnowsNoLocalesEncodesForAnyLocaleAsWithout() {
    Catalog<TestException> handWritten = new Delegating(TestCatalog.KHIPU_CATALOG);
    TestException error = handWritten.decode(401, AUTHENTICATION).exception().orElseThrow();
    EncodedError plain = handWritten.encode(error);
    EncodedError spanish = handWritten.encode(error, Locale.forLanguageTag("es"));
    assertThat(spanish.httpStatus()).isEqualTo(plain.httpStatus());
    assertThat(spanish.headers()).isEqualTo(plain.headers());
    assertThat(new String(spanish.body(), UTF_8)).isEqualTo(new String(plain.body(), UTF_8));
    assertThat(new String(spanish.body(), UTF_8)).contains("Bad key.");
  }

  /** A catalog written by hand that overrides no default method. */
  private record Delegating(Catalog<TestException> to) implements Catalog<TestException> {
    @Override
    public String name() {
      return to.name();
    }

    @Override
    public Class<TestException> exceptionType() {
      return to.exceptionType();
    }

    @Override
    public ErrorCode match(String code) {
      return to.match(code);
    }

    @Override
    public ErrorCode forHttpStatus(int httpStatus) {
      return to.forHttpStatus(httpStatus);
    }

    @Override
    public TestException toException(ErrorReport report) {
      return to.toException(report);
    }

    @Override
    public Decoded<TestException> decode(int httpStatus, byte[] body, HeaderLookup headers) {
      return to.decode(httpStatus, body, headers);
    }

    @Override
    public Decoded<TestException> decode(int httpStatus, InputStream body, HeaderLookup headers) {
      return to.decode(httpStatus, body, headers);
    }

    @Override
    public EncodedError encode(CatalogException exception) {
      return to.encode(exception);
    }

    @Override
    public DecodeLimits limits() {
      return to.limits();
    }

    @Override
    public Catalog<TestException> withLimits(DecodeLimits limits) {
      return new Delegating(to.withLimits(limits));
    }
  }
}
