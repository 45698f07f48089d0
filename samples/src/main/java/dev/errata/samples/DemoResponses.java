package dev.errata.samples;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The responses the demo decodes: the examples of the providers' docs, and realistic ones per row. */
final class DemoResponses {

  /** One HTTP response to decode, and the language its reader speaks. */
  record Response(String label, int status, String body, Map<String, List<String>> headers, Locale locale) {
    Response(String label, int status, String body) {
      this(label, status, body, Map.of(), Locale.ENGLISH);
    }

    Response(String label, int status, String body, Map<String, List<String>> headers) {
      this(label, status, body, headers, Locale.ENGLISH);
    }

    byte[] bytes() {
      return body.getBytes(StandardCharsets.UTF_8);
    }
  }

  /** The example of Khipu's English docs, verbatim. */
  static final String KHIPU_EXAMPLE_EN = """
      {
      "OperationId": "6baf6c19-e485-463b-ae24-a821b025c8a4",
      "Status": "ERROR",
      "Data": null,
      "AdditionalInformation": null,
      "Error": {
      "Code": "E201",
      "Type": "RETRY_IMMEDIATELY",
      "Description": "The target service used for data extraction is not available."
      },
      "LifeSpan": null
      }""";

  /** The example of Khipu's Spanish docs, verbatim. */
  static final String KHIPU_EXAMPLE_ES = """
      {
      "OperationId": "6baf6c19-e485-463b-ae24-a821b025c8a4",
      "Status": "ERROR",
      "Data": null,
      "AdditionalInformation": null,
      "Error": {
      "Code": "E201",
      "Type": "RETRY_IMMEDIATELY",
      "Description": "El servicio destino utilizado para la extracción de datos no se encuentra disponible."
      },
      "LifeSpan": null
      }""";

  /** KeyBank's status message example, completed (the docs' own has a trailing comma). */
  static final String KEYBANK_STATUS_EXAMPLE = """
      {
        "responseHeader": {
           "status": "S",
           "statusDescription": "Successfully returned results for the requested range 1 to 1",
           "retrivedRows": "1",
           "totalRows": "1",
           "dataLoadDate": "2022-07-13"
           }
      }""";

  private DemoResponses() {}

  /** A Khipu error envelope with a fresh-looking operation id. */
  static String khipuError(String code, String type, String description) {
    return "{\"OperationId\":\"op-" + code + "\",\"Status\":\"ERROR\",\"Data\":null,"
        + "\"Error\":{\"Code\":\"" + code + "\",\"Type\":\"" + type + "\",\"Description\":\""
        + description + "\"},\"LifeSpan\":null}";
  }

  /** A Khipu success envelope. */
  static String khipuOk() {
    return "{\"OperationId\":\"op-ok\",\"Status\":\"OK\",\"Data\":{\"Accounts\":[]},\"Error\":null}";
  }

  static List<Response> khipu() {
    return List.of(
        new Response("docs example (en)", 200, KHIPU_EXAMPLE_EN),
        new Response("docs example (es)", 200, KHIPU_EXAMPLE_ES, Map.of(), Locale.forLanguageTag("es")),
        new Response("A000 expired JWT", 401, khipuError("A000", "DO_NOT_RETRY", "JWT expired")),
        new Response("E100..E199 logon", 200, khipuError("E150", "DO_NOT_RETRY", "Account blocked")),
        new Response("E2xx target down", 200, khipuError("E201", "RETRY_IMMEDIATELY", "Bank timeout")),
        new Response("E3xx no data", 200, khipuError("E305", "DO_NOT_RETRY", "Month not closed")),
        new Response("E4xx bad parameter", 200, khipuError("E450", "DO_NOT_RETRY", "Unknown currency")),
        new Response("E5xx payments", 200, khipuError("E512", "DO_NOT_RETRY", "Mandate rejected")),
        new Response("E999 user-defined", 200, khipuError("E999", "DO_NOT_RETRY", "Custom message")),
        new Response("E000 generic", 200, khipuError("E000", "DO_NOT_RETRY", "")),
        new Response("D000 missing info", 200, khipuError("D000", "DO_NOT_RETRY", "Scraping pending")),
        new Response("F000 processing", 200, khipuError("F000", "WAIT_4_HOURS_BEFORE_RETRY", "Parser")),
        new Response("T000 timeout", 200, khipuError("T000", "RETRY_IMMEDIATELY", "Scraping timeout")),
        new Response("I001..I003 infra", 200, khipuError("I002", "WAIT_4_HOURS_BEFORE_RETRY", "Infra")),
        new Response("P001..P003 params", 200, khipuError("P001", "DO_NOT_RETRY", "Bad callback URL")),
        new Response("L000 async timeout", 200, khipuError("L000", "RETRY_IMMEDIATELY", "Webhook")),
        new Response("type overrides code", 200, khipuError("E150", "RETRY_IMMEDIATELY", "Try again")),
        new Response("unknown code E777", 200, khipuError("E777", "RETRY_IMMEDIATELY", "New code")),
        new Response("success", 200, khipuOk()),
        new Response("truncated body", 200, KHIPU_EXAMPLE_EN.substring(0, 80)),
        new Response("HTML from a proxy", 502, "<html><body><h1>502 Bad Gateway</h1></body></html>"),
        new Response("code is an object", 200,
            "{\"Status\":\"ERROR\",\"Error\":{\"Code\":{\"value\":\"E201\"}}}"));
  }

