package dev.errata.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Pointers an envelope reads, as a tree of their segments: a reader walks it along with the
 * parser, and follows only the branches some pointer takes.
 */
final class PointerTree {

  private final List<Target> targets = new ArrayList<>();
  private final PointerNode root = new PointerNode(0);

  /**
   * A pointer the envelope reads: a scalar field, or an attribute (a scalar, or JSON text).
   *
   * @param pointer as the format gives it
   * @param segments its reference tokens, unescaped
   */
  record Target(int index, String pointer, List<String> segments, String field, boolean attribute) {}

  /**
   * A step of one or more pointers: property names (or array indexes, as text) to the next steps, the
   * targets that end here, and the targets at or below it (read from a tree when the value here is an
   * object or array that a target ends at).
   */
  static final class PointerNode {
    private final int depth;
    private final Map<String, PointerNode> children = new HashMap<>();
    private final List<Target> ending = new ArrayList<>();
    private final List<Target> below = new ArrayList<>();

    private PointerNode(int depth) {
      this.depth = depth;
    }

    /** How many segments lead here. */
    int depth() {
      return depth;
    }

    /** The next steps, by property name or array index. */
    Map<String, PointerNode> children() {
      return children;
    }

    /** The targets whose pointer ends here. */
    List<Target> ending() {
      return ending;
    }

    /** The targets whose pointer passes through or ends here. */
    List<Target> below() {
      return below;
    }
  }

  /**
   * Adds the target of {@code pointer} as {@code field}, numbered in the order of adding; {@code null}
   * for {@code ""} (no such field).
   *
   * @throws IllegalArgumentException if {@code pointer} is not a JSON Pointer
   */
  Target add(String pointer, String field, boolean attribute) {
    if (pointer.isEmpty()) {
      return null;
    }
    Target target = new Target(targets.size(), pointer, segments(pointer), field, attribute);
    targets.add(target);
    PointerNode node = root;
    node.below.add(target);
    for (String segment : target.segments()) {
      int depth = node.depth + 1;
      node = node.children.computeIfAbsent(segment, key -> new PointerNode(depth));
      node.below.add(target);
    }
    node.ending.add(target);
    return target;
  }

  /**
   * The reference tokens of a JSON Pointer (RFC 6901), unescaped: {@code ~1} is {@code /} and {@code ~0}
   * is {@code ~}; a {@code ~} before any other character stays as it is.
   *
   * @throws IllegalArgumentException if {@code pointer} does not start with {@code /}
   */
  static List<String> segments(String pointer) {
    if (!pointer.startsWith("/")) {
      throw new IllegalArgumentException("a JSON Pointer starts with '/': \"" + pointer + "\"");
    }
    List<String> segments = new ArrayList<>();
    StringBuilder segment = new StringBuilder();
    for (int i = 1; i < pointer.length(); i++) {
      char c = pointer.charAt(i);
      if (c == '/') {
        segments.add(segment.toString());
        segment.setLength(0);
      } else if (c == '~' && i + 1 < pointer.length()) {
        char escaped = pointer.charAt(++i);
        segment.append(escaped == '0' ? "~" : escaped == '1' ? "/" : "~" + escaped);
      } else {
        segment.append(c);
      }
    }
    segments.add(segment.toString());
    return List.copyOf(segments);
  }

  /** Every target, in the order added. */
  List<Target> targets() {
    return Collections.unmodifiableList(targets);
  }

  /** The step before the first segment: the whole body. */
  PointerNode root() {
    return root;
  }
}
