package dev.errata.processor.write;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.EnvelopeDef;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.ErrorTypeDef;
import dev.errata.processor.model.GroupDef;
import java.util.Map;

/**
 * Writes a catalog as data ({@code META-INF/errata/<Name>.json}): the format {@code
 * @ErrorCatalog(source = ...)} reads. Keys in a fixed order and entries sorted, so versions diff cleanly.
 */
public final class CatalogJsonWriter {

  /** The format's version, written as {@code "errata"}, for readers to check. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CatalogJsonWriter() {}

  /** The resource's path under the class output. */
  public static String resourceName(Catalog catalog) {
    return "META-INF/errata/" + catalog.name() + ".json";
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
      descriptions(node, group.descriptions());
    }
    ArrayNode codes = root.putArray("codes");
    for (ErrorEntry entry : catalog.entries()) {
      ObjectNode node = codes.addObject();
      node.put("name", entry.name());
      node.put("code", entry.pattern().text());
      node.put("group", entry.groupPath());
      node.put("type", entry.type());
      node.put("http", entry.httpStatus());
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

  private static void envelope(ObjectNode node, EnvelopeDef envelope) {
    node.put("code", envelope.code());
    node.put("type", envelope.type());
    node.put("description", envelope.description());
    node.put("status", envelope.status());
    node.put("successStatus", envelope.successStatus());
    node.put("warningStatus", envelope.warningStatus());
    node.put("failureStatus", envelope.failureStatus());
    node.put("correlationId", envelope.correlationId());
    node.put("defaultHttpStatus", envelope.defaultHttpStatus());
    ArrayNode attributes = node.putArray("attributes");
    for (EnvelopeDef.AttributeDef attribute : envelope.attributes()) {
      attributes.addObject().put("name", attribute.name()).put("pointer", attribute.pointer());
    }
  }

  private static void descriptions(ObjectNode node, Map<String, String> descriptions) {
    ObjectNode texts = node.putObject("descriptions");
    descriptions.forEach(texts::put);
  }
}
