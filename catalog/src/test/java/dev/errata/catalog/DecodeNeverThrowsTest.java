package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static dev.errata.catalog.EnvelopeCodecTest.KEYBANK_EXCEPTION;
import static dev.errata.catalog.EnvelopeCodecTest.KHIPU_EXAMPLE;
import static dev.errata.catalog.EnvelopeCodecTest.utf8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.catalog.TestCatalog.TestException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.Tag;

/**
 * "Decoding never throws", as properties: arbitrary bytes, token soup, the real envelopes mutated
 * (fields dropped, retyped, nulled, duplicated, nested deeper, then bytes cut and flipped), and values
 * at and past every limit. Whatever the body, status and headers: no exception escapes, the status and
 * the exact bytes are kept, a non-2xx status is a failure, and the typed exception can be used and
 * encoded again. The default run tries each property {@code jqwik.tries.default} times (500, in
 * {@code junit-platform.properties}); the {@code fuzz} profile raises that.
 */
@Tag("fuzz")
class DecodeNeverThrowsTest {

  private static final int MIB = 1 << 20;
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-13T12:00:00Z"), ZoneOffset.UTC);
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The envelope shapes: the code in the body, the code as the HTTP status, and an RFC 9457 problem
   * detail (the code in a type URI).
   */
  enum Format {
    KHIPU(new EnvelopeCodec(TestCatalog.KHIPU, DecodeLimits.DEFAULT, CLOCK), TestCatalog::khipuException),
    KEYBANK(new EnvelopeCodec(TestCatalog.KEYBANK, DecodeLimits.DEFAULT, CLOCK), TestCatalog::keyBankException),
    PROBLEM(new EnvelopeCodec(TestCatalog.PROBLEM, DecodeLimits.DEFAULT, CLOCK), TestCatalog::khipuException);

    final EnvelopeCodec codec;
    final Function<ErrorReport, TestException> toException;

