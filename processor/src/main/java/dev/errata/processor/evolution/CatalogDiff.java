package dev.errata.processor.evolution;

import dev.errata.processor.model.CodePattern;
import dev.errata.processor.model.CodeRange;
import dev.errata.processor.model.CodeWildcard;
import dev.errata.processor.model.GeneratedNames;
import dev.errata.processor.read.Located;
import dev.errata.processor.validate.Diagnostics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compares a catalog with its baseline: every change, under the rule it falls under, reported on the
 * current catalog's element that causes it (on the catalog for what was removed).
 */
public final class CatalogDiff {

  /** At most this many codes are named in a message about the codes of a range. */
  private static final int NAMED_CODES = 5;

  private final Snapshot old;
  private final Snapshot now;
  private final GeneratedNames names;
  private final List<Change> changes = new ArrayList<>();

  private CatalogDiff(Snapshot old, Snapshot now) {
    this.old = old;
    this.now = now;
    this.names = new GeneratedNames(now.name());
  }

  /** The changes from {@code old} to {@code now}: wire, then generated source, then compatible. */
  public static List<Change> compare(Snapshot old, Snapshot now) {
    CatalogDiff diff = new CatalogDiff(old, now);
    diff.locales();
    diff.envelope();
    diff.types();
    diff.groups();
    diff.oldEntries();
    diff.newEntries();
    List<Change> sorted = new ArrayList<>();
    for (Change.Kind kind : Change.Kind.values()) {
      diff.changes.stream().filter(change -> change.kind() == kind).forEach(sorted::add);
    }
    return sorted;
  }

  private void add(Diagnostics rule, String entry, Located<?> at, Object... args) {
    changes.add(new Change(rule, entry, at, List.of(args)));
  }

  private void locales() {
    for (String locale : old.locales()) {
      if (!now.locales().contains(locale)) {
        add(Diagnostics.LOCALE_REMOVED, locale, now.catalogAt(), locale, now.locales().get(0), locale);
      }
    }
  }

  private void envelope() {
    for (Map.Entry<String, String> field : old.envelope().entrySet()) {
      String value = now.envelope().getOrDefault(field.getKey(), "");
      if (!field.getValue().isEmpty() && !field.getValue().equals(value)) {
        add(Diagnostics.ENVELOPE_CHANGED, field.getKey(), now.catalogAt(),
            field.getKey(), field.getValue(), value, field.getKey());
      }
    }
  }

  private void types() {
    for (String type : old.types().keySet()) {
      if (!now.types().containsKey(type)) {
        add(Diagnostics.TYPE_REMOVED, type, now.catalogAt(), type, names.errorType(), type, type);
      }
    }
  }

  private void groups() {
    for (String group : old.groups().keySet()) {
      if (!now.groups().containsKey(group)) {
        String type = names.groupException(simpleName(group));
        add(Diagnostics.GROUP_REMOVED, group, now.catalogAt(), group, type, group);
      }
    }
  }

  private void oldEntries() {
    for (Snapshot.Entry before : old.entries()) {
      Optional<Snapshot.Entry> same = now.entry(before.name());
      if (same.isEmpty()) {
        Optional<Snapshot.Entry> renamed = before.code().isEmpty()
            ? Optional.empty()
            : now.entries().stream()
                .filter(entry -> entry.code().equals(before.code()) && old.entry(entry.name()).isEmpty())
                .findFirst();
        if (renamed.isPresent()) {
          Snapshot.Entry after = renamed.get();
          add(Diagnostics.CONSTANT_RENAMED, after.name(), after.at(), before.code(), after.name(),
              before.name(), names.errorCode(), before.name(), names.codeException(before.name()), after.name());
          compareEntry(before, after);
          continue;
        }
        List<String> lost = lostCodes(before, Optional.empty());
        if (!lost.isEmpty() || before.pattern().isEmpty()) {
          add(Diagnostics.CODE_REMOVED, before.name(), now.catalogAt(), before.name(),
              before.code().isEmpty() ? "HTTP " + before.status() : before.code(),
              lost.isEmpty() ? "its HTTP status" : describe(lost), before.name());
        } else {
          // Every code it decoded decodes still (as another entry, reported as moved): its constant and
          // class are what clients lose.
          add(Diagnostics.CONSTANT_REMOVED, before.name(), now.catalogAt(), before.name(), names.errorCode(),
              before.name(), names.codeException(before.name()), before.name());
        }
        continue;
      }
      Snapshot.Entry after = same.get();
      List<String> lost = lostCodes(before, same);
      if (!lost.isEmpty()) {
        add(Diagnostics.CODE_NARROWED, after.name(), after.at(), after.name(),
            after.code().isEmpty() ? "no code" : after.code(), before.code(), describe(lost),
            lost.size() == 1 ? "stops" : "stop", after.name());
      }
      compareEntry(before, after);
    }
  }

