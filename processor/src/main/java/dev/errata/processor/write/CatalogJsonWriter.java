package dev.errata.processor.write;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.errata.annotations.CodeReading;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CodePattern;
import dev.errata.processor.model.CodePatternParser;
import dev.errata.processor.model.EnvelopeDef;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.ErrorTypeDef;
import dev.errata.processor.model.ExactCode;
import dev.errata.processor.model.GroupDef;
import dev.errata.processor.model.StatusTable;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a catalog as data ({@code META-INF/errata/<package>.<Name>.json}): the format {@code
 * @ErrorCatalog(source = ...)} reads. Keys in a fixed order and entries sorted, so versions diff cleanly.
 */
public final class CatalogJsonWriter {

  /**
   * The format's version, written as {@code "errata"}, for readers to check: 2 adds a code's {@code
   * reading} and {@code forHttpStatus}, entries of HTTP statuses alone ({@code status}) and a group's
   * {@code ownCode}; readers read 1 as well.
   */
  public static final int FORMAT_VERSION = 2;

  private static final JsonFactory FACTORY = new JsonFactory();

  private CatalogJsonWriter() {}

  /**
   * The resource's path under the class output, {@code META-INF/errata/<package>.<Name>.json}: by the
   * package too, so that catalogs named alike in two packages do not write one file.
   */
  public static String resourceName(Catalog catalog) {
    return resourceBase(catalog) + ".json";
  }

  /** {@code META-INF/errata/<package>.<Name>}, what each resource of the catalog is named from. */
  static String resourceBase(Catalog catalog) {
    return "META-INF/errata/" + catalog.packageName() + "." + catalog.name();
  }

  /** The catalog as pretty-printed JSON with {@code \n} line ends, ending in a newline. */
  public static String write(Catalog catalog) {
    StringWriter text = new StringWriter();
    // Jackson's streaming generator: the bytes its tree model wrote, without loading its data binding.
    try (JsonGenerator json = FACTORY.createGenerator(text)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter()
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));
      write(json, catalog);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringWriter failed", e);
    }
    return text + "\n";
  }

  private static void write(JsonGenerator json, Catalog catalog) throws IOException {
    json.writeStartObject();
    json.writeNumberField("errata", FORMAT_VERSION);
    json.writeStringField("name", catalog.name());
    json.writeStringField("codePattern", catalog.codePattern());
    json.writeArrayFieldStart("locales");
    for (String locale : catalog.locales()) {
      json.writeString(locale);
    }
    json.writeEndArray();
    json.writeStringField("unknownType", catalog.unknownType());
    json.writeArrayFieldStart("types");
    for (ErrorTypeDef type : catalog.types()) {
      json.writeStartObject();
      json.writeStringField("name", type.name());
      json.writeStringField("retry", type.retry().name());
      json.writeStringField("after", type.after());
      json.writeStringField("outcome", type.outcome().name());
      descriptions(json, type.descriptions());
      json.writeEndObject();
    }
    json.writeEndArray();
    envelope(json, catalog.envelope());
    json.writeArrayFieldStart("groups");
    for (GroupDef group : catalog.groups()) {
      json.writeStartObject();
      json.writeStringField("path", group.path());
      json.writeBooleanField("leaf", group.leaf());
      json.writeStringField("ownCode", group.ownCode().orElse(""));
      descriptions(json, group.descriptions());
      json.writeEndObject();
    }
    json.writeEndArray();
    StatusTable statuses = catalog.statusTable();
    json.writeArrayFieldStart("codes");
    for (ErrorEntry entry : catalog.entries()) {
      json.writeStartObject();
      json.writeStringField("name", entry.name());
      if (entry.isStatusOnly()) {
        json.writeStringField("status", entry.forHttpStatus().get(0).text());
      } else {
        json.writeStringField("code", entry.codeText());
        Optional<String> reading = reading(entry);
        if (reading.isPresent()) {
          json.writeStringField("reading", reading.get());
        }
      }
      json.writeStringField("group", entry.groupPath());
      json.writeStringField("type", entry.type());
      if (!entry.isStatusOnly()) {
        json.writeNumberField("http", entry.httpStatus());
        // What it stands for, said outright: the same table whatever order the file lists codes in.
        json.writeArrayFieldStart("forHttpStatus");
        for (CodePattern status : statuses.explicitClaims(entry)) {
          json.writeString(status.text());
        }
        json.writeEndArray();
      }
      descriptions(json, entry.descriptions());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /**
   * How a code holding {@code x}, {@code *} or {@code ..} was read, so that reading the file needs no
   * codePattern to decide: {@code LITERAL} or {@code WILDCARD}; empty for a value that reads one way.
   */
  private static Optional<String> reading(ErrorEntry entry) {
    String text = entry.codeText();
    boolean exact = entry.code().orElseThrow() instanceof ExactCode;
    if (CodePatternParser.hasWildcardCharacters(text) || (exact && CodePatternParser.isRangeSyntax(text))) {
      return Optional.of(exact ? CodeReading.LITERAL.name() : CodeReading.WILDCARD.name());
    }
    return Optional.empty();
  }

  private static void writeUnlessDefault(JsonGenerator json, String key, String value, String absent)
      throws IOException {
    if (!value.equals(absent)) {
      json.writeStringField(key, value);
    }
  }

  private static void envelope(JsonGenerator json, EnvelopeDef envelope) throws IOException {
    json.writeObjectFieldStart("envelope");
    writeUnlessDefault(json, "format", envelope.format(), EnvelopeDef.POINTERS);
    writeUnlessDefault(json, "typePrefix", envelope.typePrefix(), "");
    json.writeStringField("code", envelope.code());
    json.writeStringField("type", envelope.type());
    json.writeStringField("description", envelope.description());
    json.writeStringField("status", envelope.status());
    json.writeStringField("successStatus", envelope.successStatus());
    json.writeStringField("warningStatus", envelope.warningStatus());
    json.writeStringField("failureStatus", envelope.failureStatus());
    json.writeStringField("correlationId", envelope.correlationId());
    json.writeNumberField("defaultHttpStatus", envelope.defaultHttpStatus());
    // Written only when declared, so files of catalogs that declare none read as before.
    writeUnlessDefault(json, "codeJson", envelope.codeJson(), EnvelopeDef.STRING);
    writeUnlessDefault(json, "statusJson", envelope.statusJson(), EnvelopeDef.STRING);
    writeUnlessDefault(json, "warning", envelope.warning(), "");
    writeUnlessDefault(json, "httpStatus", envelope.httpStatus(), "");
    writeUnlessDefault(json, "correlationIdHeader", envelope.correlationIdHeader(), "");
    writeUnlessDefault(json, "retryHeader", envelope.retryHeader(), "");
    json.writeArrayFieldStart("attributes");
    for (EnvelopeDef.AttributeDef attribute : envelope.attributes()) {
      json.writeStartObject();
      json.writeStringField("name", attribute.name());
      json.writeStringField("pointer", attribute.pointer());
      writeUnlessDefault(json, "json", attribute.json(), EnvelopeDef.STRING);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void descriptions(JsonGenerator json, Map<String, String> descriptions) throws IOException {
    json.writeObjectFieldStart("descriptions");
    for (Map.Entry<String, String> description : descriptions.entrySet()) {
      json.writeStringField(description.getKey(), description.getValue());
    }
    json.writeEndObject();
  }
}