    Format(EnvelopeCodec codec, Function<ErrorReport, TestException> toException) {
      this.codec = codec;
      this.toException = toException;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Properties

  @Property
  void arbitraryBytes(
      @ForAll Format format,
      @ForAll("statuses") int status,
      @ForAll("bytes") byte[] body,
      @ForAll("headers") Map<String, List<String>> headers) {
    decodeKeepsEverything(format, status, body, headers);
  }

  @Property
  void jsonTokenSoup(
      @ForAll Format format,
      @ForAll("statuses") int status,
      @ForAll("tokenSoup") byte[] body,
      @ForAll("headers") Map<String, List<String>> headers) {
    decodeKeepsEverything(format, status, body, headers);
  }

  @Property
  void mutatedRealEnvelopes(
      @ForAll Format format,
      @ForAll("statuses") int status,
      @ForAll("mutatedEnvelopes") byte[] body,
      @ForAll("headers") Map<String, List<String>> headers) {
    ErrorReport report = decodeKeepsEverything(format, status, body, headers);
    String problem = report.problem() == null ? "" : report.problem();
    Statistics.label("body").collect(
        problem.contains("not valid JSON") ? "not JSON" : problem.contains("limit") ? "over a limit" : "JSON");
    // Mutated, most envelopes must still be JSON, or the fuzzing would only test the parser's errors.
    Statistics.label("body").coverage(coverage -> {
      coverage.check("JSON").percentage(p -> p >= 40);
      coverage.check("not JSON").percentage(p -> p >= 5);
    });
  }

  @Property
  void hugeStringsNumbersAndNesting(
      @ForAll Format format,
      @ForAll("statuses") int status,
      @ForAll("hugeValues") byte[] body) {
    ErrorReport report = decodeKeepsEverything(format, status, body, null);
    if (body.length > DecodeLimits.DEFAULT.maxBodyBytes()) {
      assertWithMessage("a body over the size limit must say so").that(report.problem()).isNotNull();
      assertThat(report.problem()).contains("byte limit");
    }
    String problem = report.problem() == null ? "" : report.problem();
    Statistics.label("outcome").collect(
        body.length > DecodeLimits.DEFAULT.maxBodyBytes() ? "over the body limit"
            : problem.contains("limit") ? "over another limit"
            : problem.isEmpty() ? "read" : "other problem");
    // The generator must reach past the limits, and stay under them, often enough to test both.
    Statistics.label("outcome").coverage(coverage -> {
      coverage.check("over the body limit").percentage(p -> p >= 1);
      coverage.check("over another limit").percentage(p -> p >= 5);
      coverage.check("read").percentage(p -> p >= 20);
    });
  }

  /**
   * Decodes, and checks what must hold for every input; any exception thrown fails the property. Returns
   * the report.
   */
  static ErrorReport decodeKeepsEverything(
      Format format, int status, byte[] body, Map<String, List<String>> headers) {
    Decoded<TestException> decoded = format.codec.decode(status, body, headers, format.toException);
    ErrorReport report = decoded.report();
    assertThat(report).isNotNull();
    assertWithMessage("the HTTP status is kept").that(report.httpStatus()).isEqualTo(status);
    assertWithMessage("the raw body is kept").that(report.body()).isEqualTo(body == null ? new byte[0] : body);
    if (status < 200 || status > 299) {
      assertWithMessage("a non-2xx status is a failure").that(decoded.isFailure()).isTrue();
    }
    if (format == Format.KEYBANK) {
      assertWithMessage("the status is the code").that(report.code()).isEqualTo(Integer.toString(status));
    }
    assertWithMessage("read and decode agree").that(format.codec.read(status, body, headers)).isEqualTo(report);
    decoded.exception().ifPresent(exception -> {
      assertThat(exception.report()).isSameInstanceAs(report);
      assertThat(exception.getMessage()).isNotNull();
      assertThat(exception.errorCode()).isNotNull();
      assertThat(exception.retry()).isNotNull();
      assertThat(exception.code()).isNotNull();
      assertThat(exception.description()).isNotNull();
      assertThat(exception.attributes()).isNotNull();
      // A proxy may send on what it received: encoding it, and decoding that, never throws either.
      EncodedError encoded = format.codec.encode(exception);
      format.codec.decode(encoded.httpStatus(), encoded.body(), Map.of(), format.toException);
    });
    return report;
  }

  // ---------------------------------------------------------------------------------------------
  // Statuses and headers

  @Provide
  Arbitrary<Integer> statuses() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.of(200, 201, 204, 299, 400, 401, 404, 429, 500, 503)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(100, 599)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(0, -1, 99, 600, 1000, Integer.MIN_VALUE, Integer.MAX_VALUE)));
  }

  @Provide
  Arbitrary<Map<String, List<String>>> headers() {
    Arbitrary<String> name = Arbitraries.of("Retry-After", "retry-after", "RETRY-AFTER", "Content-Type", "X-Other");
    Arbitrary<String> value = Arbitraries.oneOf(
        Arbitraries.of("0", "1", "120", "9999999999", "99999999999", "-5", " 30 ", "", "1.5", "\u0661\u0662",
            "Wed, 13 Mar 2024 12:04:00 GMT", "Wed, 13 Mar 2024 11:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT",
            "Mon, 32 Jan 2024 00:00:00 GMT", "tomorrow"),
        Arbitraries.strings().ofMaxLength(40),
        Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(25));
    Arbitrary<List<String>> values = value.injectNull(0.05).list().ofMaxSize(3).injectNull(0.05);
    Arbitrary<Map<String, List<String>>> map = Arbitraries.maps(name, values).ofMaxSize(3);
    return map.injectNull(0.2);
  }

  // ---------------------------------------------------------------------------------------------
  // Bodies

  @Provide
  Arbitrary<byte[]> bytes() {
    return Arbitraries.bytes().array(byte[].class).ofMaxSize(600).injectNull(0.02);
  }

  private static final List<String> TOKENS = List.of(
      "{", "}", "[", "]", ":", ",", "\"", "\\", " ", "\n", "\t",
      "\"Error\"", "\"Code\"", "\"Type\"", "\"Description\"", "\"Status\"", "\"OperationId\"",
      "\"ErrorMessage\"", "\"X-CorrelationId\"", "\"TransactionId\"", "\"ServiceError\"",
      "\"responseHeader\"", "\"status\"", "\"type\"", "\"title\"", "\"detail\"", "\"instance\"", "\"balance\"",
      "\"https://example.com/probs/E201\"", "\"about:blank\"", "\"../probs/A000\"", "\"E201\"", "\"A000\"", "\"ERROR\"", "\"OK\"", "\"S\"", "\"W\"",
      "\"F\"", "\"RETRY_IMMEDIATELY\"", "\"DO_NOT_RETRY\"", "\"WAIT_4_HOURS_BEFORE_RETRY\"",
      "null", "true", "false", "0", "-0", "1.5", "-1E-400", "1e309", "12345678901234567890123",
      "NaN", "Infinity", "-Infinity", "'single'", "/* c */", "// c\n", "#", "\"\\u0000\"", "\"\\ud800\"",
      "\"\\uZZZZ\"", "\"\\\"\"", "\u00e9", "\ufeff", "\u0000", "\"\u2028\"", "\uD83D\uDE00", "\uD800");

  @Provide
  Arbitrary<byte[]> tokenSoup() {
    Arbitrary<String> soup = Arbitraries.of(TOKENS).list().ofMaxSize(80).map(tokens -> String.join("", tokens));
    return Combinators.combine(soup, Arbitraries.integers().between(0, 9))
        .as((text, encoding) -> encoding == 0
            ? text.getBytes(StandardCharsets.UTF_16LE)
            : text.getBytes(StandardCharsets.UTF_8));
  }

  /** The seeds: the envelopes the docs publish, and one success. */
  private static final List<String> SEEDS = List.of(
      KHIPU_EXAMPLE,
      KEYBANK_EXCEPTION,
      "{\"OperationId\":\"op-1\",\"Status\":\"OK\",\"Data\":{\"Accounts\":[1,2,3]},\"Error\":null}",
      // KeyBank's status message example, trailing comma and all, as its docs print it.
      """
      {
        "responseHeader": {
           "status": "S",
           "statusDescription": "Successfully returned results for the requested range 1 to 1",
           "retrivedRows": "1",
           "totalRows": "1",
           "dataLoadDate": "2022-07-13"
           },
      }
      """,
      "{\"responseHeader\":{\"status\":\"W\",\"statusDescription\":\"minor issue\"},\"ErrorMessage\":\"w\"}",
      // RFC 9457, section 3's example, with the type of a code of these catalogs.
      """
      {
       "type": "https://example.com/probs/E201",
       "title": "You do not have enough credit.",
       "status": 403,
       "detail": "Your current balance is 30, but that costs 50.",
       "instance": "/account/12345/msgs/abc",
       "balance": 30,
       "accounts": ["/account/12345",
                    "/account/67890"]
      }
      """);

  /** What a mutation does; tree ones first, then text, then bytes. */
  enum Op { DROP, RETYPE, NULL, NEST, RENAME, DUPLICATE, TRUNCATE, FLIP, INSERT, DELETE, REPEAT }

  /** One mutation: what, where (an index taken modulo what there is), and which variant. */
  record Mutation(Op op, int at, int variant) {}

  @Provide
  Arbitrary<byte[]> mutatedEnvelopes() {
    Arbitrary<Mutation> mutation = Combinators.combine(
            Arbitraries.of(Op.class),
            Arbitraries.integers().between(0, 10_000),
            Arbitraries.integers().between(0, 10_000))
        .as(Mutation::new);
    return Combinators.combine(Arbitraries.of(SEEDS), mutation.list().ofMaxSize(6))
        .as(DecodeNeverThrowsTest::mutate);
  }

  static byte[] mutate(String seed, List<Mutation> mutations) {
    JsonNode tree;
    try {
      tree = JSON.readTree(seed);
    } catch (JsonProcessingException notJson) {
      // The trailing comma seed: keep it as text, mutate its bytes only.
      tree = null;
    }
    List<Mutation> sorted = new ArrayList<>(mutations);
    sorted.sort((a, b) -> Integer.compare(a.op().ordinal(), b.op().ordinal()));
    String text = seed;
    boolean treeDone = false;
    byte[] bytes = null;
    for (Mutation m : sorted) {
      if (m.op().compareTo(Op.DUPLICATE) < 0) {
        if (tree != null) {
          tree = mutateTree(tree, m);
        }
        continue;
      }
      if (!treeDone) {
        text = tree != null ? tree.toString() : seed;
        treeDone = true;
      }
      if (m.op() == Op.DUPLICATE) {
        text = duplicateKey(text, m);
        continue;
      }
      if (bytes == null) {
        bytes = utf8(text);
      }
      bytes = mutateBytes(bytes, m);
    }
    if (!treeDone) {
      text = tree != null ? tree.toString() : seed;
    }
    return bytes != null ? bytes : utf8(text);
  }

  /** Every container of the tree with the path to it, parents before children. */
  private static List<ContainerNode<?>> containers(JsonNode root) {
    List<ContainerNode<?>> found = new ArrayList<>();
    List<JsonNode> queue = new ArrayList<>(List.of(root));
    for (int i = 0; i < queue.size(); i++) {
      JsonNode node = queue.get(i);
      if (node instanceof ContainerNode<?> container) {
        found.add(container);
        node.elements().forEachRemaining(queue::add);
      }
    }
    return found;
  }

  private static JsonNode mutateTree(JsonNode root, Mutation m) {
    if (m.op() == Op.NEST && m.variant() % 5 == 0) {
      return nest(root, m.variant());
    }
    List<ContainerNode<?>> containers = containers(root);
    if (containers.isEmpty()) {
      return root;
    }
    ContainerNode<?> container = containers.get(m.at() % containers.size());
    if (container.size() == 0) {
      if (m.op() == Op.RETYPE && container instanceof ObjectNode object) {
        object.set("Code", replacement(m.variant()));
      }
      return root;
    }
    int index = m.variant() % container.size();
    if (container instanceof ObjectNode object) {
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      String name = names.get(index);
      switch (m.op()) {
        case DROP -> object.remove(name);
        case RETYPE -> object.set(name, replacement(m.variant() / 7));
        case NULL -> object.putNull(name);
        case NEST -> object.set(name, nest(object.get(name), m.variant()));
        case RENAME -> {
          JsonNode value = object.remove(name);
          String renamed = switch (m.variant() % 4) {
            case 0 -> name.toLowerCase(Locale.ROOT);
            case 1 -> name.toUpperCase(Locale.ROOT);
            case 2 -> name + " ";
            default -> "\u0130" + name;
          };
          object.set(renamed, value);
        }
        default -> throw new AssertionError(m);
      }
    } else {
      ArrayNode array = (ArrayNode) container;
      switch (m.op()) {
        case DROP -> array.remove(index);
        case RETYPE, RENAME -> array.set(index, replacement(m.variant() / 7));
        case NULL -> array.set(index, JsonNodeFactory.instance.nullNode());
        case NEST -> array.set(index, nest(array.get(index), m.variant()));
        default -> throw new AssertionError(m);
      }
    }
    return root;
  }

  /** {@code value} wrapped in objects or arrays, a few levels, or past the nesting limit. */
  private static JsonNode nest(JsonNode value, int variant) {
    int depth = switch (variant % 4) {
      case 0 -> 1 + variant % 5;
      case 1 -> 60 + variant % 10;
      default -> 1 + variant % 30;
    };
    JsonNode nested = value;
    for (int i = 0; i < depth; i++) {
      if ((variant + i) % 2 == 0) {
        nested = JsonNodeFactory.instance.arrayNode().add(nested);
      } else {
        nested = JsonNodeFactory.instance.objectNode().set("Error", nested);
      }
    }
    return nested;
  }

  /** A value of another type than the one it replaces, likely. */
  private static JsonNode replacement(int variant) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    return switch (variant % 14) {
      case 0 -> f.numberNode(42);
      case 1 -> f.numberNode(-1.5e300);
      case 2 -> f.booleanNode(variant % 3 == 0);
      case 3 -> f.arrayNode().add("E201").add(1);
      case 4 -> f.objectNode().put("Code", "E201").put("Type", "RETRY_IMMEDIATELY");
      case 5 -> f.textNode("");
      case 6 -> f.textNode("x".repeat(variant % 5_000));
      case 7 -> f.numberNode(new java.math.BigInteger("9".repeat(1 + variant % 150)));
      case 8 -> f.numberNode(new java.math.BigDecimal("1e" + (variant % 2 == 0 ? "" : "-") + variant));
      case 9 -> f.textNode("E2\u0000\u00e9\uD800");
      case 10 -> f.textNode("UNKNOWN_TYPE");
      case 11 -> f.textNode(variant % 2 == 0 ? "RETRY_IMMEDIATELY" : "WAIT_4_HOURS_BEFORE_RETRY");
      case 12 -> f.nullNode();
      default -> f.objectNode();
    };
  }

  /** Inserts a second {@code "key":value,} before an occurrence of a key: JSON with a duplicate key. */
  private static String duplicateKey(String text, Mutation m) {
    List<Integer> keys = new ArrayList<>();
    for (int i = text.indexOf("\":"); i >= 0; i = text.indexOf("\":", i + 1)) {
      keys.add(i);
    }
    if (keys.isEmpty()) {
      return text;
    }
    int end = keys.get(m.at() % keys.size());
    int start = text.lastIndexOf('"', end - 1);
    if (start < 0) {
      return text;
    }
    String key = text.substring(start, end + 2);
    return text.substring(0, start) + key + replacement(m.variant()) + "," + text.substring(start);
  }

  private static byte[] mutateBytes(byte[] bytes, Mutation m) {
    int length = bytes.length;
    int at = length == 0 ? 0 : m.at() % length;
    return switch (m.op()) {
      case TRUNCATE -> Arrays.copyOf(bytes, at);
      case FLIP -> {
        byte[] copy = bytes.clone();
        if (length > 0) {
          copy[at] = (byte) (copy[at] ^ (1 << (m.variant() % 8)));
        }
        yield copy;
      }
      case INSERT -> {
        byte[] copy = new byte[length + 1];
        System.arraycopy(bytes, 0, copy, 0, at);
        copy[at] = (byte) m.variant();
        System.arraycopy(bytes, at, copy, at + 1, length - at);
        yield copy;
      }
      case DELETE -> {
        int end = Math.min(length, at + 1 + m.variant() % 20);
        byte[] copy = new byte[length - (end - at)];
        System.arraycopy(bytes, 0, copy, 0, at);
        System.arraycopy(bytes, end, copy, at, length - end);
        yield copy;
      }
      case REPEAT -> {
        int end = Math.min(length, at + 1 + m.variant() % 40);
        byte[] chunk = Arrays.copyOfRange(bytes, at, end);
        int times = 1 + m.variant() % 50;
        byte[] copy = new byte[length + chunk.length * times];
        System.arraycopy(bytes, 0, copy, 0, end);
        for (int i = 0; i < times; i++) {
          System.arraycopy(chunk, 0, copy, end + i * chunk.length, chunk.length);
        }
        System.arraycopy(bytes, end, copy, end + chunk.length * times, length - end);
        yield copy;
      }
      default -> throw new AssertionError(m);
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Values at and past the limits

  /** Sizes around each default limit, and small ones. */
  private static Arbitrary<Integer> sizeNear(int limit) {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(6, Arbitraries.integers().between(0, 200)),
        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(limit - 3, limit + 3)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(limit / 2, limit * 2)));
  }

  /** Where a huge value goes, in either envelope. */
  private static final List<String> TEMPLATES = List.of(
      "{\"Status\":\"ERROR\",\"Error\":{\"Code\":%s,\"Type\":\"RETRY_IMMEDIATELY\"}}",
      "{\"Status\":\"ERROR\",\"Error\":{\"Code\":\"E201\",\"Description\":%s}}",
      "{\"Status\":%s,\"OperationId\":%<s}",
      "{\"ErrorMessage\":%s,\"TransactionId\":\"T\"}",
      "{\"TransactionId\":%s,\"ServiceError\":{\"detail\":%<s}}",
      "{\"responseHeader\":{\"status\":%s}}",
      "%s");

  @Provide
  Arbitrary<byte[]> hugeValues() {
    Arbitrary<String> strings = Combinators.combine(
            sizeNear(MIB), Arbitraries.of("x", "\u00e9", "\\n", "\\u0041", "\uD83D\uDE00"))
        .as((size, unit) -> "\"" + unit.repeat(size / unit.length()) + "\"");
    Arbitrary<String> numbers = Combinators.combine(
            sizeNear(DecodeLimits.DEFAULT.maxNumberLength()), Arbitraries.integers().between(0, 4))
        .as((size, form) -> {
          String digits = "7".repeat(Math.max(1, size));
          return switch (form) {
            case 0 -> digits;
            case 1 -> "-" + digits;
            case 2 -> "0." + digits;
            case 3 -> "1e" + digits;
            default -> digits + ".5e-" + digits;
          };
        });
    Arbitrary<String> nesting = Combinators.combine(
            sizeNear(DecodeLimits.DEFAULT.maxNestingDepth()), Arbitraries.of("[", "{\"a\":"))
        .as((depth, open) -> open.repeat(depth) + "1" + (open.equals("[") ? "]" : "}").repeat(depth));
    Arbitrary<String> manyKeys = sizeNear(20_000).map(count -> {
      StringBuilder object = new StringBuilder("{");
      for (int i = 0; i < count; i++) {
        object.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
      }
      return object.append('}').toString();
    });
    Arbitrary<String> longKey = sizeNear(50_000).map(length -> "{\"" + "k".repeat(length) + "\":1}");
    Arbitrary<String> value = Arbitraries.oneOf(strings, numbers, nesting, manyKeys, longKey);
    return Combinators.combine(Arbitraries.of(TEMPLATES), value)
        .as((template, huge) -> utf8(String.format(template, huge)));
  }

  // ---------------------------------------------------------------------------------------------
  // The mutators themselves: each does what it says, or the fuzzing above would test less than it claims.

  @Example
  void mutatorsDoWhatTheySay() throws IOException {
    String khipu = KHIPU_EXAMPLE;
    // Containers breadth first: 0 is the root, 1 is Error; fields in document order.
    JsonNode dropped = JSON.readTree(mutate(khipu, List.of(new Mutation(Op.DROP, 1, 0))));
    assertWithMessage("%s", dropped).that(dropped.at("/Error/Code").isMissingNode()).isTrue();
    JsonNode nulled = JSON.readTree(mutate(khipu, List.of(new Mutation(Op.NULL, 0, 1))));
    assertWithMessage("%s", nulled).that(nulled.get("Status").isNull()).isTrue();
    JsonNode retyped = JSON.readTree(mutate(khipu, List.of(new Mutation(Op.RETYPE, 1, 0))));
    assertWithMessage("%s", retyped).that(retyped.at("/Error/Code").asInt()).isEqualTo(42);
    JsonNode nested = JSON.readTree(mutate(khipu, List.of(new Mutation(Op.NEST, 1, 1))));
    assertWithMessage("%s", nested).that(nested.at("/Error/Type").isObject() || nested.at("/Error/Type").isArray()).isTrue();
    JsonNode renamed = JSON.readTree(mutate(khipu, List.of(new Mutation(Op.RENAME, 1, 0))));
    assertWithMessage("%s", renamed).that(renamed.at("/Error/code").asText()).isEqualTo("E201");

    String duplicated = new String(mutate(khipu, List.of(new Mutation(Op.DUPLICATE, 0, 0))), StandardCharsets.UTF_8);
    assertThat(duplicated).startsWith("{\"OperationId\":42,\"OperationId\":");

    byte[] plain = utf8(JSON.readTree(khipu).toString());
    assertThat(mutate(khipu, List.of(new Mutation(Op.TRUNCATE, 10, 0))).length).isEqualTo(10);
    assertThat(mutate(khipu, List.of(new Mutation(Op.INSERT, 3, 7))).length).isEqualTo(plain.length + 1);
    assertThat(mutate(khipu, List.of(new Mutation(Op.DELETE, 3, 2))).length).isEqualTo(plain.length - 3);
    byte[] flipped = mutate(khipu, List.of(new Mutation(Op.FLIP, 0, 0)));
    assertThat(flipped[0]).isEqualTo('{' ^ 1);
    // Past the nesting limit: the codec says so.
    byte[] deep = mutate(khipu, List.of(new Mutation(Op.NEST, 0, 65)));
    String problem = Format.KHIPU.codec.read(500, deep, null).problem();
    assertWithMessage("%s", problem).that(problem != null && problem.contains("nesting depth")).isTrue();
  }
}
