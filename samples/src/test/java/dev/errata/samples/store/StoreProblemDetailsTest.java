package dev.errata.samples.store;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errata.samples.DecodedAssertions.assertFailure;
import static dev.errata.samples.DecodedAssertions.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.catalog.EncodedError;
import dev.errata.catalog.ErrorReport;
import dev.errata.catalog.RetryAdvice;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The problem-details catalog (RFC 9457) through its generated code: the RFC's own examples of
 * section 3, then each rule of the format: the type as the code, relative types, about:blank, members
 * of the wrong JSON type, the advisory status, the title in the reader's locale and the media type.
 */
class StoreProblemDetailsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** RFC 9457, section 3, figure 1's response: HTTP 403, application/problem+json. */
  static final String OUT_OF_CREDIT = """
      {
       "type": "https://example.com/probs/out-of-credit",
       "title": "You do not have enough credit.",
       "detail": "Your current balance is 30, but that costs 50.",
       "instance": "/account/12345/msgs/abc",
       "balance": 30,
       "accounts": ["/account/12345",
                    "/account/67890"]
      }
      """;

  /** RFC 9457, section 3's validation example: HTTP 422, a type of another site, and an errors array. */
  static final String VALIDATION = """
      {
       "type": "https://example.net/validation-error",
       "title": "Your request is not valid.",
       "errors": [
                   {
                     "detail": "must be a positive integer",
                     "pointer": "#/age"
                   },
                   {
                     "detail": "must be 'green', 'red' or 'blue'",
                     "pointer": "#/profile/color"
                   }
                ]
      }
      """;

  private static final Map<String, List<String>> PROBLEM_JSON =
      Map.of("Content-Type", List.of("application/problem+json"));

  private static StoreException failure(int status, String body) {
    return assertFailure(StoreMatcher.decode(status, body.getBytes(StandardCharsets.UTF_8), PROBLEM_JSON));
  }

  @Test
  void theRfcsOutOfCreditExampleIsTheEntryOfItsType() {
    StoreException e = failure(403, OUT_OF_CREDIT);

    StoreOutOfCreditException credit = assertInstanceOf(StoreOutOfCreditException.class, e);
    assertThat(credit.errorCode()).isSameInstanceAs(StoreErrorCode.OUT_OF_CREDIT);
    assertThat(credit.code()).isEqualTo("out-of-credit");
    assertThat(credit.description()).isEqualTo("Your current balance is 30, but that costs 50.");
    assertThat(credit.correlationId()).isEqualTo("/account/12345/msgs/abc");
    assertThat(credit.attribute("balance")).isEqualTo("30");
    assertThat(credit.attribute("accounts")).isEqualTo("[\"/account/12345\",\"/account/67890\"]");
    assertThat(credit.httpStatus()).isEqualTo(403);
    assertThat(credit.retry()).isEqualTo(RetryAdvice.never());
    assertThat(credit.report().problem()).isNull();
  }

  @Test
  void theRfcsValidationExampleOfAnotherSiteIsAnUnknownCodeThatKeepsItsType() {
    StoreException e = failure(422, VALIDATION);

    assertThat(e).isInstanceOf(StoreUnknownException.class);
    assertThat(e.code()).isEqualTo("https://example.net/validation-error");
    assertThat(e.httpStatus()).isEqualTo(422);
    assertThat(e.attribute("errors")).startsWith("[{\"detail\":\"must be a positive integer\",\"pointer\":\"#/age\"}");
    // The same problem of this catalog's own site is its entry.
    StoreException own = failure(422, VALIDATION.replace("example.net/", "example.com/probs/"));
    assertThat(own).isInstanceOf(StoreValidationErrorException.class);
    assertThat(own.code()).isEqualTo("validation-error");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "out-of-credit | out-of-credit",
    "/probs/out-of-credit | out-of-credit",
    "./out-of-credit | out-of-credit",
    "../probs/out-of-credit | out-of-credit",
    "//example.com/probs/out-of-credit | out-of-credit",
    "https://example.com/probs/out-of-credit | out-of-credit",
    "../errors/out-of-credit | https://example.com/errors/out-of-credit",
    "https://example.com/probs/ | https://example.com/probs/",
  })
  void aRelativeTypeIsResolvedAgainstThePrefix(String type, String code) {
    StoreException e = failure(403, "{\"type\": \"" + type + "\"}");
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.errorCode()).isSameInstanceAs(code.equals("out-of-credit") ? StoreErrorCode.OUT_OF_CREDIT : StoreErrorCode.UNKNOWN);
  }

  @ParameterizedTest(name = "HTTP {1}: {0}")
  @CsvSource(delimiter = '|', value = {
    "{\"type\": \"about:blank\", \"title\": \"Bad Gateway\"} | 502 | SERVER_ERROR",
    "{\"title\": \"Service Unavailable\", \"status\": 503} | 503 | PAYMENTS_UNAVAILABLE",
    "{\"type\": \"about:blank\"} | 404 | PRODUCT_NOT_FOUND",
    "{\"type\": \"about:blank\"} | 400 | CLIENT_ERROR",
    "{\"type\": \"\"} | 429 | RATE_LIMITED",
    "'' | 500 | SERVER_ERROR",
  })
  void aBlankOrMissingTypeTakesTheEntryOfTheHttpStatus(String body, int status, StoreErrorCode entry) {
    StoreException e = failure(status, body);
    assertThat(e.errorCode()).isSameInstanceAs(entry);
    assertThat(e.httpStatus()).isEqualTo(status);
  }

  @Test
  void membersOfTheWrongJsonTypeAreIgnoredAndSaid() {
    StoreException e = failure(400, """
        {"type": ["https://example.com/probs/out-of-credit"], "detail": 42, "instance": true,
         "status": "403", "balance": 30}
        """);

    // type is no string: as if absent, so the HTTP status's entry; the others as if absent too.
    assertThat(e.errorCode()).isSameInstanceAs(StoreErrorCode.CLIENT_ERROR);
    assertThat(e.report().description()).isNull();
    assertThat(e.correlationId()).isNull();
    assertThat(e.report().bodyHttpStatus()).isEqualTo(0);
    assertThat(e.attribute("balance")).isEqualTo("30");
    String problem = e.report().problem();
    assertThat(problem).contains("code at /type is a JSON array, not a value");
    assertWithMessage("%s", problem).that(problem.contains("problem detail member \"detail\" is a JSON number, not a string; ignored"
        + " (RFC 9457, section 3.1)")).isTrue();
    assertThat(problem).contains("member \"instance\" is a JSON boolean, not a string");
    assertThat(problem).contains("member \"status\" is a JSON string, not a number");

    StoreException numberType = failure(403, "{\"type\": 403}");
    assertThat(numberType.errorCode()).isSameInstanceAs(StoreErrorCode.OUT_OF_CREDIT);
    assertThat(numberType.report().problem()).contains("member \"type\" is a JSON number, not a string");
  }

  @Test
  void theStatusMemberIsAdvisoryAndAMismatchIsSaid() {
    StoreException e = failure(429, "{\"type\": \"https://example.com/probs/out-of-credit\", \"status\": 403}");
    assertThat(e.errorCode()).isSameInstanceAs(StoreErrorCode.OUT_OF_CREDIT);
    assertThat(e.httpStatus()).isEqualTo(429);
    assertThat(e.report().bodyHttpStatus()).isEqualTo(403);
    assertThat(e.report().problem()).isEqualTo("problem detail status 403 is not the HTTP status 429; the HTTP status holds (RFC 9457,"
        + " section 3.1.2)");

    // A 2xx is a success whatever its status member says, as long as no type names an error.
    ErrorReport ok = assertSuccess(StoreMatcher.decode(200, "{\"status\": 500}".getBytes(StandardCharsets.UTF_8)));
    assertThat(ok.bodyHttpStatus()).isEqualTo(500);
    assertThat(ok.problem()).contains("problem detail status 500 is not the HTTP status 200");
    assertThat(failure(403, "{\"type\": \"out-of-credit\", \"status\": 403}").report().problem()).isNull();
  }

  @Test
  void unknownMembersAreIgnored() {
    StoreException e = failure(403, """
        {"type": "https://example.com/probs/out-of-credit", "extra": {"deep": [1, 2, {"x": null}]},
         "@type": "java.lang.Runtime", "title": 7}
        """);
    assertThat(e.errorCode()).isSameInstanceAs(StoreErrorCode.OUT_OF_CREDIT);
    assertThat(e.attributes()).isEqualTo(Map.of());
    assertThat(e.report().problem()).isNull();
  }

  @Test
  void anEncodedProblemIsProblemJsonWithTheRfcsMembers() throws IOException {
    StoreException raised = StoreMatcher.toException(ErrorReport.builder().code("out-of-credit")
        .description("Your current balance is 30, but that costs 50.").correlationId("/account/12345/msgs/abc")
        .attribute("balance", "30").attribute("accounts", "[\"/account/12345\",\"/account/67890\"]").build());

    EncodedError encoded = StoreMatcher.encode(raised);

    assertThat(encoded.httpStatus()).isEqualTo(403);
    assertThat(encoded.headers().get("Content-Type")).isEqualTo("application/problem+json");
    // Both parsed, so that a number is the same node whichever way it was written.
    assertThat(JSON.readTree(encoded.bodyText())).isEqualTo(JSON.readTree(OUT_OF_CREDIT.replace("\"instance\"", "\"status\": 403, \"instance\"")));
  }

  @Test
  void theTitleIsTheEntrysDescriptionInTheReadersLocale() throws IOException {
    StoreException raised = new StoreOutOfCreditException();
    assertThat(title(StoreMatcher.encode(raised))).isEqualTo("You do not have enough credit.");
    assertThat(title(StoreMatcher.catalog().encode(raised, Locale.forLanguageTag("es-CL")))).isEqualTo("No tiene crédito suficiente.");
    assertThat(title(StoreMatcher.catalog().encode(raised, Locale.GERMAN))).isEqualTo("You do not have enough credit.");
    JsonNode body = JSON.readTree(StoreMatcher.catalog().encode(raised, Locale.forLanguageTag("es")).body());
    // No detail: the occurrence said nothing of its own.
    assertThat(List.copyOf(fieldNames(body))).isEqualTo(List.of("type", "title", "status"));
  }

  @Test
  void anEntryOfStatusesAloneIsAboutBlankTitledByItsStatus() throws IOException {
    EncodedError encoded = StoreMatcher.encode(new StoreServerErrorException(502));
    JsonNode body = JSON.readTree(encoded.body());
    assertThat(encoded.httpStatus()).isEqualTo(502);
    assertThat(body.get("type").asText()).isEqualTo("about:blank");
    assertThat(body.get("title").asText()).isEqualTo("Bad Gateway");
    assertThat(body.get("status").asInt()).isEqualTo(502);
    assertThat(failure(502, encoded.bodyText()).errorCode()).isSameInstanceAs(StoreErrorCode.SERVER_ERROR);
  }

  @Test
  void aRetryLaterEntrySendsItsDelay() {
    EncodedError encoded = StoreMatcher.encode(new StoreRateLimitedException());
    assertThat(encoded.headers().get("Retry-After")).isEqualTo("30");
    StoreException back = assertFailure(StoreMatcher.decode(encoded.httpStatus(), encoded.body(),
        Map.of("Retry-After", List.of("30"))));
    assertThat(back.retry()).isEqualTo(RetryAdvice.after(Duration.ofSeconds(30)));
  }

  private static String title(EncodedError encoded) throws IOException {
    return JSON.readTree(encoded.body()).get("title").asText();
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
