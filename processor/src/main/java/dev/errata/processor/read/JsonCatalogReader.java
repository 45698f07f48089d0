package dev.errata.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errata.annotations.JsonType;
import dev.errata.annotations.Outcome;
import dev.errata.annotations.Retry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.SourceVersion;

/**
 * Reads a catalog file (the format {@code META-INF/errata/<package>.<Name>.json} is exported in, and
 * its version 1, exported before as {@code META-INF/errata/<Name>.json}) into a {@link
 * CatalogDeclaration}, for {@code @ErrorCatalog(source = ...)}. It checks only the file's shape: JSON
 * syntax, keys, value types, names that must be Java identifiers, groups that must exist. Everything
 * else (duplicates, overlaps, types, statuses, locales) is checked by the validator, as for a catalog
 * written in Java. Every value keeps its JSON Pointer and line, which messages name.
 */
public final class JsonCatalogReader {

  /** The declaration, when the file has the right shape, and the problems with its shape. */
  public record Result(Optional<CatalogDeclaration> declaration, List<Located<String>> problems) {}

  private static final Set<String> ROOT_KEYS = Set.of(
      "errata", "name", "codePattern", "locales", "unknownType", "types", "envelope", "groups", "codes");
  private static final Set<String> TYPE_KEYS = Set.of("name", "retry", "after", "outcome", "descriptions");
  private static final Set<String> ENVELOPE_KEYS = Set.of("code", "type", "description", "status",
      "successStatus", "warningStatus", "failureStatus", "correlationId", "defaultHttpStatus", "attributes",
      "codeJson", "statusJson", "warning", "httpStatus", "correlationIdHeader", "retryHeader");
  private static final Set<String> ATTRIBUTE_KEYS = Set.of("name", "pointer", "json");
  private static final Set<String> GROUP_KEYS = Set.of("path", "leaf", "ownCode", "descriptions");
  private static final Set<String> CODE_KEYS = Set.of(
      "name", "code", "reading", "status", "group", "type", "http", "forHttpStatus", "descriptions");
  /** The format versions this reader reads: 1, before readings, statuses and own codes, and 2. */
  private static final Set<Integer> VERSIONS = Set.of(1, 2);
  private static final List<String> READINGS = List.of("PATTERN", "LITERAL", "WILDCARD");

  private final CatalogDeclaration annotated;
  private final String path;
  private final List<Located<String>> problems = new ArrayList<>();
  private JsonTree tree;

  private JsonCatalogReader(CatalogDeclaration annotated, String path) {
    this.annotated = annotated;
    this.path = path;
  }

  /**
   * Reads the catalog file {@code json}, named {@code path} in messages, for the catalog interface
   * {@code annotated} (whose {@code name} the generated types keep).
   */
  public static Result read(CatalogDeclaration annotated, String path, String json) {
    return new JsonCatalogReader(annotated, path).read(json);
  }

  private Result read(String json) {
    List<String> duplicates = new ArrayList<>();
    try {
      tree = JsonTree.parse(json, duplicates);
    } catch (JsonTree.SyntaxError e) {
      problems.add(new Located<>("is not valid JSON: " + e.getMessage(), annotated.element(),
          annotated.annotation(), annotated.source().annotationValue(), path));
      return new Result(Optional.empty(), problems);
    }
    for (String duplicate : duplicates) {
      problem(duplicate, "this key appears twice in its object; keep one");
    }
    JsonNode root = tree.root();
    if (!object(root, "", ROOT_KEYS)) {
      return new Result(Optional.empty(), problems);
    }
    JsonNode version = root.get("errata");
    if (version != null && !(version.isIntegralNumber() && VERSIONS.contains(version.asInt()))) {
      problem("/errata", "this file is format version " + version + "; this Errata reads versions 1 and 2");
    }
    Located<String> codePattern = text(root, "", "codePattern", "");
    Located<List<Located<String>>> locales = locales(root);
    List<TypeDeclaration> types = new ArrayList<>();
    for (Map.Entry<String, JsonNode> type : items(root, "", "types")) {
      types.add(type(type.getKey(), type.getValue()));
    }
    Located<String> unknownType = text(root, "", "unknownType", "");
    EnvelopeDeclaration envelope = envelope(root);
    GroupDeclaration catalogRoot = groupsAndCodes(root);
    if (!problems.isEmpty()) {
      return new Result(Optional.empty(), problems);
    }
    return new Result(
        Optional.of(new CatalogDeclaration(
            annotated.element(),
            annotated.annotation(),
            annotated.name(),
            codePattern,
            locales,
            types,
            unknownType,
            envelope,
            annotated.source(),
            catalogRoot,
            List.of(),
            List.of())),
        problems);
  }