  /**
   * The sample codes of {@code before} that no longer decode as its entry (named {@code same}, or gone);
   * those that now decode as another entry are reported as moved.
   */
  private List<String> lostCodes(Snapshot.Entry before, Optional<Snapshot.Entry> same) {
    List<String> lost = new ArrayList<>();
    Map<String, List<String>> movedTo = new LinkedHashMap<>();
    for (String code : samples(before)) {
      if (!old.match(code).map(entry -> entry.name().equals(before.name())).orElse(false)) {
        continue;   // a code of another entry, inside this one's range: it never decoded as this one
      }
      Optional<Snapshot.Entry> decoded = now.match(code);
      if (decoded.isPresent() && same.isPresent() && decoded.get().name().equals(same.get().name())) {
        continue;
      }
      if (decoded.isPresent()) {
        movedTo.computeIfAbsent(decoded.get().name(), key -> new ArrayList<>()).add(code);
      } else {
        lost.add(code);
      }
    }
    for (Map.Entry<String, List<String>> moved : movedTo.entrySet()) {
      Snapshot.Entry to = now.entry(moved.getKey()).orElseThrow();
      boolean one = moved.getValue().size() == 1;
      add(Diagnostics.CODE_MOVED, to.name(), to.at(), describe(moved.getValue()), before.name(), to.name(),
          one ? "it" : "them", names.codeException(to.name()), names.codeException(before.name()),
          one ? "it" : "them", one ? "it was" : "they were", to.name());
    }
    return lost;
  }

  private void compareEntry(Snapshot.Entry before, Snapshot.Entry after) {
    String retryBefore = old.types().getOrDefault(before.type(), "");
    String retryAfter = now.types().getOrDefault(after.type(), "");
    if (!retryBefore.equals(retryAfter)) {
      String danger = retryBefore.startsWith("NEVER")
          ? ": breaking in the dangerous direction, clients now retry a request the API said must never be"
              + " repeated"
          : retryAfter.startsWith("NEVER") ? ": clients stop retrying it" : "";
      add(Diagnostics.RETRY_CHANGED, after.name(), after.at(), after.name(), retryBefore, retryAfter,
          after.type(), before.type(), danger, after.name());
    }
    if (before.http() != after.http()) {
      add(Diagnostics.HTTP_STATUS_CHANGED, after.name(), after.at(), after.name(), status(before.http()),
          status(after.http()), after.name());
    } else if (!before.status().equals(after.status())) {
      // An entry of statuses alone: which responses it stands for.
      add(Diagnostics.HTTP_STATUS_CHANGED, after.name(), after.at(), after.name(), status(before.status()),
          status(after.status()), after.name());
    }
    String classBefore = parentClass(before);
    String classAfter = parentClass(after);
    if (!before.groupPath().equals(after.groupPath()) && !classBefore.equals(classAfter)) {
      add(Diagnostics.GROUP_MOVED, after.name(), after.at(), after.name(), groupName(before.groupPath()),
          groupName(after.groupPath()), classAfter, classBefore, classBefore, after.name());
    }
    for (Map.Entry<String, String> description : before.descriptions().entrySet()) {
      String text = after.descriptions().get(description.getKey());
      if (text != null && !text.equals(description.getValue())) {
        add(Diagnostics.DESCRIPTION_CHANGED, after.name(), after.at(), after.name(), description.getKey());
      }
    }
  }

