package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errata.catalog.EnvelopeCodecTest.utf8;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.errata.catalog.TestCatalog.KeyBankCode;
import dev.errata.catalog.TestCatalog.TestException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the limit tests leave out: the number limit on every form of number, the work a number within
 * it can cost, headers (which no body limit bounds), the limits on the way back out (encoding what was
 * decoded), and that no caller can reach the codec's mapper to turn typing on.
 */
class DecodeBoundsTest {

  private static final Duration QUICK = Duration.ofSeconds(5);

  private final EnvelopeCodec keyBank = new EnvelopeCodec(TestCatalog.KEYBANK);

  private ErrorReport read(String body) {
    return keyBank.read(400, utf8(body), null);
  }

  @Test
  void theNumberLimitCoversSignsFractionsAndExponents() {
    String digits = "1".repeat(DecodeLimits.DEFAULT.maxNumberLength() + 1);
    for (String number : List.of("-" + digits, "0." + digits, "1e" + digits, "1." + digits + "E-5", digits)) {
      ErrorReport report = read("{\"ErrorMessage\":\"m\",\"TransactionId\":" + number + "}");
      assertWithMessage("%s", number.length() + " characters: " + report.problem()).that(report.problem() != null && report.problem().contains("Number value length")).isTrue();
      assertThat(report.attribute("transactionId")).isNull();
    }
  }

  @Test
  void numbersWithinTheLimitCostNoMoreThanTheirLength() {
    // Short to write, ruinous to expand exactly (1e999999999 as a BigInteger is a billion digits): the
    // codec keeps numbers as the parser gives them and never expands one.
    String body = "{\"ErrorMessage\":1e999999999,\"TransactionId\":-1e-999999999,\"ServiceError\":["
        + "1e999999999,".repeat(10_000) + "9." + "9".repeat(90) + "e999999999]}";
    ErrorReport report = assertTimeoutPreemptively(QUICK, () -> read(body));
    assertThat(report.problem()).isNull();
    assertThat(report.bodyText()).isEqualTo(body);
    assertWithMessage("no number was expanded").that(report.attribute("serviceError").length() < 2 * body.length()).isTrue();
  }

  @Test
  void aHugeRetryAfterHeaderIsCheapAndAbbreviated() {
    String huge = "9".repeat(1 << 20);
    ErrorReport digits = assertTimeoutPreemptively(QUICK,
        () -> keyBank.read(503, utf8("{}"), Map.of("Retry-After", List.of(huge))));
    assertThat(digits.retryAfter()).isNull();
    assertThat(digits.problem()).isEqualTo("Retry-After \"" + "9".repeat(40) + "...\" is neither seconds nor an HTTP date; ignored");

    String date = "Wed, 13 Mar 2024 12:04:00 GMT" + " ".repeat(1 << 20) + "x";
    ErrorReport padded = assertTimeoutPreemptively(QUICK,
        () -> keyBank.read(503, utf8("{}"), Map.of("Retry-After", List.of(date))));
    assertThat(padded.retryAfter()).isNull();
    assertWithMessage("%s", padded.problem()).that(padded.problem().length() < 200).isTrue();
  }

  @Test
  void manyHeaderValuesAreNotAllParsed() {
    List<String> values = java.util.Collections.nCopies(100_000, "not a date");
    ErrorReport report = assertTimeoutPreemptively(QUICK,
        () -> keyBank.read(503, utf8("{}"), Map.of("retry-after", values)));
    assertThat(report.retryAfter()).isNull();
    assertThat(report.problem()).isEqualTo("Retry-After \"not a date\" is neither seconds nor an HTTP date; ignored");
  }

  @Test
  void encodingWhatWasDecodedKeepsTheDecodeLimits() {
    // A proxy sends on what it received: an attribute deeper than the codec reads goes back as text, not
    // as a tree the codec would have refused to build.
    String deep = "[".repeat(100) + "]".repeat(100);
    ErrorReport report = ErrorReport.builder().httpStatus(400).code("400").attribute("serviceError", deep).build();
    EncodedError encoded = keyBank.encode(new TestException(KeyBankCode.BAD_REQUEST, report));
    assertThat(encoded.bodyText()).contains("\"ServiceError\":\"" + deep + "\"");

    String shallow = "[".repeat(10) + "]".repeat(10);
    EncodedError kept = keyBank.encode(new TestException(KeyBankCode.BAD_REQUEST,
        report.toBuilder().attribute("serviceError", shallow).build()));
    assertThat(kept.bodyText()).contains("\"ServiceError\":" + shallow);
  }

  @Test
  void noPublicMethodHandsOutTheMapperOrAnyJacksonType() {
    for (Class<?> type : List.of(EnvelopeCodec.class, EnvelopeFormat.class, DecodeLimits.class, ErrorReport.class,
        Decoded.class, EncodedError.class)) {
      for (Method method : type.getMethods()) {
        if (Modifier.isPublic(method.getModifiers())) {
          assertWithMessage("%s", type.getSimpleName() + "." + method.getName() + " returns " + method.getReturnType()).that(method.getReturnType().getName().startsWith("com.fasterxml")).isFalse();
          for (Class<?> parameter : method.getParameterTypes()) {
            assertWithMessage("%s", type.getSimpleName() + "." + method.getName() + " takes " + parameter).that(parameter.getName().startsWith("com.fasterxml")).isFalse();
          }
        }
      }
    }
  }
}
