package dev.errata.catalog;

import static com.google.common.truth.Truth.assertWithMessage;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.statistics.Statistics;

/**
 * The streaming reader against the tree it stands in for: for random bodies built of the names the
 * format points at, names a byte or a case apart, the same names written with escapes, non-ASCII and
 * empty names, duplicates, and values of every JSON type, each pointer reads what Jackson's tree holds
 * at it (a value, nothing, or a problem when it is an object or array), on every backend present.
 * Tagged as the decoder's other properties, so that the {@code fuzz} profile runs it longer.
 */
@Tag("fuzz")
class StreamingReadOracleTest {

  private static final ObjectMapper TREE = new ObjectMapper();

  /** Each pointer the format reads, by the field's name in the reader's problems. */
  private static final Map<String, String> POINTERS = new LinkedHashMap<>();

  static {
    POINTERS.put("code", "/Error/Code");
    POINTERS.put("type", "/Error/Type");
    POINTERS.put("description", "/Error/Description");
    POINTERS.put("status", "/Status");
    POINTERS.put("correlation id", "/OperationId");
    POINTERS.put("warning", "/Error/Details/1/Text");
    POINTERS.put("HTTP status", "/Error/C\u00f3digo");
    POINTERS.put("deep", "/Data/a/b/c");
    POINTERS.put("empty", "/Data/");
    POINTERS.put("long", "/AdditionalInformationAboutTheOperation");
  }

  private static final EnvelopeFormat FORMAT = EnvelopeFormat.builder()
      .code(POINTERS.get("code"))
      .type(POINTERS.get("type"))
      .description(POINTERS.get("description"))
      .status(POINTERS.get("status"))
      .correlationId(POINTERS.get("correlation id"))
      .warning(POINTERS.get("warning"))
      .httpStatus(POINTERS.get("HTTP status"))
      .attribute("deep", POINTERS.get("deep"), JsonType.STRING)
      .attribute("empty", POINTERS.get("empty"), JsonType.STRING)
      .attribute("long", POINTERS.get("long"), JsonType.STRING)
      .build();

  /**
   * Names as JSON text that the pointers take at each depth, some with escapes (seven names in ten
   * of a body; the others from {@link #OTHERS}).
   */
  private static final List<List<String>> POINTED = List.of(
      List.of("\"Error\"", "\"\\u0045rror\"", "\"Status\"", "\"OperationId\"", "\"Data\"",
          "\"AdditionalInformationAboutTheOperation\""),
      List.of("\"Code\"", "\"\\u0043ode\"", "\"Type\"", "\"Description\"", "\"Details\"", "\"C\u00f3digo\"",
          "\"C\\u00f3digo\"", "\"a\"", "\"\""),
      List.of("\"Text\"", "\"b\""),
      List.of("\"c\"", "\"Text\""));

  /** Names none takes: a byte, a case or an escape apart from those, and others. */
  private static final List<String> OTHERS = List.of(
      "\"AdditionalInformationAboutTheOperatio\"", "\"AdditionalInformationAboutTheOperations\"", "\"Cod\"",
      "\"Codes\"", "\"code\"", "\"Erro\"", "\"Errors\"", "\"Statu\"", "\"Status \"", "\"0\"", "\"x\\\"y\"",
      "\"\\/Status\"", "\"Codigo\"", "\"C\u00f2digo\"", "\"d\"", "\"Error\"", "\"Code\"");

  private static final List<String> SCALARS = List.of(
      "\"E201\"", "\"\"", "\"a \\\"quoted\\\" text\"", "\"\\u00e9\\n\"", "\"\u00e9\u4e2d\"", "\"\\ud83d\\ude00\"",
      "1", "-0", "2.50", "1e3", "true", "false", "null");

  private static List<JsonBackend> backends() {
    List<JsonBackend> backends = new ArrayList<>();
    if (present("tools.jackson.core.json.JsonFactory")) {
      backends.add(new Jackson3Backend(DecodeLimits.DEFAULT, 64));
    }
    if (present("com.fasterxml.jackson.core.JsonFactory")) {
      backends.add(new Jackson2Backend(DecodeLimits.DEFAULT, 64));
    }
    return backends;
  }