  /** A position in the file: the catalog's source annotation value, with the pointer and line. */
  private <T> Located<T> at(String pointer, T value) {
    String where = path + " " + (pointer.isEmpty() ? "(root)" : pointer) + " (line " + tree.line(pointer) + ")";
    return new Located<>(value, annotated.element(), annotated.annotation(),
        annotated.source().annotationValue(), where);
  }

  private void problem(String pointer, String message) {
    problems.add(at(pointer, message));
  }

  private static String kind(JsonNode node) {
    if (node.isTextual()) {
      return "a string";
    } else if (node.isNumber()) {
      return "a number";
    } else if (node.isBoolean()) {
      return "a boolean";
    } else if (node.isArray()) {
      return "an array";
    } else if (node.isObject()) {
      return "an object";
    }
    return "null";
  }

  /** Whether {@code node} is an object; reports it if not, and any key not in {@code keys}. */
  private boolean object(JsonNode node, String pointer, Set<String> keys) {
    if (!node.isObject()) {
      problem(pointer, "expected an object, found " + kind(node));
      return false;
    }
    node.fieldNames().forEachRemaining(key -> {
      if (!keys.contains(key)) {
        problem(pointer + "/" + key, "unknown key \"" + key + "\"; the keys here are "
            + String.join(", ", keys.stream().sorted().toList()));
      }
    });
    return true;
  }

  private Located<String> text(JsonNode object, String pointer, String key, String absent) {
    JsonNode value = object.get(key);
    String at = pointer + "/" + key;
    if (value == null) {
      if (absent == null) {
        problem(pointer, "\"" + key + "\" is missing");
        return at(pointer, "");
      }
      return at(pointer, absent);
    }
    if (!value.isTextual()) {
      problem(at, "expected a string, found " + kind(value));
      return at(at, absent == null ? "" : absent);
    }
    return at(at, value.asText());
  }

  private Located<Integer> integer(JsonNode object, String pointer, String key, int absent) {
    JsonNode value = object.get(key);
    String at = pointer + "/" + key;
    if (value == null) {
      return at(pointer, absent);
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      problem(at, "expected a whole number, found " + (value.isNumber() ? value.toString() : kind(value)));
      return at(at, absent);
    }
    return at(at, value.asInt());
  }

  private Located<Boolean> bool(JsonNode object, String pointer, String key) {
    JsonNode value = object.get(key);
    String at = pointer + "/" + key;
    if (value == null) {
      return at(pointer, false);
    }
    if (!value.isBoolean()) {
      problem(at, "expected true or false, found " + kind(value));
      return at(at, false);
    }
    return at(at, value.asBoolean());
  }

  /** The items of an array under {@code key}, each with its pointer; empty when absent or wrong. */
  private List<Map.Entry<String, JsonNode>> items(JsonNode object, String pointer, String key) {
    JsonNode array = object.get(key);
    String at = pointer + "/" + key;
    List<Map.Entry<String, JsonNode>> items = new ArrayList<>();
    if (array == null) {
      return items;
    }
    if (!array.isArray()) {
      problem(at, "expected an array, found " + kind(array));
      return items;
    }
    for (int i = 0; i < array.size(); i++) {
      items.add(Map.entry(at + "/" + i, array.get(i)));
    }
    return items;
  }

  private Located<List<Located<String>>> locales(JsonNode root) {
    List<Located<String>> tags = new ArrayList<>();
    if (!root.has("locales")) {
      tags.add(at("", "en"));
      return at("", tags);
    }
    for (Map.Entry<String, JsonNode> item : items(root, "", "locales")) {
      if (item.getValue().isTextual()) {
        tags.add(at(item.getKey(), item.getValue().asText()));
      } else {
        problem(item.getKey(), "expected a locale tag such as \"en\", found " + kind(item.getValue()));
      }
    }
    return at("/locales", tags);
  }

  private List<DescriptionDeclaration> descriptions(JsonNode object, String pointer) {
    List<DescriptionDeclaration> descriptions = new ArrayList<>();
    JsonNode texts = object.get("descriptions");
    String at = pointer + "/descriptions";
    if (texts == null) {
      return descriptions;
    }
    if (!texts.isObject()) {
      problem(at, "expected an object of texts by locale, such as {\"en\": \"...\"}, found " + kind(texts));
      return descriptions;
    }
    texts.fields().forEachRemaining(text -> {
      String textAt = at + "/" + text.getKey();
      if (text.getValue().isTextual()) {
        descriptions.add(new DescriptionDeclaration(
            at(textAt, text.getValue().asText()), at(textAt, text.getKey())));
      } else {
        problem(textAt, "expected a string, found " + kind(text.getValue()));
      }
    });
    return descriptions;
  }

