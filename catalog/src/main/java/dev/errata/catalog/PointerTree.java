package dev.errata.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

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
   * object or array that a target ends at). Held in arrays, which a reader scans for every member of
   * a body: a node has as many children as the format has distinct names at its depth, a handful.
   */
  static final class PointerNode {
    private static final String[] NO_NAMES = {};
    private static final PointerNode[] NO_NODES = {};
    private static final Target[] NO_TARGETS = {};

    private final int depth;
    private String[] names = NO_NAMES;
    private PointerNode[] children = NO_NODES;
    private Target[] ending = NO_TARGETS;
    private Target[] below = NO_TARGETS;
    /** The names as a backend matches them; {@code null} until {@link #matchNamesWith}. */
    private JsonNames matched;

    private PointerNode(int depth) {
      this.depth = depth;
    }

    /** How many segments lead here. */
    int depth() {
      return depth;
    }

    /** The next step by {@code name}, a property name or an array index; {@code null} for none. */
    PointerNode child(String name) {
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(name)) {
          return children[i];
        }
      }
      return null;
    }

    /** The next step by the index of its name, from {@link JsonTokens#nextName(JsonNames)}; {@code null} for none. */
    PointerNode child(int index) {
      return index >= 0 ? children[index] : null;
    }

    /** The names of the next steps, as the backend of {@link #matchNamesWith} matches them. */
    JsonNames names() {
      return matched;
    }

    /** Whether any pointer goes on past this step. */
    boolean hasChildren() {
      return children.length > 0;
    }

    /** The targets whose pointer ends here, in the order added; not to be changed. */
    Target[] ending() {
      return ending;
    }

    /** The targets whose pointer passes through or ends here, in the order added; not to be changed. */
    Target[] below() {
      return below;
    }

    private PointerNode childOrNew(String name) {
      PointerNode child = child(name);
      if (child == null) {
        child = new PointerNode(depth + 1);
        names = append(names, name);
        children = append(children, child);
      }
      return child;
    }

    private static <T> T[] append(T[] array, T element) {
      T[] longer = Arrays.copyOf(array, array.length + 1);
      longer[array.length] = element;
      return longer;
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
    node.below = PointerNode.append(node.below, target);
    for (String segment : target.segments()) {
      node = node.childOrNew(segment);
      node.below = PointerNode.append(node.below, target);
    }
    node.ending = PointerNode.append(node.ending, target);
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

  /**
   * Has every step's names made into {@code json}'s matcher of them, for {@link PointerNode#names()};
   * once every target is added, before the tree is shared.
   */
  void matchNamesWith(JsonBackend json) {
    matchNamesWith(json, root);
  }

  private static void matchNamesWith(JsonBackend json, PointerNode node) {
    node.matched = json.names(List.of(node.names));
    for (PointerNode child : node.children) {
      matchNamesWith(json, child);
    }
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
