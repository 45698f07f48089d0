package dev.errata.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.errata.annotations.Envelope;
import dev.errata.annotations.JsonType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a catalog file's {@code envelope} object into an {@link EnvelopeDeclaration}: each element of
 * {@code @Envelope} under its own key, and a key left out (or the whole object) read as the
 * annotation's default, so that a file reads as the same catalog written in Java.
 */
final class JsonEnvelopeReader {

  private static final Set<String> ENVELOPE_KEYS = Set.of("code", "type", "description", "status",
      "successStatus", "warningStatus", "failureStatus", "correlationId", "defaultHttpStatus", "attributes",
      "codeJson", "statusJson", "warning", "httpStatus", "correlationIdHeader", "retryHeader", "format", "typePrefix");
  private static final Set<String> ATTRIBUTE_KEYS = Set.of("name", "pointer", "json");
  private static final String POINTER = "/envelope";

  private final JsonValues values;

  JsonEnvelopeReader(JsonValues values) {
    this.values = values;
  }

  /** The envelope of the catalog file whose root object is {@code root}. */
  EnvelopeDeclaration read(JsonNode root) {
    JsonNode envelope = root.get("envelope");
    if (envelope == null || !values.object(envelope, POINTER, ENVELOPE_KEYS)) {
      // Absent: the defaults of @Envelope.
      JsonNode empty = JsonNodeFactory.instance.objectNode();
      return envelopeOf(empty, envelope == null ? "" : POINTER);
    }
    return envelopeOf(envelope, POINTER);
  }

  private EnvelopeDeclaration envelopeOf(JsonNode envelope, String pointer) {
    List<EnvelopeDeclaration.AttributeDeclaration> attributes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> item : values.items(envelope, pointer, "attributes")) {
      if (values.object(item.getValue(), item.getKey(), ATTRIBUTE_KEYS)) {
        attributes.add(new EnvelopeDeclaration.AttributeDeclaration(
            values.text(item.getValue(), item.getKey(), "name", null),
            values.text(item.getValue(), item.getKey(), "pointer", null),
            values.constant(item.getValue(), item.getKey(), "json", JsonType.STRING)));
      }
    }
    return new EnvelopeDeclaration(
        text(envelope, pointer, "code"),
        text(envelope, pointer, "type"),
        text(envelope, pointer, "description"),
        text(envelope, pointer, "status"),
        text(envelope, pointer, "successStatus"),
        text(envelope, pointer, "warningStatus"),
        text(envelope, pointer, "failureStatus"),
        values.integer(envelope, pointer, "defaultHttpStatus", (Integer) defaultOf("defaultHttpStatus")),
        text(envelope, pointer, "correlationId"),
        attributes,
        values.constant(envelope, pointer, "codeJson", JsonType.STRING),
        values.constant(envelope, pointer, "statusJson", JsonType.STRING),
        text(envelope, pointer, "warning"),
        text(envelope, pointer, "httpStatus"),
        text(envelope, pointer, "correlationIdHeader"),
        text(envelope, pointer, "retryHeader"),
        values.constant(envelope, pointer, "format", Envelope.Format.POINTERS),
        text(envelope, pointer, "typePrefix"));
  }

  private Located<String> text(JsonNode envelope, String pointer, String key) {
    return values.text(envelope, pointer, key, (String) defaultOf(key));
  }

  /** The default of an {@code @Envelope} element: a file that leaves it out reads as Java does. */
  private static Object defaultOf(String element) {
    try {
      return Envelope.class.getMethod(element).getDefaultValue();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("@Envelope has no " + element, e);
    }
  }
}
