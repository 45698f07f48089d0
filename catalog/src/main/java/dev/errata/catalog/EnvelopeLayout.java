package dev.errata.catalog;

import dev.errata.catalog.JsonTokens.Token;
import dev.errata.catalog.JsonValue.ObjectValue;
import dev.errata.catalog.JsonValue.Scalar;
import dev.errata.catalog.PointerTree.PointerNode;
import dev.errata.catalog.PointerTree.Target;
import java.io.IOException;
import java.util.List;

/**
 * Where an envelope's fields go in the body {@link EnvelopeWriter} writes: the body that setting each
 * field that has a value at its pointer in turn, in the order of the targets, creating the objects on
 * the way, gives. Members keep the order in which the first of the fields below them was set, and a
 * later field at the same pointer replaces the earlier one's value in its place. That body is written
 * token by token, with no tree built, unless one pointer leads through another (an object that a field
 * also sets as a value); then it is built as a {@link JsonValue} first, so that the later field
 * replaces the earlier one as it always has. Immutable and thread-safe.
 */
final class EnvelopeLayout {

  private final PointerTree pointers;
  /** By target index, the node of each of its segments: {@code paths[target][depth]} is at {@code depth + 1}. */
  private final PointerNode[][] paths;
  /** Whether some pointer is a proper prefix of another. */
  private final boolean nested;

  /** The layout of {@code pointers}, whose targets the values of {@link #body} are indexed by. */
  EnvelopeLayout(PointerTree pointers) {
    this.pointers = pointers;
    List<Target> targets = pointers.targets();
    this.paths = new PointerNode[targets.size()][];
    boolean prefix = false;
    for (Target target : targets) {
      List<String> segments = target.segments();
      PointerNode[] path = new PointerNode[segments.size()];
      PointerNode node = pointers.root();
      for (int depth = 0; depth < path.length; depth++) {
        node = node.child(segments.get(depth));
        path[depth] = node;
      }
      prefix |= node.hasChildren();
      paths[target.index()] = path;
    }
    this.nested = prefix;
  }

  /**
   * The body of {@code values}, by target index: a string, a {@link JsonValue}, or {@code null} for a
   * field not written. The array is read when the body is written, not copied.
   */
  JsonOutput.Source body(Object[] values) {
    return nested ? tree(values) : out -> writeObject(pointers.root(), values, out);
  }

  private void writeObject(PointerNode node, Object[] values, JsonOutput out) throws IOException {
    out.write(Token.START_OBJECT, null);
    int depth = node.depth();
    for (Target target : node.below()) {
      if (values[target.index()] == null) {
        continue;
      }
      PointerNode member = paths[target.index()][depth];
      if (first(member.below(), values) != target) {
        // Written with the first field below it.
        continue;
      }
      out.write(Token.NAME, target.segments().get(depth));
      if (member.ending().length == 0) {
        writeObject(member, values, out);
      } else {
        writeValue(values[last(member.ending(), values).index()], out);
      }
    }
    out.write(Token.END_OBJECT, null);
  }

  private static void writeValue(Object value, JsonOutput out) throws IOException {
    if (value instanceof String text) {
      out.write(Token.STRING, text);
    } else {
      ((JsonValue) value).writeTo(out);
    }
  }

  /** The first of {@code targets} that has a value. */
  private static Target first(Target[] targets, Object[] values) {
    for (Target target : targets) {
      if (values[target.index()] != null) {
        return target;
      }
    }
    return null;
  }

  /** The last of {@code targets} that has a value. */
  private static Target last(Target[] targets, Object[] values) {
    for (int i = targets.length - 1; i >= 0; i--) {
      if (values[targets[i].index()] != null) {
        return targets[i];
      }
    }
    return null;
  }

  /** The body built as a tree, one field after another. */
  private JsonValue tree(Object[] values) {
    ObjectValue root = new ObjectValue();
    for (Target target : pointers.targets()) {
      Object value = values[target.index()];
      if (value != null) {
        put(root, target.segments(), value instanceof String text ? Scalar.string(text) : (JsonValue) value);
      }
    }
    return root;
  }

  /** Sets a value at a pointer, creating the objects on the way (and replacing a value in the way). */
  private static void put(ObjectValue root, List<String> pointer, JsonValue value) {
    ObjectValue at = root;
    for (String property : pointer.subList(0, pointer.size() - 1)) {
      if (at.members().get(property) instanceof ObjectValue object) {
        at = object;
      } else {
        ObjectValue created = new ObjectValue();
        at.members().put(property, created);
        at = created;
      }
    }
    at.members().put(pointer.get(pointer.size() - 1), value);
  }
}