  private void newEntries() {
    for (Snapshot.Entry after : now.entries()) {
      if (old.entry(after.name()).isPresent()) {
        continue;
      }
      boolean renamed = !after.code().isEmpty() && old.entries().stream()
          .anyMatch(entry -> entry.code().equals(after.code()) && now.entry(entry.name()).isEmpty());
      if (renamed) {
        continue;
      }
      boolean decodedBefore = samples(after).stream().anyMatch(code -> old.match(code).isPresent());
      if (!decodedBefore) {
        add(Diagnostics.ENTRY_ADDED, after.name(), after.at(), after.name(),
            after.code().isEmpty() ? "HTTP " + after.status() : after.code());
      }
      if (!after.inLeaf()) {
        String parent = parentClass(after);
        add(Diagnostics.NEW_SUBCLASS, after.name(), after.at(), after.name(), names.codeException(after.name()),
            parent, parent, after.name());
      }
    }
  }

  /** The sealed class an entry's exception extends (or is, in a leaf group). */
  private String parentClass(Snapshot.Entry entry) {
    return entry.groupPath().isEmpty() ? names.exception() : names.groupException(simpleName(entry.groupPath()));
  }

  private static String groupName(String path) {
    return path.isEmpty() ? "the catalog itself" : "group " + path;
  }

  private static String simpleName(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  private static String status(int http) {
    return http == 0 ? "none" : Integer.toString(http);
  }

  private static String status(String statuses) {
    return statuses.isEmpty() ? "none" : statuses;
  }

  private static String describe(List<String> codes) {
    List<String> named = codes.subList(0, Math.min(codes.size(), NAMED_CODES));
    String list = String.join(", ", named);
    return codes.size() > NAMED_CODES ? "codes such as " + list : codes.size() == 1 ? "code " + list : "codes " + list;
  }

  /**
   * Codes an entry matches that stand for all of them in a comparison: an exact code itself; a
   * range's ends and every code next to an end of a range or code of either catalog; a wildcard's
   * first and last codes and the codes of either catalog it holds.
   */
  private List<String> samples(Snapshot.Entry entry) {
    Set<String> codes = new LinkedHashSet<>();
    if (entry.pattern().isEmpty()) {
      return List.of();
    }
    CodePattern pattern = entry.pattern().get();
    codes.add(pattern.first());
    if (pattern instanceof CodeRange range) {
      codes.add(range.codeOf(range.high()));
      for (Snapshot snapshot : List.of(old, now)) {
        for (Snapshot.Entry other : snapshot.entries()) {
          if (other.pattern().isEmpty()) {
            continue;
          }
          if (other.pattern().get() instanceof CodeRange bound
              && bound.prefix().equals(range.prefix()) && bound.digits() == range.digits()) {
            for (long value : new long[] {bound.low() - 1, bound.low(), bound.high(), bound.high() + 1}) {
              if (value >= range.low() && value <= range.high()) {
                codes.add(range.codeOf(value));
              }
            }
          } else if (range.contains(other.pattern().get().first())) {
            codes.add(other.pattern().get().first());
          }
        }
      }
    } else if (pattern instanceof CodeWildcard wildcard) {
      codes.add(last(wildcard.text()));
      for (Snapshot snapshot : List.of(old, now)) {
        for (Snapshot.Entry other : snapshot.entries()) {
          if (other.pattern().isPresent() && wildcard.contains(other.pattern().get().first())) {
            codes.add(other.pattern().get().first());
          }
        }
      }
    }
    return codes.stream().filter(pattern::contains).sorted().toList();
  }

  private static String last(String wildcard) {
    StringBuilder code = new StringBuilder();
    for (char c : wildcard.toCharArray()) {
      code.append(c == CodeWildcard.DIGIT ? '9' : c == CodeWildcard.LETTER_OR_DIGIT ? 'z' : c);
    }
    return code.toString();
  }
}
