package dev.errata.samples;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.EncodedError;
import dev.errata.catalog.ErrorCode;
import dev.errata.catalog.ErrorReport;
import dev.errata.catalog.HeaderLookup;
import dev.errata.samples.keybank.KeyBankErrorCode;
import dev.errata.samples.keybank.KeyBankException;
import dev.errata.samples.keybank.KeyBankMatcher;
import dev.errata.samples.khipu.KhipuErrorCode;
import dev.errata.samples.khipu.KhipuException;
import dev.errata.samples.khipu.KhipuFailureErrorCode;
import dev.errata.samples.khipu.KhipuFailureException;
import dev.errata.samples.khipu.KhipuFailureMatcher;
import dev.errata.samples.khipu.KhipuHttpErrorCode;
import dev.errata.samples.khipu.KhipuHttpMatcher;
import dev.errata.samples.khipu.KhipuJsonErrorCode;
import dev.errata.samples.khipu.KhipuJsonMatcher;
import dev.errata.samples.khipu.KhipuMatcher;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sample's generated {@code catalog()} is the matcher as one object: it agrees with the static
 * methods on every entry, and every exception leads back to it.
 */
class CatalogHandlesTest {

  /** A catalog, its entries, and its matcher's static {@code match} and {@code encode}. */
  record Sample(Catalog<?> catalog, ErrorCode[] entries, Function<String, ErrorCode> match,
      Function<CatalogException, EncodedError> encode) {
    @Override
    public String toString() {
      return catalog.name();
    }
  }

  static Stream<Sample> samples() {
    return Stream.of(
        new Sample(KhipuMatcher.catalog(), KhipuErrorCode.values(), KhipuMatcher::match,
            e -> KhipuMatcher.encode((KhipuException) e)),
        new Sample(KhipuFailureMatcher.catalog(), KhipuFailureErrorCode.values(), KhipuFailureMatcher::match,
            e -> KhipuFailureMatcher.encode((KhipuFailureException) e)),
        new Sample(KhipuHttpMatcher.catalog(), KhipuHttpErrorCode.values(), KhipuHttpMatcher::match,
            e -> KhipuHttpMatcher.encode((dev.errata.samples.khipu.KhipuHttpException) e)),
        new Sample(KhipuJsonMatcher.catalog(), KhipuJsonErrorCode.values(), KhipuJsonMatcher::match,
            e -> KhipuJsonMatcher.encode((dev.errata.samples.khipu.KhipuJsonException) e)),
        new Sample(KeyBankMatcher.catalog(), KeyBankErrorCode.values(), KeyBankMatcher::match,
            e -> KeyBankMatcher.encode((KeyBankException) e)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void theHandleAgreesWithTheStaticMethodsOnEveryEntry(Sample sample) {
    Catalog<?> catalog = sample.catalog();
    for (ErrorCode entry : sample.entries()) {
      // A range or wildcard as written is no code of its own; its entry is still what it matches.
      String code = entry.code();
      assertWithMessage("%s", code).that(catalog.match(code)).isSameInstanceAs(sample.match().apply(code));
      CatalogException exception = catalog.toException(ErrorReport.builder().code(code).build());
      assertWithMessage("%s", code).that(exception.catalog()).isSameInstanceAs(catalog);
      assertThat(catalog.exceptionType().isInstance(exception)).isTrue();
      EncodedError encoded = catalog.encode(exception);
      EncodedError byMatcher = sample.encode().apply(exception);
      assertThat(encoded.httpStatus()).isEqualTo(byMatcher.httpStatus());
      assertThat(encoded.headers()).isEqualTo(byMatcher.headers());
      assertThat(encoded.body()).isEqualTo(byMatcher.body());
      Decoded<?> decoded = catalog.decode(encoded.httpStatus(), new ByteArrayInputStream(encoded.body()),
          HeaderLookup.of(Map.of("Retry-After", encoded.headers().containsKey("Retry-After")
              ? List.of(encoded.headers().get("Retry-After")) : List.of())));
      assertThat(decoded.report()).isEqualTo(catalog.decode(encoded.httpStatus(), encoded.body(), Map.of("Retry-After",
          encoded.headers().containsKey("Retry-After") ? List.of(encoded.headers().get("Retry-After")) : List.of()))
          .report());
    }
  }

  @Test
  void namesAndTypes() {
    assertThat(KhipuMatcher.catalog().name()).isEqualTo("Khipu");
    assertThat(KhipuMatcher.catalog().exceptionType()).isSameInstanceAs(KhipuException.class);
    assertThat(KeyBankMatcher.catalog().name()).isEqualTo("KeyBank");
    assertWithMessage("one instance per catalog").that(KeyBankMatcher.catalog()).isSameInstanceAs(KeyBankMatcher.catalog());
    assertThat(KhipuMatcher.catalog().match("E201")).isSameInstanceAs(KhipuErrorCode.TARGET_UNAVAILABLE);
    assertThat(KeyBankMatcher.catalog().forHttpStatus(503)).isSameInstanceAs(KeyBankErrorCode.SERVICE_UNAVAILABLE);
  }
}
