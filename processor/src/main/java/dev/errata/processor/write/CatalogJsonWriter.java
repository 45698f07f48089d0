package dev.errata.processor.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.annotations.CodeReading;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CodePatternParser;
import dev.errata.processor.model.EnvelopeDef;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.ErrorTypeDef;
import dev.errata.processor.model.ExactCode;
import dev.errata.processor.model.GroupDef;
import dev.errata.processor.model.StatusTable;
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

  private static final ObjectMapper MAPPER = new ObjectMapper();

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
    ObjectNode root = MAPPER.createObjectNode();
    root.put("errata", FORMAT_VERSION);
    root.put("name", catalog.name());
    root.put("codePattern", catalog.codePattern());
    ArrayNode locales = root.putArray("locales");
    catalog.locales().forEach(locales::add);
    root.put("unknownType", catalog.unknownType());
    ArrayNode types = root.putArray("types");
    for (ErrorTypeDef type : catalog.types()) {
      ObjectNode node = types.addObject();
      node.put("name", type.name());
      node.put("retry", type.retry().name());
      node.put("after", type.after());
      node.put("outcome", type.outcome().name());
      descriptions(node, type.descriptions());
    }
    envelope(root.putObject("envelope"), catalog.envelope());
    ArrayNode groups = root.putArray("groups");
    for (GroupDef group : catalog.groups()) {
      ObjectNode node = groups.addObject();
      node.put("path", group.path());
      node.put("leaf", group.leaf());
      node.put("ownCode", group.ownCode().orElse(""));
      descriptions(node, group.descriptions());
    }
    StatusTable statuses = catalog.statusTable();
    ArrayNode codes = root.putArray("codes");
    for (ErrorEntry entry : catalog.entries()) {
      ObjectNode node = codes.addObject();
      node.put("name", entry.name());
      if (entry.isStatusOnly()) {
        node.put("status", entry.forHttpStatus().get(0).text());
      } else {
        node.put("code", entry.codeText());
        reading(entry).ifPresent(reading -> node.put("reading", reading));
      }
      node.put("group", entry.groupPath());
      node.put("type", entry.type());
      if (!entry.isStatusOnly()) {
        node.put("http", entry.httpStatus());
        // What it stands for, said outright: the same table whatever order the file lists codes in.
        ArrayNode forHttpStatus = node.putArray("forHttpStatus");
        statuses.explicitClaims(entry).forEach(status -> forHttpStatus.add(status.text()));
      }
      descriptions(node, entry.descriptions());
    }
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers could not be written", e);
    }
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

  private static void putUnlessDefault(ObjectNode node, String key, String value, String absent) {
    if (!value.equals(absent)) {
      node.put(key, value);
    }
  }

  private static void envelope(ObjectNode node, EnvelopeDef envelope) {
    putUnlessDefault(node, "format", envelope.format(), EnvelopeDef.POINTERS);
    putUnlessDefault(node, "typePrefix", envelope.typePrefix(), "");
    node.put("code", envelope.code());
    node.put("type", envelope.type());
    node.put("description", envelope.description());
    node.put("status", envelope.status());
    node.put("successStatus", envelope.successStatus());
    node.put("warningStatus", envelope.warningStatus());
    node.put("failureStatus", envelope.failureStatus());
    node.put("correlationId", envelope.correlationId());
    node.put("defaultHttpStatus", envelope.defaultHttpStatus());
    // Written only when declared, so files of catalogs that declare none read as before.
    putUnlessDefault(node, "codeJson", envelope.codeJson(), EnvelopeDef.STRING);
    putUnlessDefault(node, "statusJson", envelope.statusJson(), EnvelopeDef.STRING);
    putUnlessDefault(node, "warning", envelope.warning(), "");
    putUnlessDefault(node, "httpStatus", envelope.httpStatus(), "");
    putUnlessDefault(node, "correlationIdHeader", envelope.correlationIdHeader(), "");
    putUnlessDefault(node, "retryHeader", envelope.retryHeader(), "");
    ArrayNode attributes = node.putArray("attributes");
    for (EnvelopeDef.AttributeDef attribute : envelope.attributes()) {
      ObjectNode item = attributes.addObject().put("name", attribute.name()).put("pointer", attribute.pointer());
      putUnlessDefault(item, "json", attribute.json(), EnvelopeDef.STRING);
    }
  }

  private static void descriptions(ObjectNode node, Map<String, String> descriptions) {
    ObjectNode texts = node.putObject("descriptions");
    descriptions.forEach(texts::put);
  }
}