  static List<Response> khipuFailures() {
    return List.of(
        failure("TASK_FINISHED", "Unexpected character in RUT"),
        failure("LIFESPAN_EXCEEDED", "LifeSpan of 300s exceeded"),
        failure("PARSER_ERROR", "Invalid post processor response"),
        failure("PARSER_ERROR_NOT_AVAILABLE", "Post processor down"),
        failure("PARSER_ERROR_INTERNAL_ERROR", "New field in bank statement"),
        failure("TASK_DUMPED", "Unexpected scenario"),
        failure("SOMETHING_NEW", "A reason added after this catalog"));
  }

  private static Response failure(String reason, String message) {
    return new Response(reason, 200, "{\"OperationId\":\"op-1\",\"Status\":\"ERROR\",\"FailureReason\":\""
        + reason + "\",\"Message\":\"" + message + "\"}");
  }

  static List<Response> khipuHttp() {
    return List.of(
        new Response("200 OK", 200, khipuOk()),
        new Response("202 Accepted", 202, "{\"Status\":\"OK\",\"LifeSpan\":300}"),
        new Response("400 Bad request", 400, ""),
        new Response("401 Unauthorized", 401, ""),
        new Response("404 Not found", 404, "Not Found"),
        new Response("500 Server error", 500, "{\"Status\":\"ERROR\"}"));
  }

  private static String keyBankError(String message, String transactionId) {
    return "{\"ErrorMessage\":\"" + message + "\",\"X-CorrelationId\":\"corr-" + transactionId + "\","
        + "\"TransactionId\":\"" + transactionId + "\",\"TransactionTime\":\"2024-03-13T10:15:30Z\","
        + "\"ServiceError\":{\"connectError\":null,\"detailMessage\":\"" + message + "\"}}";
  }

  static List<Response> keyBank() {
    return List.of(
        new Response("200 status S (docs)", 200, KEYBANK_STATUS_EXAMPLE),
        new Response("299 status W", 299, "{\"responseHeader\":{\"status\":\"W\","
            + "\"statusDescription\":\"Partial results: 1 of 2 accounts\"}}"),
        new Response("400 missing information", 400, keyBankError("accountId is required", "T400")),
        new Response("401 unauthorized", 401, keyBankError("Invalid credentials", "T401")),
        new Response("403 forbidden", 403, keyBankError("No permission", "T403")),
        new Response("404 not found", 404, keyBankError("No such account", "T404")),
        new Response("405 invalid method", 405, keyBankError("Use POST", "T405")),
        new Response("415 invalid media type", 415, keyBankError("Use application/json", "T415")),
        new Response("429 too many (Retry-After)", 429, keyBankError("Slow down", "T429"),
            Map.of("retry-after", List.of("5"))),
        new Response("500 unknown error", 500, keyBankError("Unknown error", "T500")),
        new Response("502 bad gateway", 502, keyBankError("Upstream unreachable", "T502")),
        new Response("503 unavailable", 503, keyBankError("Maintenance", "T503")),
        new Response("504 needs more time", 504, keyBankError("Timed out", "T504")),
        new Response("409 not in the docs", 409, keyBankError("Conflict", "T409")),
        new Response("507 not in the docs", 507, ""),
        new Response("empty 500", 500, ""));
  }

  private static String stripeError(String type, String code, String message) {
    return "{\"error\":{\"type\":\"" + type + "\"," + (code == null ? "" : "\"code\":\"" + code + "\",")
        + "\"message\":\"" + message + "\"}}";
  }

  static List<Response> stripe() {
    return List.of(
        new Response("402 expired_card", 402, stripeError("card_error", "expired_card", "Your card has expired.")),
        new Response("402 card_declined", 402, "{\"error\":{\"type\":\"card_error\",\"code\":\"card_declined\","
            + "\"decline_code\":\"insufficient_funds\",\"message\":\"Your card has insufficient funds.\"}}"),
        new Response("400 tax_id_invalid", 400,
            stripeError("invalid_request_error", "tax_id_invalid", "Invalid tax ID.")),
        new Response("402 e5pired_card", 402, stripeError("card_error", "e5pired_card", "Not a code.")),
        new Response("429 rate_limit Retry-After", 429, stripeError("invalid_request_error", "rate_limit",
            "Too many requests."), Map.of("Retry-After", List.of("2"))),
        new Response("503 without a code", 503, stripeError("api_error", null, "Something went wrong.")),
        new Response("424 without a code", 424, stripeError("api_error", null, "A dependency failed.")),
        new Response("402 without a code", 402, stripeError("card_error", null, "Request failed.")));
  }

  private static String googleError(int code, String status, String message) {
    return "{\"error\":{\"code\":" + code + ",\"message\":\"" + message + "\",\"status\":\"" + status + "\"}}";
  }

  static List<Response> google() {
    return List.of(
        new Response("400 INVALID_ARGUMENT", 400, googleError(400, "INVALID_ARGUMENT", "Invalid name.")),
        new Response("400 FAILED_PRECONDITION", 400, googleError(400, "FAILED_PRECONDITION", "Not empty.")),
        new Response("500 UNKNOWN", 500, googleError(500, "UNKNOWN", "Unknown error.")),
        new Response("503 UNAVAILABLE", 503, googleError(503, "UNAVAILABLE", "Try again later.")),
        new Response("400 without a status", 400, "<html>Bad Request</html>"),
        new Response("502 without a status", 502, "<html>Bad Gateway</html>"),
        new Response("409 a status of tomorrow", 409, googleError(409, "QUOTA_GONE", "Not yet in the catalog.")));
  }
}
