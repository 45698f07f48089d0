package dev.errata.processor.evolution;

import java.util.List;
import java.util.Set;

/**
 * The change log of a catalog since its baseline, as Markdown ready for release notes: the changes
 * grouped by what they break, each with its rule id; an added entry with its description in the
 * catalog's default locale.
 */
public final class ChangeLog {

  private ChangeLog() {}

  /** The resource name of the change log: {@code <docs page's base>.changes.md}. */
  public static String resourceName(String resourceBase) {
    return resourceBase + ".changes.md";
  }

  /**
   * The change log of {@code changes} from {@code baseline} to the catalog {@code now}; those whose
   * {@link Change#acceptance()} is in {@code accepted} are marked so.
   */
  public static String write(Snapshot now, String baseline, List<Change> changes, Set<String> accepted) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(now.name()).append(": changes since ").append(baseline).append("\n\n");
    if (changes.isEmpty()) {
      out.append("No changes.\n");
      return out.toString();
    }
    long breaking = changes.stream().filter(Change::breaking).count();
    out.append(breaking == 0 ? "Nothing breaks clients." : breaking + (breaking == 1 ? " change breaks" : " changes break")
        + " clients.").append("\n");
    for (Change.Kind kind : Change.Kind.values()) {
      List<Change> ofKind = changes.stream().filter(change -> change.kind() == kind).toList();
      if (ofKind.isEmpty()) {
        continue;
      }
      out.append("\n## ").append(kind.heading()).append("\n\n");
      for (Change change : ofKind) {
        String message = change.message();
        int id = message.indexOf(']');
        out.append("- `").append(change.ruleId()).append("` ").append(message.substring(id + 2));
        if (change.rule() == dev.errata.processor.validate.Diagnostics.ENTRY_ADDED) {
          now.entry(change.entry())
              .map(entry -> entry.descriptions().get(now.locales().get(0)))
              .ifPresent(description -> out.append(" ").append(description));
        }
        if (accepted.contains(change.acceptance())) {
          out.append(" (accepted)");
        }
        out.append("\n");
      }
    }
    return out.toString();
  }
}
