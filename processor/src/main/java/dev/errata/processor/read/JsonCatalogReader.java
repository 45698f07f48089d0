package dev.errata.processor.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.errata.annotations.Outcome;
import dev.errata.annotations.Retry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a catalog file (the format {@code META-INF/errata/<package>.<Name>.json} is exported in, and
 * its version 1, exported before as {@code META-INF/errata/<Name>.json}) into a {@link
 * CatalogDeclaration}, for {@code @ErrorCatalog(source = ...)}. It checks only the file's shape: JSON
 * syntax, keys, value types, names that must be Java identifiers, groups that must exist. Everything
 * else (duplicates, overlaps, types, statuses, locales) is checked by the validator, as for a catalog
 * written in Java. Every value keeps its JSON Pointer and line, which messages name.
 *
 * <p>This class reads the root object, its version, locales and types; {@link JsonEnvelopeReader}
 * reads the envelope, {@link JsonCodesReader} the groups and codes, each value through {@link
 * JsonValues}, which places it at its pointer and line in the {@link JsonTree}.
 */
public final class JsonCatalogReader {

  /** The declaration, when the file has the right shape, and the problems with its shape. */
  public record Result(Optional<CatalogDeclaration> declaration, List<SourceProblem> problems) {}

  private static final Set<String> ROOT_KEYS = Set.of(
      "errata", "name", "codePattern", "locales", "unknownType", "types", "envelope", "groups", "codes");
  private static final Set<String> TYPE_KEYS = Set.of("name", "retry", "after", "outcome", "descriptions");
  /** The format versions this reader reads: 1, before readings, statuses and own codes, and 2. */
  private static final Set<Integer> VERSIONS = Set.of(1, 2);

  private final CatalogDeclaration annotated;
  private final String path;
  private final List<SourceProblem> problems = new ArrayList<>();
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
    JsonTree tree;
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
    EnvelopeDeclaration envelope = new JsonEnvelopeReader(values).read(root);
    GroupDeclaration catalogRoot = new JsonCodesReader(values).read(root);
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
}
