package dev.errata.catalog;

import com.fasterxml.jackson.core.JsonPointer;
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

  /** A pointer the envelope reads: a scalar field, or an attribute (a scalar, or JSON text). */
  record Target(int index, JsonPointer pointer, String field, boolean attribute) {}

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
    Target target = new Target(targets.size(), JsonPointer.compile(pointer), field, attribute);
    targets.add(target);
    PointerNode node = root;
    node.below.add(target);
    for (JsonPointer rest = target.pointer(); !rest.matches(); rest = rest.tail()) {
      int depth = node.depth + 1;
      node = node.children.computeIfAbsent(rest.getMatchingProperty(), key -> new PointerNode(depth));
      node.below.add(target);
    }
    node.ending.add(target);
    return target;
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
