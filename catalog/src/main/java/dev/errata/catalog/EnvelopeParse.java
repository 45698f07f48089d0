package dev.errata.catalog;

import dev.errata.catalog.JsonTokens.Token;
import dev.errata.catalog.PointerTree.Target;

/**
 * The state of one parse of {@link EnvelopeReader}: what each target read (a value, or a problem), and
 * the JSON type of each value when the format keeps those. Values count only once the whole body has
 * parsed, as when it was read as a tree. One per read; not thread-safe.
 */
final class EnvelopeParse {

  private final String[] values;
  /** {@code null} until a target has a problem, as most bodies have none. */
  private String[] problems;
  /** {@code null} unless the JSON types are kept. */
  private final JsonType[] json;

  EnvelopeParse(int targets, boolean keepsJsonTypes) {
    values = new String[targets];
    json = keepsJsonTypes ? new JsonType[targets] : null;
  }

  /** What {@code target} read; {@code null} for no target, or none read. */
  String value(Target target) {
    return target == null ? null : values[target.index()];
  }

  /** The JSON type of what {@code target} read, when the types are kept. */
  JsonType jsonType(Target target) {
    return json[target.index()];
  }

  /** Whether any target has a problem. */
  boolean hasProblems() {
    return problems != null;
  }

  String problem(Target target) {
    return problems == null ? null : problems[target.index()];
  }

  void problem(Target target, String problem) {
    if (problems == null) {
      problems = new String[values.length];
    }
    problems[target.index()] = problem;
  }

  /** Sets what a target read from a scalar token, with its JSON type when those are kept. */
  void read(Target target, String value, Token token) {
    values[target.index()] = value;
    if (json != null) {
      json[target.index()] = jsonType(token);
    }
  }

  /** Keeps an object or array a target reached as its JSON text; it has no scalar type. */
  void keep(Target target, String text) {
    values[target.index()] = text;
  }

  /** Forgets what a target read, as a later duplicate key replaces an earlier value. */
  void forget(Target target) {
    values[target.index()] = null;
    if (problems != null) {
      problems[target.index()] = null;
    }
  }

  /** The JSON type of a scalar token. */
  private static JsonType jsonType(Token token) {
    return switch (token) {
      case STRING -> JsonType.STRING;
      case NUMBER -> JsonType.NUMBER;
      case TRUE, FALSE -> JsonType.BOOLEAN;
      default -> null;
    };
  }
}
