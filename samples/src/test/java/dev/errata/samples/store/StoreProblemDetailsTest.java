package dev.errata.samples.store;

import static dev.errata.samples.DecodedAssertions.assertFailure;
import static dev.errata.samples.DecodedAssertions.assertSuccess;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    assertSame(StoreErrorCode.OUT_OF_CREDIT, credit.errorCode());
    assertEquals("out-of-credit", credit.code());
    assertEquals("Your current balance is 30, but that costs 50.", credit.description());
    assertEquals("/account/12345/msgs/abc", credit.correlationId());
    assertEquals("30", credit.attribute("balance"));
    assertEquals("[\"/account/12345\",\"/account/67890\"]", credit.attribute("accounts"));
    assertEquals(403, credit.httpStatus());
    assertEquals(RetryAdvice.never(), credit.retry());
    assertNull(credit.report().problem());
  }

  @Test
  void theRfcsValidationExampleOfAnotherSiteIsAnUnknownCodeThatKeepsItsType() {
    StoreException e = failure(422, VALIDATION);

    assertInstanceOf(StoreUnknownException.class, e);
    assertEquals("https://example.net/validation-error", e.code());
    assertEquals(422, e.httpStatus());
    assertTrue(e.attribute("errors").startsWith("[{\"detail\":\"must be a positive integer\",\"pointer\":\"#/age\"}"),
        e.attribute("errors"));
    // The same problem of this catalog's own site is its entry.
    StoreException own = failure(422, VALIDATION.replace("example.net/", "example.com/probs/"));
    assertInstanceOf(StoreValidationErrorException.class, own);
    assertEquals("validation-error", own.code());
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
    assertEquals(code, e.code());
    assertSame(code.equals("out-of-credit") ? StoreErrorCode.OUT_OF_CREDIT : StoreErrorCode.UNKNOWN, e.errorCode());
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
    assertSame(entry, e.errorCode());
    assertEquals(status, e.httpStatus());
  }

  @Test
  void membersOfTheWrongJsonTypeAreIgnoredAndSaid() {
    StoreException e = failure(400, """
        {"type": ["https://example.com/probs/out-of-credit"], "detail": 42, "instance": true,
         "status": "403", "balance": 30}
        """);

    // type is no string: as if absent, so the HTTP status's entry; the others as if absent too.
    assertSame(StoreErrorCode.CLIENT_ERROR, e.errorCode());
    assertNull(e.report().description());
    assertNull(e.correlationId());
    assertEquals(0, e.report().bodyHttpStatus());
    assertEquals("30", e.attribute("balance"));
    String problem = e.report().problem();
    assertTrue(problem.contains("code at /type is a JSON array, not a value"), problem);
    assertTrue(problem.contains("problem detail member \"detail\" is a JSON number, not a string; ignored"
        + " (RFC 9457, section 3.1)"), problem);
    assertTrue(problem.contains("member \"instance\" is a JSON boolean, not a string"), problem);
    assertTrue(problem.contains("member \"status\" is a JSON string, not a number"), problem);

    StoreException numberType = failure(403, "{\"type\": 403}");
    assertSame(StoreErrorCode.OUT_OF_CREDIT, numberType.errorCode());
    assertTrue(numberType.report().problem().contains("member \"type\" is a JSON number, not a string"));
  }

  @Test
  void theStatusMemberIsAdvisoryAndAMismatchIsSaid() {
    StoreException e = failure(429, "{\"type\": \"https://example.com/probs/out-of-credit\", \"status\": 403}");
    assertSame(StoreErrorCode.OUT_OF_CREDIT, e.errorCode());
    assertEquals(429, e.httpStatus());
    assertEquals(403, e.report().bodyHttpStatus());
    assertEquals("problem detail status 403 is not the HTTP status 429; the HTTP status holds (RFC 9457,"
        + " section 3.1.2)", e.report().problem());

    // A 2xx is a success whatever its status member says, as long as no type names an error.
    ErrorReport ok = assertSuccess(StoreMatcher.decode(200, "{\"status\": 500}".getBytes(StandardCharsets.UTF_8)));
    assertEquals(500, ok.bodyHttpStatus());
    assertTrue(ok.problem().contains("problem detail status 500 is not the HTTP status 200"), ok.problem());
    assertNull(failure(403, "{\"type\": \"out-of-credit\", \"status\": 403}").report().problem());
  }

  @Test
  void unknownMembersAreIgnored() {
    StoreException e = failure(403, """
        {"type": "https://example.com/probs/out-of-credit", "extra": {"deep": [1, 2, {"x": null}]},
         "@type": "java.lang.Runtime", "title": 7}
        """);
    assertSame(StoreErrorCode.OUT_OF_CREDIT, e.errorCode());
    assertEquals(Map.of(), e.attributes());
    assertNull(e.report().problem());
  }

  @Test
  void anEncodedProblemIsProblemJsonWithTheRfcsMembers() throws IOException {
    StoreException raised = StoreMatcher.toException(ErrorReport.builder().code("out-of-credit")
        .description("Your current balance is 30, but that costs 50.").correlationId("/account/12345/msgs/abc")
        .attribute("balance", "30").attribute("accounts", "[\"/account/12345\",\"/account/67890\"]").build());

    EncodedError encoded = StoreMatcher.encode(raised);

    assertEquals(403, encoded.httpStatus());
    assertEquals("application/problem+json", encoded.headers().get("Content-Type"));
    // Both parsed, so that a number is the same node whichever way it was written.
    assertEquals(JSON.readTree(OUT_OF_CREDIT.replace("\"instance\"", "\"status\": 403, \"instance\"")),
        JSON.readTree(encoded.bodyText()));
  }

  @Test
  void theTitleIsTheEntrysDescriptionInTheReadersLocale() throws IOException {
    StoreException raised = new StoreOutOfCreditException();
    assertEquals("You do not have enough credit.", title(StoreMatcher.encode(raised)));
    assertEquals("No tiene crédito suficiente.", title(StoreMatcher.catalog().encode(raised, Locale.forLanguageTag("es-CL"))));
    assertEquals("You do not have enough credit.", title(StoreMatcher.catalog().encode(raised, Locale.GERMAN)));
    JsonNode body = JSON.readTree(StoreMatcher.catalog().encode(raised, Locale.forLanguageTag("es")).body());
    // No detail: the occurrence said nothing of its own.
    assertEquals(List.of("type", "title", "status"), List.copyOf(fieldNames(body)));
  }

  @Test
  void anEntryOfStatusesAloneIsAboutBlankTitledByItsStatus() throws IOException {
    EncodedError encoded = StoreMatcher.encode(new StoreServerErrorException(502));
    JsonNode body = JSON.readTree(encoded.body());
    assertEquals(502, encoded.httpStatus());
    assertEquals("about:blank", body.get("type").asText());
    assertEquals("Bad Gateway", body.get("title").asText());
    assertEquals(502, body.get("status").asInt());
    assertSame(StoreErrorCode.SERVER_ERROR, failure(502, encoded.bodyText()).errorCode());
  }

  @Test
  void aRetryLaterEntrySendsItsDelay() {
    EncodedError encoded = StoreMatcher.encode(new StoreRateLimitedException());
    assertEquals("30", encoded.headers().get("Retry-After"));
    StoreException back = assertFailure(StoreMatcher.decode(encoded.httpStatus(), encoded.body(),
        Map.of("Retry-After", List.of("30"))));
    assertEquals(RetryAdvice.after(Duration.ofSeconds(30)), back.retry());
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