  private static boolean present(String className) {
    try {
      Class.forName(className);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static final List<EnvelopeReader> READERS = backends().stream()
      .map(backend -> new EnvelopeReader(FORMAT, DecodeLimits.DEFAULT, backend))
      .toList();

  @Property
  void eachPointerReadsWhatTheTreeHoldsThere(@ForAll("bodies") String body) throws Exception {
    JsonNode tree = TREE.readTree(body);
    for (EnvelopeReader reader : READERS) {
      List<String> problems = new ArrayList<>();
      EnvelopeReader.Fields fields = reader.read(body.getBytes(UTF_8), problems);
      assertWithMessage("parsed: %s", body).that(fields.parsed()).isTrue();
      Map<String, String> read = new LinkedHashMap<>();
      read.put("code", fields.code());
      read.put("type", fields.type());
      read.put("description", fields.description());
      read.put("status", fields.status());
      read.put("correlation id", fields.correlationId());
      read.put("warning", fields.warning());
      read.put("HTTP status", fields.httpStatus());
      read.putAll(fields.attributes());
      POINTERS.forEach((field, pointer) -> {
        JsonNode node = tree.at(JsonPointer.compile(pointer));
        String value = read.get(field);
        String where = field + " at " + pointer + " in " + body;
        boolean attribute = fields.attributes().containsKey(field);
        if (node.isMissingNode() || node.isNull()) {
          Statistics.label("value").collect("none");
          assertWithMessage(where).that(value).isNull();
        } else if (node.isContainerNode()) {
          Statistics.label("value").collect("container");
          if (attribute) {
            // Kept as JSON text: the same value (a character past the BMP may be written escaped).
            assertWithMessage(where).that(value).isNotNull();
            assertWithMessage(where).that(readTree(value)).isEqualTo(node);
          } else {
            assertWithMessage(where).that(value).isNull();
            assertWithMessage(where).that(problems).contains(field + " at " + pointer + " is a JSON "
                + (node.isObject() ? "object" : "array") + ", not a value");
          }
        } else if (node.isNumber()) {
          Statistics.label("value").collect("number");
          assertWithMessage(where).that(value).isEqualTo(node.isIntegralNumber()
              ? node.bigIntegerValue().toString() : Double.toString(node.doubleValue()));
        } else {
          Statistics.label("value").collect("string or boolean");
          assertWithMessage(where).that(value).isEqualTo(node.asText());
        }
      });
    }
    // The bodies must reach the pointers with values of every kind often enough to test each.
    Statistics.label("value").coverage(coverage -> {
      coverage.check("string or boolean").percentage(p -> p >= 2);
      coverage.check("number").percentage(p -> p >= 1);
      coverage.check("container").percentage(p -> p >= 2);
    });
  }

  private static JsonNode readTree(String json) {
    try {
      return TREE.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError("not JSON: " + json, e);
    }
  }

  /**
   * JSON text, mostly objects: members named from {@link #POINTED} and {@link #OTHERS} (duplicates too),
   * holding values to four levels.
   */
  @Provide
  Arbitrary<String> bodies() {
    return Arbitraries.randomValue(random -> {
      StringBuilder json = new StringBuilder();
      if (random.nextInt(20) == 0) {
        value(random, 0, json);
      } else {
        object(random, 0, json);
      }
      return json.toString();
    });
  }

  private static void value(Random random, int depth, StringBuilder json) {
    int kind = depth >= 4 ? 9 : random.nextInt(10);
    if (kind < 4) {
      object(random, depth, json);
    } else if (kind < 6) {
      json.append('[');
      int elements = random.nextInt(4);
      for (int i = 0; i < elements; i++) {
        json.append(i == 0 ? "" : ", ");
        value(random, depth + 1, json);
      }
      json.append(']');
    } else {
      json.append(SCALARS.get(random.nextInt(SCALARS.size())));
    }
  }

  private static void object(Random random, int depth, StringBuilder json) {
    json.append('{');
    int members = random.nextInt(9);
    for (int i = 0; i < members; i++) {
      json.append(i == 0 ? "" : ",").append(random.nextBoolean() ? " " : "\n");
      List<String> names = random.nextInt(10) < 7 ? POINTED.get(Math.min(depth, POINTED.size() - 1)) : OTHERS;
      json.append(names.get(random.nextInt(names.size()))).append(": ");
      value(random, depth + 1, json);
    }
    json.append('}');
  }
}
