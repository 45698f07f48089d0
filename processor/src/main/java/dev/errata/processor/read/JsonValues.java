package dev.errata.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The typed values of a catalog file, each read where it is written: a string, a whole number, a
 * boolean, an array's items, one of an enum's constants, with its JSON Pointer and line. A value of
 * the wrong JSON type is a {@link SourceProblem}, and reads as its default.
 */
final class JsonValues {

  private final CatalogDeclaration annotated;
  private final String path;
  private final JsonTree tree;
  private final List<SourceProblem> problems;

  JsonValues(CatalogDeclaration annotated, String path, JsonTree tree, List<SourceProblem> problems) {
    this.annotated = annotated;
    this.path = path;
    this.tree = tree;
    this.problems = problems;
  }

  /** A position in the file: the catalog's source annotation value, with the pointer and line. */
  <T> Located<T> at(String pointer, T value) {
    String where = path + " " + (pointer.isEmpty() ? "(root)" : pointer) + " (line " + tree.line(pointer) + ")";
    return new Located<>(value, annotated.element(), annotated.annotation(),
        annotated.source().annotationValue(), where);
  }

  /** How messages name the entry {@code name} at {@code pointer}: with the file, pointer and line. */
  String named(String name, String pointer) {
    return name + " (" + path + " " + pointer + ", line " + tree.line(pointer) + ")";
  }

  void problem(SourceProblem.Kind kind, String pointer, String message) {
    problems.add(new SourceProblem(kind, at(pointer, message)));
  }

  String kind(JsonNode node) {
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
  boolean object(JsonNode node, String pointer, Set<String> keys) {
    if (!node.isObject()) {
      problem(SourceProblem.Kind.VALUE, pointer, "expected an object, found " + kind(node));
      return false;
    }
    node.fieldNames().forEachRemaining(key -> {
      if (!keys.contains(key)) {
        problem(SourceProblem.Kind.KEY, pointer + "/" + key, "unknown key \"" + key + "\"; the keys here are "
            + String.join(", ", keys.stream().sorted().toList()));
      }
    });
    return true;
  }

  Located<String> text(JsonNode object, String pointer, String key, String absent) {
    JsonNode value = object.get(key);
    String at = pointer + "/" + key;
    if (value == null) {
      if (absent == null) {
        problem(SourceProblem.Kind.KEY, pointer, "\"" + key + "\" is missing");
        return at(pointer, "");
      }
      return at(pointer, absent);
    }
    if (!value.isTextual()) {
      problem(SourceProblem.Kind.VALUE, at, "expected a string, found " + kind(value));
      return at(at, absent == null ? "" : absent);
    }
    return at(at, value.asText());
  }

  Located<Integer> integer(JsonNode object, String pointer, String key, int absent) {
    JsonNode value = object.get(key);
    String at = pointer + "/" + key;
    if (value == null) {
      return at(pointer, absent);
    }
    if (!value.canConvertToInt() || !value.isIntegralNumber()) {
      problem(SourceProblem.Kind.VALUE, at, "expected a whole number, found " + (value.isNumber() ? value.toString() : kind(value)));
      return at(at, absent);
    }
    return at(at, value.asInt());
  }

  Located<Boolean> bool(JsonNode object, String pointer, String key) {
    JsonNode value = object.get(key);
    String at = pointer + "/" + key;
    if (value == null) {
      return at(pointer, false);
    }
    if (!value.isBoolean()) {
      problem(SourceProblem.Kind.VALUE, at, "expected true or false, found " + kind(value));
      return at(at, false);
    }
    return at(at, value.asBoolean());
  }

  /** The items of an array under {@code key}, each with its pointer; empty when absent or wrong. */
  List<Map.Entry<String, JsonNode>> items(JsonNode object, String pointer, String key) {
    JsonNode array = object.get(key);
    String at = pointer + "/" + key;
    List<Map.Entry<String, JsonNode>> items = new ArrayList<>();
    if (array == null) {
      return items;
    }
    if (!array.isArray()) {
      problem(SourceProblem.Kind.VALUE, at, "expected an array, found " + kind(array));
      return items;
    }
    for (int i = 0; i < array.size(); i++) {
      items.add(Map.entry(at + "/" + i, array.get(i)));
    }
    return items;
  }

  Located<String> constant(JsonNode object, String pointer, String key, Enum<?> absent) {
    Located<String> value = text(object, pointer, key, absent.name());
    List<String> allowed = Arrays.stream(absent.getDeclaringClass().getEnumConstants())
        .map(Enum::name)
        .toList();
    if (!allowed.contains(value.value())) {
      problem(SourceProblem.Kind.VALUE, pointer + "/" + key, "\"" + value.value() + "\" is not one of " + String.join(", ", allowed));
      return value.with(absent.name());
    }
    return value;
  }

  List<DescriptionDeclaration> descriptions(JsonNode object, String pointer) {
    List<DescriptionDeclaration> descriptions = new ArrayList<>();
    JsonNode texts = object.get("descriptions");
    String at = pointer + "/descriptions";
    if (texts == null) {
      return descriptions;
    }
    if (!texts.isObject()) {
      problem(SourceProblem.Kind.VALUE, at, "expected an object of texts by locale, such as {\"en\": \"...\"}, found " + kind(texts));
      return descriptions;
    }
    texts.fields().forEachRemaining(text -> {
      String textAt = at + "/" + text.getKey();
      if (text.getValue().isTextual()) {
        descriptions.add(new DescriptionDeclaration(
            at(textAt, text.getValue().asText()), at(textAt, text.getKey())));
      } else {
        problem(SourceProblem.Kind.VALUE, textAt, "expected a string, found " + kind(text.getValue()));
      }
    });
    return descriptions;
  }

  /** The statuses of an entry's {@code forHttpStatus}, each where it is written. */
  Located<List<Located<String>>> statuses(JsonNode code, String pointer) {
    List<Located<String>> statuses = new ArrayList<>();
    for (Map.Entry<String, JsonNode> item : items(code, pointer, "forHttpStatus")) {
      if (item.getValue().isTextual()) {
        statuses.add(at(item.getKey(), item.getValue().asText()));
      } else {
        problem(SourceProblem.Kind.VALUE, item.getKey(), "expected an HTTP status or range as a string, such as \"404\" or \"5xx\","
            + " found " + kind(item.getValue()));
      }
    }
    return at(code.has("forHttpStatus") ? pointer + "/forHttpStatus" : pointer, statuses);
  }
}
