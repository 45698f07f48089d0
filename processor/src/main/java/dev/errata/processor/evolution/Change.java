package dev.errata.processor.evolution;

import dev.errata.processor.read.Located;
import dev.errata.processor.validate.Diagnostics;
import java.util.List;
import java.util.Set;

/**
 * One change since a catalog's baseline.
 *
 * @param rule the rule it falls under, whose id and message it is reported with
 * @param entry what it is about, the part after the colon of an {@code accept} element: an entry's
 *     constant name, a type, a group path, a locale or an envelope field
 * @param at where it is reported: the current catalog's element causing it, or the catalog
 * @param args the rule's message arguments
 */
public record Change(Diagnostics rule, String entry, Located<?> at, List<Object> args) {

  /** What a change breaks, in the order a change log lists them. */
  public enum Kind {
    /** What clients decode. */
    WIRE("Breaking on the wire"),
    /** What client code compiles against. */
    SOURCE("Breaking in generated source"),
    /** Nothing: notes. */
    COMPATIBLE("Compatible");

    private final String heading;

    Kind(String heading) {
      this.heading = heading;
    }

    /** The change log's heading for this kind. */
    public String heading() {
      return heading;
    }
  }

  private static final Set<Diagnostics> WIRE = Set.of(
      Diagnostics.CODE_REMOVED, Diagnostics.CODE_NARROWED, Diagnostics.CODE_MOVED,
      Diagnostics.RETRY_CHANGED, Diagnostics.HTTP_STATUS_CHANGED, Diagnostics.ENVELOPE_CHANGED,
      Diagnostics.LOCALE_REMOVED);
  private static final Set<Diagnostics> SOURCE = Set.of(
      Diagnostics.CONSTANT_RENAMED, Diagnostics.CONSTANT_REMOVED, Diagnostics.TYPE_REMOVED,
      Diagnostics.GROUP_MOVED, Diagnostics.GROUP_REMOVED, Diagnostics.NEW_SUBCLASS);

  /** Every rule a change can fall under. */
  public static final List<Diagnostics> RULES = List.of(
      Diagnostics.CODE_REMOVED, Diagnostics.CODE_NARROWED, Diagnostics.CODE_MOVED,
      Diagnostics.RETRY_CHANGED, Diagnostics.HTTP_STATUS_CHANGED, Diagnostics.ENVELOPE_CHANGED,
      Diagnostics.LOCALE_REMOVED, Diagnostics.CONSTANT_RENAMED, Diagnostics.CONSTANT_REMOVED,
      Diagnostics.TYPE_REMOVED,
      Diagnostics.GROUP_MOVED, Diagnostics.GROUP_REMOVED, Diagnostics.NEW_SUBCLASS,
      Diagnostics.ENTRY_ADDED, Diagnostics.DESCRIPTION_CHANGED);

  /** Copies the arguments. */
  public Change {
    args = List.copyOf(args);
  }

  /** What it breaks. */
  public Kind kind() {
    return WIRE.contains(rule) ? Kind.WIRE : SOURCE.contains(rule) ? Kind.SOURCE : Kind.COMPATIBLE;
  }

  /** Whether it breaks clients. */
  public boolean breaking() {
    return kind() != Kind.COMPATIBLE;
  }

  /** The rule's id without brackets, such as {@code ErrataCodeRemoved}. */
  public String ruleId() {
    String id = rule.id();
    return id.substring(1, id.length() - 1);
  }

  /** What an {@code accept} element accepting it says: {@code "<rule id>:<entry>"}. */
  public String acceptance() {
    return ruleId() + ":" + entry;
  }

  /** The message, with its id. */
  public String message() {
    return rule.format(args.toArray());
  }
}
