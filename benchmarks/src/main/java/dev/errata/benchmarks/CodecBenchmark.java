package dev.errata.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.EncodedError;
import dev.errata.catalog.ErrorReport;
import dev.errata.samples.khipu.KhipuException;
import dev.errata.samples.khipu.KhipuMatcher;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decoding Khipu's example error response (bytes in, typed exception out) against Jackson binding the
 * same bytes to a plain object, and against a tree read with the fields picked out by hand; encoding
 * the exception against Jackson writing the equivalent plain object. Errata's codec runs on each JSON
 * backend ({@code backend}: the {@code errata.json} property, set before the first codec is made, in a
 * JVM of its own per value, as JMH forks by default). The Jackson baselines run on both Jacksons'
 * databind whatever the value: {@code *_jacksonPojo} on Jackson 2, {@code *_jackson3Pojo} on Jackson 3,
 * what a user of each would write; each backend is held against the databind of its own Jackson.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodecBenchmark {

  /** The example of Khipu's docs ("Error structure"), byte for byte but for the line breaks. */
  static final String SEED_ENVELOPE = "{\n"
      + "\"OperationId\": \"6baf6c19-e485-463b-ae24-a821b025c8a4\",\n"
      + "\"Status\": \"ERROR\",\n"
      + "\"Data\": null,\n"
      + "\"AdditionalInformation\": null,\n"
      + "\"Error\": {\n"
      + "\"Code\": \"E201\",\n"
      + "\"Type\": \"RETRY_IMMEDIATELY\",\n"
      + "\"Description\": \"The target service used for data extraction is not available.\"\n"
      + "},\n"
      + "\"LifeSpan\": null\n"
      + "}";

  /** Khipu's envelope as a plain object, what a user binds with Jackson. */
  public static final class KhipuEnvelope {
    public String OperationId;
    public String Status;
    public Object Data;
    public Object AdditionalInformation;
    public KhipuError Error;
    public Object LifeSpan;
  }

  /** Khipu's {@code Error} object. */
  public static final class KhipuError {
    public String Code;
    public String Type;
    public String Description;
  }

  private static final JsonPointer CODE = JsonPointer.compile("/Error/Code");
  private static final JsonPointer TYPE = JsonPointer.compile("/Error/Type");
  private static final JsonPointer DESCRIPTION = JsonPointer.compile("/Error/Description");
  private static final JsonPointer STATUS = JsonPointer.compile("/Status");
  private static final JsonPointer OPERATION_ID = JsonPointer.compile("/OperationId");

  /** The JSON library Errata's codec uses. */
  @Param({"jackson3", "jackson2"})
  public String backend;

  byte[] body;
  ObjectMapper mapper;
  tools.jackson.databind.json.JsonMapper mapper3;
  KhipuException exception;
  KhipuEnvelope envelope;

  @Setup
  public void setUp() throws IOException {
    // Before KhipuMatcher, whose codec fixes the backend for the JVM, is first used.
    System.setProperty("errata.json", backend);
    body = SEED_ENVELOPE.getBytes(StandardCharsets.UTF_8);
    mapper = new ObjectMapper();
    // Jackson 3 sorts properties by name unless told not to; Khipu's docs give them in this order.
    mapper3 = tools.jackson.databind.json.JsonMapper.builder()
        .disable(tools.jackson.databind.MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .build();
    Decoded<KhipuException> decoded = KhipuMatcher.decode(200, body);
    if (!(decoded instanceof Decoded.Failure<KhipuException> failure)
        || !failure.error().code().equals("E201")) {
      throw new IllegalStateException("the seed envelope did not decode to E201: " + decoded);
    }
    exception = failure.error();
    envelope = mapper.readValue(body, KhipuEnvelope.class);
    KhipuEnvelope read3 = mapper3.readValue(body, KhipuEnvelope.class);
    if (!"E201".equals(read3.Error.Code) || !new String(mapper3.writeValueAsBytes(envelope), StandardCharsets.UTF_8)
        .equals(new String(mapper.writeValueAsBytes(envelope), StandardCharsets.UTF_8))) {
      throw new IllegalStateException("Jackson 3 does not bind and write the envelope as Jackson 2 does");
    }
  }

  @Benchmark
  public Decoded<KhipuException> decode_errata() {
    return KhipuMatcher.decode(200, body);
  }

  /**
   * The decode and the first handing out of its exception, where the exception takes its stack trace:
   * what a caller that throws it pays.
   */
  @Benchmark
  public KhipuException decode_errataHandedOut() {
    Decoded<KhipuException> decoded = KhipuMatcher.decode(200, body);
    return decoded instanceof Decoded.Failure<KhipuException> failure ? failure.error() : null;
  }

  /** The same decode, to the report alone: what it costs without creating the typed exception. */
  @Benchmark
  public ErrorReport decode_errataReportOnly() {
    return KhipuMatcher.codec().read(200, body, null);
  }

  @Benchmark
  public KhipuEnvelope decode_jacksonPojo() throws IOException {
    return mapper.readValue(body, KhipuEnvelope.class);
  }

  @Benchmark
  public KhipuEnvelope decode_jackson3Pojo() {
    return mapper3.readValue(body, KhipuEnvelope.class);
  }

  /**
   * The least a streaming decode does: Jackson 2's parser over the same bytes, the five fields picked
   * out by name as a careful user would write it by hand (no typed result, no raw body kept).
   */
  @Benchmark
  public KhipuEnvelope decode_jacksonStreamingByHand() throws IOException {
    try (JsonParser parser = mapper.getFactory().createParser(body)) {
      KhipuEnvelope read = new KhipuEnvelope();
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw new IllegalStateException("not an object");
      }
      for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
        JsonToken value = parser.nextToken();
        switch (name) {
          case "OperationId" -> read.OperationId = parser.getValueAsString();
          case "Status" -> read.Status = parser.getValueAsString();
          case "Error" -> read.Error = value == JsonToken.START_OBJECT ? error(parser) : null;
          default -> parser.skipChildren();
        }
      }
      return read;
    }
  }

  private static KhipuError error(JsonParser parser) throws IOException {
    KhipuError error = new KhipuError();
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      parser.nextToken();
      switch (name) {
        case "Code" -> error.Code = parser.getValueAsString();
        case "Type" -> error.Type = parser.getValueAsString();
        case "Description" -> error.Description = parser.getValueAsString();
        default -> parser.skipChildren();
      }
    }
    return error;
  }

  @Benchmark
  public KhipuEnvelope decode_jacksonTree() throws IOException {
    JsonNode root = mapper.readTree(body);
    KhipuEnvelope read = new KhipuEnvelope();
    read.Error = new KhipuError();
    read.Error.Code = root.at(CODE).asText(null);
    read.Error.Type = root.at(TYPE).asText(null);
    read.Error.Description = root.at(DESCRIPTION).asText(null);
    read.Status = root.at(STATUS).asText(null);
    read.OperationId = root.at(OPERATION_ID).asText(null);
    return read;
  }

  @Benchmark
  public EncodedError encode_errata() {
    return KhipuMatcher.encode(exception);
  }

  @Benchmark
  public byte[] encode_jacksonPojo() throws IOException {
    return mapper.writeValueAsBytes(envelope);
  }

  @Benchmark
  public byte[] encode_jackson3Pojo() {
    return mapper3.writeValueAsBytes(envelope);
  }
}