  private TypeDeclaration type(String pointer, JsonNode type) {
    if (!object(type, pointer, TYPE_KEYS)) {
      return new TypeDeclaration(at(pointer, ""), at(pointer, "NEVER"), at(pointer, ""),
          at(pointer, "FAILURE"), List.of());
    }
    return new TypeDeclaration(
        text(type, pointer, "name", null),
        constant(type, pointer, "retry", Retry.NEVER),
        text(type, pointer, "after", ""),
        constant(type, pointer, "outcome", Outcome.FAILURE),
        descriptions(type, pointer));
  }

  private Located<String> constant(JsonNode object, String pointer, String key, Enum<?> absent) {
    Located<String> value = text(object, pointer, key, absent.name());
    List<String> allowed = Arrays.stream(absent.getDeclaringClass().getEnumConstants())
        .map(Enum::name)
        .toList();
    if (!allowed.contains(value.value())) {
      problem(pointer + "/" + key, "\"" + value.value() + "\" is not one of " + String.join(", ", allowed));
      return value.with(absent.name());
    }
    return value;
  }

  private EnvelopeDeclaration envelope(JsonNode root) {
    JsonNode envelope = root.get("envelope");
    String pointer = "/envelope";
    if (envelope == null || !object(envelope, pointer, ENVELOPE_KEYS)) {
      // Absent: the defaults of @Envelope.
      JsonNode empty = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      return envelopeOf(empty, envelope == null ? "" : pointer);
    }
    return envelopeOf(envelope, pointer);
  }

  private EnvelopeDeclaration envelopeOf(JsonNode envelope, String pointer) {
    List<EnvelopeDeclaration.AttributeDeclaration> attributes = new ArrayList<>();
    for (Map.Entry<String, JsonNode> item : items(envelope, pointer, "attributes")) {
      if (object(item.getValue(), item.getKey(), ATTRIBUTE_KEYS)) {
        attributes.add(new EnvelopeDeclaration.AttributeDeclaration(
            text(item.getValue(), item.getKey(), "name", null),
            text(item.getValue(), item.getKey(), "pointer", null),
            constant(item.getValue(), item.getKey(), "json", JsonType.STRING)));
      }
    }
    return new EnvelopeDeclaration(
        text(envelope, pointer, "code", "/code"),
        text(envelope, pointer, "type", ""),
        text(envelope, pointer, "description", "/message"),
        text(envelope, pointer, "status", ""),
        text(envelope, pointer, "successStatus", ""),
        text(envelope, pointer, "warningStatus", ""),
        text(envelope, pointer, "failureStatus", ""),
        integer(envelope, pointer, "defaultHttpStatus", 500),
        text(envelope, pointer, "correlationId", ""),
        attributes,
        constant(envelope, pointer, "codeJson", JsonType.STRING),
        constant(envelope, pointer, "statusJson", JsonType.STRING),
        text(envelope, pointer, "warning", ""),
        text(envelope, pointer, "httpStatus", ""),
        text(envelope, pointer, "correlationIdHeader", ""),
        text(envelope, pointer, "retryHeader", ""));
  }

