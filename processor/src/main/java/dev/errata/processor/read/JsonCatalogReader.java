package dev.errata.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errata.annotations.Envelope;
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
  public record Result(Optional<CatalogDeclaration> declaration, List<SourceProblem> problems) {}

  private static final Set<String> ROOT_KEYS = Set.of(
      "errata", "name", "codePattern", "locales", "unknownType", "types", "envelope", "groups", "codes");
  private static final Set<String> TYPE_KEYS = Set.of("name", "retry", "after", "outcome", "descriptions");
  private static final Set<String> ENVELOPE_KEYS = Set.of("code", "type", "description", "status",
      "successStatus", "warningStatus", "failureStatus", "correlationId", "defaultHttpStatus", "attributes",
      "codeJson", "statusJson", "warning", "httpStatus", "correlationIdHeader", "retryHeader", "format", "typePrefix");
  private static final Set<String> ATTRIBUTE_KEYS = Set.of("name", "pointer", "json");
  private static final Set<String> GROUP_KEYS = Set.of("path", "leaf", "ownCode", "descriptions");
  private static final Set<String> CODE_KEYS = Set.of(
      "name", "code", "reading", "status", "group", "type", "http", "forHttpStatus", "descriptions");
  /** The format versions this reader reads: 1, before readings, statuses and own codes, and 2. */
  private static final Set<Integer> VERSIONS = Set.of(1, 2);
  private static final List<String> READINGS = List.of("PATTERN", "LITERAL", "WILDCARD");

  private final CatalogDeclaration annotated;
  private final String path;
  private final List<SourceProblem> problems = new ArrayList<>();
  private JsonTree tree;
  private JsonValues values;

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
      problems.add(new SourceProblem(SourceProblem.Kind.SYNTAX, new Located<>("is not valid JSON: "
          + e.getMessage(), annotated.element(), annotated.annotation(), annotated.source().annotationValue(), path)));
      return new Result(Optional.empty(), problems);
    }
    values = new JsonValues(annotated, path, tree, problems);
    for (String duplicate : duplicates) {
      values.problem(SourceProblem.Kind.KEY, duplicate, "this key appears twice in its object; keep one");
    }
    JsonNode root = tree.root();
    if (!values.object(root, "", ROOT_KEYS)) {
      return new Result(Optional.empty(), problems);
    }
    JsonNode version = root.get("errata");
    if (version != null && !(version.isIntegralNumber() && VERSIONS.contains(version.asInt()))) {
      values.problem(SourceProblem.Kind.VERSION, "/errata", "this file is format version " + version + "; this Errata reads versions 1 and 2");
    }
    Located<String> codePattern = values.text(root, "", "codePattern", "");
    Located<List<Located<String>>> locales = locales(root);
    List<TypeDeclaration> types = new ArrayList<>();
    for (Map.Entry<String, JsonNode> type : values.items(root, "", "types")) {
      types.add(type(type.getKey(), type.getValue()));
    }
    Located<String> unknownType = values.text(root, "", "unknownType", "");
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









  private Located<List<Located<String>>> locales(JsonNode root) {
    List<Located<String>> tags = new ArrayList<>();
    if (!root.has("locales")) {
      tags.add(values.at("", "en"));
      return values.at("", tags);
    }
    for (Map.Entry<String, JsonNode> item : values.items(root, "", "locales")) {
      if (item.getValue().isTextual()) {
        tags.add(values.at(item.getKey(), item.getValue().asText()));
      } else {
        values.problem(SourceProblem.Kind.VALUE, item.getKey(), "expected a locale tag such as \"en\", found " + values.kind(item.getValue()));
      }
    }
    return values.at("/locales", tags);
  }


  private TypeDeclaration type(String pointer, JsonNode type) {
    if (!values.object(type, pointer, TYPE_KEYS)) {
      return new TypeDeclaration(values.at(pointer, ""), values.at(pointer, "NEVER"), values.at(pointer, ""),
          values.at(pointer, "FAILURE"), List.of());
    }
    return new TypeDeclaration(
        values.text(type, pointer, "name", null),
        values.constant(type, pointer, "retry", Retry.NEVER),
        values.text(type, pointer, "after", ""),
        values.constant(type, pointer, "outcome", Outcome.FAILURE),
        values.descriptions(type, pointer));
  }


  private EnvelopeDeclaration envelope(JsonNode root) {
    JsonNode envelope = root.get("envelope");
    String pointer = "/envelope";
    if (envelope == null || !values.object(envelope, pointer, ENVELOPE_KEYS)) {
      // Absent: the defaults of @Envelope.
      JsonNode empty = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      return envelopeOf(empty, envelope == null ? "" : pointer);
    }
    return envelopeOf(envelope, pointer);
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
        envelopeText(envelope, pointer, "code"),
        envelopeText(envelope, pointer, "type"),
        envelopeText(envelope, pointer, "description"),
        envelopeText(envelope, pointer, "status"),
        envelopeText(envelope, pointer, "successStatus"),
        envelopeText(envelope, pointer, "warningStatus"),
        envelopeText(envelope, pointer, "failureStatus"),
        values.integer(envelope, pointer, "defaultHttpStatus", (Integer) envelopeDefault("defaultHttpStatus")),
        envelopeText(envelope, pointer, "correlationId"),
        attributes,
        values.constant(envelope, pointer, "codeJson", JsonType.STRING),
        values.constant(envelope, pointer, "statusJson", JsonType.STRING),
        envelopeText(envelope, pointer, "warning"),
        envelopeText(envelope, pointer, "httpStatus"),
        envelopeText(envelope, pointer, "correlationIdHeader"),
        envelopeText(envelope, pointer, "retryHeader"),
        values.constant(envelope, pointer, "format", Envelope.Format.POINTERS),
        envelopeText(envelope, pointer, "typePrefix"));
  }

  private Located<String> envelopeText(JsonNode envelope, String pointer, String key) {
    return values.text(envelope, pointer, key, (String) envelopeDefault(key));
  }

  /** The default of an {@code @Envelope} element: a file that leaves it out reads as Java does. */
  private static Object envelopeDefault(String element) {
    try {
      return Envelope.class.getMethod(element).getDefaultValue();
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("@Envelope has no " + element, e);
    }
  }

  /** The group tree: groups by path, each code under its group. */
  private GroupDeclaration groupsAndCodes(JsonNode root) {
    Map<String, Map.Entry<String, JsonNode>> groups = new TreeMap<>();
    for (Map.Entry<String, JsonNode> item : values.items(root, "", "groups")) {
      if (!values.object(item.getValue(), item.getKey(), GROUP_KEYS)) {
        continue;
      }
      String groupPath = values.text(item.getValue(), item.getKey(), "path", null).value();
      if (groupPath.isEmpty() || !Arrays.stream(groupPath.split("\\.", -1)).allMatch(JavaNames::isIdentifier)) {
        values.problem(SourceProblem.Kind.NAME, item.getKey() + "/path", "group path \"" + groupPath + "\" is not Java identifiers"
            + " separated by dots, such as \"Client.Auth\"");
      } else if (groups.putIfAbsent(groupPath, item) != null) {
        values.problem(SourceProblem.Kind.GROUP, item.getKey() + "/path", "group \"" + groupPath + "\" is listed twice");
      }
    }
    Map<String, List<CodeDeclaration>> codesByGroup = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> item : values.items(root, "", "codes")) {
      String pointer = item.getKey();
      JsonNode code = item.getValue();
      if (!values.object(code, pointer, CODE_KEYS)) {
        continue;
      }
      Located<String> name = values.text(code, pointer, "name", null);
      if (!name.value().isEmpty() && !JavaNames.isIdentifier(name.value())) {
        values.problem(SourceProblem.Kind.NAME, pointer + "/name", "\"" + name.value() + "\" is not a Java identifier, so it cannot be"
            + " an enum constant; use a name such as \"NOT_FOUND\"");
      }
      Located<String> group = values.text(code, pointer, "group", "");
      if (!group.value().isEmpty() && !groups.containsKey(group.value())) {
        values.problem(SourceProblem.Kind.GROUP, pointer + "/group", "group \"" + group.value() + "\" is not listed in \"groups\"");
      }
      boolean statusOnly = code.has("status");
      if (statusOnly) {
        for (String codeOnly : List.of("code", "reading", "http", "forHttpStatus")) {
          if (code.has(codeOnly)) {
            values.problem(SourceProblem.Kind.ENTRY, pointer + "/" + codeOnly, "an entry with \"status\" stands for HTTP statuses alone, so it"
                + " has no \"" + codeOnly + "\"; give an entry either \"code\" or \"status\"");
          }
        }
      }
      if (!statusOnly && !code.has("code")) {
        values.problem(SourceProblem.Kind.ENTRY, pointer, "\"code\" is missing (or \"status\", for an entry that stands for HTTP statuses"
            + " alone)");
      }
      Located<String> value = values.text(code, pointer, statusOnly ? "status" : "code", "");
      Located<String> reading = values.text(code, pointer, "reading", "PATTERN");
      if (!READINGS.contains(reading.value())) {
        values.problem(SourceProblem.Kind.VALUE, pointer + "/reading", "\"" + reading.value() + "\" is not one of " + String.join(", ", READINGS));
        reading = reading.with("PATTERN");
      }
      String display = name.value() + " (" + path + " " + pointer + ", line " + tree.line(pointer) + ")";
      codesByGroup.computeIfAbsent(group.value(), key -> new ArrayList<>()).add(new CodeDeclaration(
          name.value(),
          display,
          values.at(pointer, name.value()),
          values.at(pointer, name.value()),
          value.value(),
          "java.lang.String",
          values.text(code, pointer, "type", ""),
          values.integer(code, pointer, "http", 0),
          values.descriptions(code, pointer),
          reading,
          values.statuses(code, pointer),
          statusOnly,
          Integer.parseInt(pointer.substring(pointer.lastIndexOf('/') + 1))));
    }
    for (String groupPath : groups.keySet()) {
      int dot = groupPath.lastIndexOf('.');
      if (dot > 0 && !groups.containsKey(groupPath.substring(0, dot))) {
        values.problem(SourceProblem.Kind.GROUP, groups.get(groupPath).getKey() + "/path", "group \"" + groupPath + "\" is inside \""
            + groupPath.substring(0, dot) + "\", which is not listed in \"groups\"");
      }
    }
    return group("", values.at("", ""), groups, codesByGroup);
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
        children.add(group(childPath, values.at(child.getValue().getKey(), childPath), groups, codesByGroup));
      }
    }
    children.sort(Comparator.comparing(GroupDeclaration::path));
    Map.Entry<String, JsonNode> declared = groups.get(groupPath);
    Located<Boolean> leaf = declared == null
        ? groupAt.with(false)
        : values.bool(declared.getValue(), declared.getKey(), "leaf");
    List<DescriptionDeclaration> descriptions = declared == null
        ? List.of()
        : values.descriptions(declared.getValue(), declared.getKey());
    Located<String> ownCode = declared == null || !declared.getValue().has("ownCode")
        ? null
        : values.text(declared.getValue(), declared.getKey(), "ownCode", "");
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


  }
