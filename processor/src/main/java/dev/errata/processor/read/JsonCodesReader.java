package dev.errata.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a catalog file's {@code groups} and {@code codes} arrays into the group tree of a {@link
 * CatalogDeclaration}: groups by dotted path, each code under the group it names. It checks what only
 * the file can get wrong: names that are not Java identifiers, groups listed twice or not at all, an
 * entry with both {@code code} and {@code status} or neither, a {@code reading} that does not exist.
 */
final class JsonCodesReader {

  private static final Set<String> GROUP_KEYS = Set.of("path", "leaf", "ownCode", "descriptions");
  private static final Set<String> CODE_KEYS = Set.of(
      "name", "code", "reading", "status", "group", "type", "http", "forHttpStatus", "descriptions");
  private static final List<String> READINGS = List.of("PATTERN", "LITERAL", "WILDCARD");
  /** The keys of a code entry that an entry of HTTP statuses alone has not. */
  private static final List<String> CODE_ONLY_KEYS = List.of("code", "reading", "http", "forHttpStatus");

  private final JsonValues values;
  /** The listed groups by path, each with its pointer and object. */
  private final Map<String, Map.Entry<String, JsonNode>> groups = new TreeMap<>();
  private final Map<String, List<CodeDeclaration>> codesByGroup = new LinkedHashMap<>();

  JsonCodesReader(JsonValues values) {
    this.values = values;
  }

  /** The group tree of the catalog file whose root object is {@code root}: its root group. */
  GroupDeclaration read(JsonNode root) {
    for (Map.Entry<String, JsonNode> item : values.items(root, "", "groups")) {
      listGroup(item);
    }
    for (Map.Entry<String, JsonNode> item : values.items(root, "", "codes")) {
      addCode(item.getKey(), item.getValue());
    }
    for (String groupPath : groups.keySet()) {
      int dot = groupPath.lastIndexOf('.');
      if (dot > 0 && !groups.containsKey(groupPath.substring(0, dot))) {
        values.problem(SourceProblem.Kind.GROUP, groups.get(groupPath).getKey() + "/path", "group \"" + groupPath + "\" is inside \""
            + groupPath.substring(0, dot) + "\", which is not listed in \"groups\"");
      }
    }
    return group("", values.at("", ""));
  }

  private void listGroup(Map.Entry<String, JsonNode> item) {
    if (!values.object(item.getValue(), item.getKey(), GROUP_KEYS)) {
      return;
    }
    String groupPath = values.text(item.getValue(), item.getKey(), "path", null).value();
    if (groupPath.isEmpty() || !Arrays.stream(groupPath.split("\\.", -1)).allMatch(JavaNames::isIdentifier)) {
      values.problem(SourceProblem.Kind.NAME, item.getKey() + "/path", "group path \"" + groupPath + "\" is not Java identifiers"
          + " separated by dots, such as \"Client.Auth\"");
    } else if (groups.putIfAbsent(groupPath, item) != null) {
      values.problem(SourceProblem.Kind.GROUP, item.getKey() + "/path", "group \"" + groupPath + "\" is listed twice");
    }
  }

  private void addCode(String pointer, JsonNode code) {
    if (!values.object(code, pointer, CODE_KEYS)) {
      return;
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
      for (String codeOnly : CODE_ONLY_KEYS) {
        if (code.has(codeOnly)) {
          values.problem(SourceProblem.Kind.ENTRY, pointer + "/" + codeOnly, "an entry with \"status\" stands for HTTP statuses alone, so it"
              + " has no \"" + codeOnly + "\"; give an entry either \"code\" or \"status\"");
        }
      }
    } else if (!code.has("code")) {
      values.problem(SourceProblem.Kind.ENTRY, pointer, "\"code\" is missing (or \"status\", for an entry that stands for HTTP statuses"
          + " alone)");
    }
    Located<String> value = values.text(code, pointer, statusOnly ? "status" : "code", "");
    Located<String> reading = values.text(code, pointer, "reading", "PATTERN");
    if (!READINGS.contains(reading.value())) {
      values.problem(SourceProblem.Kind.VALUE, pointer + "/reading", "\"" + reading.value() + "\" is not one of " + String.join(", ", READINGS));
      reading = reading.with("PATTERN");
    }
    codesByGroup.computeIfAbsent(group.value(), key -> new ArrayList<>()).add(new CodeDeclaration(
        name.value(),
        values.named(name.value(), pointer),
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

  /** The group at {@code groupPath} (the root at {@code ""}), with its codes and nested groups. */
  private GroupDeclaration group(String groupPath, Located<String> groupAt) {
    List<GroupDeclaration> children = new ArrayList<>();
    for (Map.Entry<String, Map.Entry<String, JsonNode>> child : groups.entrySet()) {
      String childPath = child.getKey();
      String parent = childPath.lastIndexOf('.') < 0 ? "" : childPath.substring(0, childPath.lastIndexOf('.'));
      if (parent.equals(groupPath)) {
        children.add(group(childPath, values.at(child.getValue().getKey(), childPath)));
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