  /** The group tree: groups by path, each code under its group. */
  private GroupDeclaration groupsAndCodes(JsonNode root) {
    Map<String, Map.Entry<String, JsonNode>> groups = new TreeMap<>();
    for (Map.Entry<String, JsonNode> item : items(root, "", "groups")) {
      if (!object(item.getValue(), item.getKey(), GROUP_KEYS)) {
        continue;
      }
      String groupPath = text(item.getValue(), item.getKey(), "path", null).value();
      if (groupPath.isEmpty() || !Arrays.stream(groupPath.split("\\.", -1)).allMatch(JsonCatalogReader::isIdentifier)) {
        problem(item.getKey() + "/path", "group path \"" + groupPath + "\" is not Java identifiers"
            + " separated by dots, such as \"Client.Auth\"");
      } else if (groups.putIfAbsent(groupPath, item) != null) {
        problem(item.getKey() + "/path", "group \"" + groupPath + "\" is listed twice");
      }
    }
    Map<String, List<CodeDeclaration>> codesByGroup = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> item : items(root, "", "codes")) {
      String pointer = item.getKey();
      JsonNode code = item.getValue();
      if (!object(code, pointer, CODE_KEYS)) {
        continue;
      }
      Located<String> name = text(code, pointer, "name", null);
      if (!name.value().isEmpty() && !isIdentifier(name.value())) {
        problem(pointer + "/name", "\"" + name.value() + "\" is not a Java identifier, so it cannot be"
            + " an enum constant; use a name such as \"NOT_FOUND\"");
      }
      Located<String> group = text(code, pointer, "group", "");
      if (!group.value().isEmpty() && !groups.containsKey(group.value())) {
        problem(pointer + "/group", "group \"" + group.value() + "\" is not listed in \"groups\"");
      }
      boolean statusOnly = code.has("status");
      if (statusOnly) {
        for (String codeOnly : List.of("code", "reading", "http", "forHttpStatus")) {
          if (code.has(codeOnly)) {
            problem(pointer + "/" + codeOnly, "an entry with \"status\" stands for HTTP statuses alone, so it"
                + " has no \"" + codeOnly + "\"; give an entry either \"code\" or \"status\"");
          }
        }
      }
      if (!statusOnly && !code.has("code")) {
        problem(pointer, "\"code\" is missing (or \"status\", for an entry that stands for HTTP statuses"
            + " alone)");
      }
      Located<String> value = text(code, pointer, statusOnly ? "status" : "code", "");
      Located<String> reading = text(code, pointer, "reading", "PATTERN");
      if (!READINGS.contains(reading.value())) {
        problem(pointer + "/reading", "\"" + reading.value() + "\" is not one of " + String.join(", ", READINGS));
        reading = reading.with("PATTERN");
      }
      String display = name.value() + " (" + path + " " + pointer + ", line " + tree.line(pointer) + ")";
      codesByGroup.computeIfAbsent(group.value(), key -> new ArrayList<>()).add(new CodeDeclaration(
          name.value(),
          display,
          at(pointer, name.value()),
          at(pointer, name.value()),
          value.value(),
          "java.lang.String",
          text(code, pointer, "type", ""),
          integer(code, pointer, "http", 0),
          descriptions(code, pointer),
          reading,
          statuses(code, pointer),
          statusOnly,
          Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1))));
    }
    for (String groupPath : groups.keySet()) {
      int dot = groupPath.lastIndexOf('.');
      if (dot > 0 && !groups.containsKey(groupPath.substring(0, dot))) {
        problem(groups.get(groupPath).getKey() + "/path", "group \"" + groupPath + "\" is inside \""
            + groupPath.substring(0, dot) + "\", which is not listed in \"groups\"");
      }
    }
    return group("", at("", ""), groups, codesByGroup);
  }

  private GroupDeclaration group(
      String groupPath,
      Located<String> groupAt,
      Map<String, Map.Entry<String, JsonNode>> groups,
      Map<String, List<CodeDeclaration>> codesByGroup) {
    List<GroupDeclaration> children = new ArrayList<>();
    for (Map.Entry<String, Map.Entry<String, JsonNode>> child : groups.entrySet()) {
      String childPath = child.getKey();
      String parent = childPath.lastIndexOf('.') < 0 ? "" : childPath.substring(0, childPath.lastIndexOf('.'));
      if (parent.equals(groupPath)) {
        children.add(group(childPath, at(child.getValue().getKey(), childPath), groups, codesByGroup));
      }
    }
    children.sort(Comparator.comparing(GroupDeclaration::path));
    Map.Entry<String, JsonNode> declared = groups.get(groupPath);
    Located<Boolean> leaf = declared == null
        ? groupAt.with(false)
        : bool(declared.getValue(), declared.getKey(), "leaf");
    List<DescriptionDeclaration> descriptions = declared == null
        ? List.of()
        : descriptions(declared.getValue(), declared.getKey());
    Located<String> ownCode = declared == null || !declared.getValue().has("ownCode")
        ? null
        : text(declared.getValue(), declared.getKey(), "ownCode", "");
    return new GroupDeclaration(
        groupPath.substring(groupPath.lastIndexOf('.') + 1),
        groupAt,
        groupPath,
        null,
        groupAt.with(""),
        groupAt.with(0),
        leaf,
        descriptions,
        codesByGroup.getOrDefault(groupPath, List.of()),
        children,
        ownCode);
  }

  /** The statuses of an entry's {@code forHttpStatus}, each where it is written. */
  private Located<List<Located<String>>> statuses(JsonNode code, String pointer) {
    List<Located<String>> statuses = new ArrayList<>();
    for (Map.Entry<String, JsonNode> item : items(code, pointer, "forHttpStatus")) {
      if (item.getValue().isTextual()) {
        statuses.add(at(item.getKey(), item.getValue().asText()));
      } else {
        problem(item.getKey(), "expected an HTTP status or range as a string, such as \"404\" or \"5xx\","
            + " found " + kind(item.getValue()));
      }
    }
    return at(code.has("forHttpStatus") ? pointer + "/forHttpStatus" : pointer, statuses);
  }

  private static boolean isIdentifier(String name) {
    return SourceVersion.isIdentifier(name) && !SourceVersion.isKeyword(name);
  }
}
