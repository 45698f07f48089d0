package dev.errata.processor.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which entry stands for each HTTP status, for a response that carries no code: most specific first,
 * as for codes. For one status: the entry that names it exactly in {@code forHttpStatus}; else the
 * first declared entry whose own status it is; else the narrowest {@code forHttpStatus} range that
 * holds it (an entry of statuses alone, {@code @HttpStatus}, names its own). Two entries naming one
 * status exactly, or ranges of one size that overlap, are {@link #conflicts() conflicts}.
 */
public final class StatusTable {

  /** The lowest HTTP status. */
  public static final int LOWEST = 100;
  /** The highest HTTP status. */
  public static final int HIGHEST = 599;

  /** Two entries that claim one status with the same strength, so neither stands for it. */
  public record Conflict(ErrorEntry first, ErrorEntry second, int status, String firstClaim, String secondClaim) {}

  /** A range of statuses an entry claims. */
  public record RangeClaim(CodeRange range, ErrorEntry entry) {}

  private final Map<Integer, ErrorEntry> byStatus;
  private final Map<Integer, ErrorEntry> exact;
  private final List<RangeClaim> ranges;
  private final List<Conflict> conflicts;
  private final Map<ErrorEntry, List<CodePattern>> claims;

  private StatusTable(Map<Integer, ErrorEntry> byStatus, Map<Integer, ErrorEntry> exact, List<RangeClaim> ranges,
      List<Conflict> conflicts, Map<ErrorEntry, List<CodePattern>> claims) {
    this.byStatus = byStatus;
    this.exact = exact;
    this.ranges = ranges;
    this.conflicts = conflicts;
    this.claims = claims;
  }

  /** The table of {@code entries}, in any order: their {@link ErrorEntry#order()} breaks ties. */
  public static StatusTable of(List<ErrorEntry> entries) {
    List<ErrorEntry> declared = new ArrayList<>(entries);
    declared.sort(Comparator.comparingInt(ErrorEntry::order));
    Map<Integer, List<ErrorEntry>> named = new HashMap<>();
    Map<Integer, ErrorEntry> own = new HashMap<>();
    List<RangeClaim> ranges = new ArrayList<>();
    for (ErrorEntry entry : declared) {
      for (CodePattern status : entry.forHttpStatus()) {
        if (status instanceof ExactCode code) {
          named.computeIfAbsent(Integer.parseInt(code.code()), key -> new ArrayList<>()).add(entry);
        } else if (status instanceof CodeRange range) {
          ranges.add(new RangeClaim(range, entry));
        }
      }
      if (entry.httpStatus() != 0 && entry.code().isPresent()) {
        own.putIfAbsent(entry.httpStatus(), entry);
      }
    }
    // Narrowest first, then by where they start, then in declaration order: the first that holds a
    // status wins it.
    ranges.sort(Comparator.comparing((RangeClaim claim) -> claim.range().size())
        .thenComparingLong(claim -> claim.range().low())
        .thenComparingInt(claim -> claim.entry().order()));
    Map<Integer, ErrorEntry> byStatus = new TreeMap<>();
    Map<Integer, ErrorEntry> exact = new TreeMap<>();
    Set<Conflict> conflicts = new LinkedHashSet<>();
    Set<String> reported = new HashSet<>();
    for (int status = LOWEST; status <= HIGHEST; status++) {
      List<ErrorEntry> naming = named.getOrDefault(status, List.of());
      ErrorEntry winner = naming.isEmpty() ? own.get(status) : naming.get(0);
      for (int i = 1; i < naming.size(); i++) {
        if (reported.add(naming.get(0).name() + "/" + naming.get(i).name() + "/" + status)) {
          conflicts.add(new Conflict(naming.get(0), naming.get(i), status,
              Integer.toString(status), Integer.toString(status)));
        }
      }
      if (winner != null) {
        byStatus.put(status, winner);
        exact.put(status, winner);
        continue;
      }
      RangeClaim narrowest = null;
      for (RangeClaim claim : ranges) {
        if (claim.range().low() > status || claim.range().high() < status) {
          continue;
        }
        if (narrowest == null) {
          narrowest = claim;
        } else if (claim.range().size().equals(narrowest.range().size()) && claim.entry() != narrowest.entry()
            && reported.add(narrowest.entry().name() + "/" + claim.entry().name())) {
          conflicts.add(new Conflict(narrowest.entry(), claim.entry(), status,
              narrowest.range().text(), claim.range().text()));
        }
      }
      if (narrowest != null) {
        byStatus.put(status, narrowest.entry());
      }
    }
    Map<ErrorEntry, List<CodePattern>> claims = new IdentityHashMap<>();
    for (ErrorEntry entry : declared) {
      claims.put(entry, new ArrayList<>(new LinkedHashSet<>(entry.forHttpStatus())));
    }
    byStatus.forEach((status, entry) -> {
      List<CodePattern> said = claims.get(entry);
      // Won as the first declared, or by a range: said exactly, so that another order, or another
      // entry of that status declared first, gives the same table.
      boolean saidExactly = said.stream()
          .anyMatch(claim -> claim instanceof ExactCode && claim.contains(Integer.toString(status)));
      if (!saidExactly && !wonByRange(entry, status, said)) {
        said.add(new ExactCode(Integer.toString(status)));
      }
    });
    claims.values().forEach(said -> said.sort(Comparator.comparing(CodePattern::first)
        .thenComparing(CodePattern::size)
        .thenComparing(CodePattern::text)));
    return new StatusTable(byStatus, exact, List.copyOf(ranges), List.copyOf(conflicts), claims);
  }

  /** Whether a range the entry claims holds the status: it wins it by that, in any order. */
  private static boolean wonByRange(ErrorEntry entry, int status, List<CodePattern> own) {
    return entry.httpStatus() != status
        && own.stream().anyMatch(claim -> claim instanceof CodeRange && claim.contains(Integer.toString(status)));
  }

  /** The entry that stands for {@code status}, or empty when none does. */
  public Optional<ErrorEntry> entryFor(int status) {
    return Optional.ofNullable(byStatus.get(status));
  }

  /** Every status some entry stands for, lowest first, with that entry. */
  public Map<Integer, ErrorEntry> byStatus() {
    return Collections.unmodifiableMap(byStatus);
  }

  /**
   * The statuses won exactly (named in {@code forHttpStatus}, or an entry's own status), lowest first:
   * a {@code switch} over these, then {@link #ranges()} in order, gives {@link #entryFor}.
   */
  public Map<Integer, ErrorEntry> exact() {
    return Collections.unmodifiableMap(exact);
  }

  /** Every range of statuses claimed, narrowest first: the first that holds a status wins it. */
  public List<RangeClaim> ranges() {
    return ranges;
  }

  /** Entries that claim one status equally: each pair once, at the first status they meet. */
  public List<Conflict> conflicts() {
    return conflicts;
  }

  /**
   * What {@code entry} stands for, said explicitly: its own {@code forHttpStatus}, plus each status
   * it stands for without saying (as the first declared with that status), sorted. Declared as its
   * {@code forHttpStatus}, these give the same table in any declaration order: what the exported
   * catalog writes.
   */
  public List<CodePattern> explicitClaims(ErrorEntry entry) {
    return List.copyOf(claims.getOrDefault(entry, List.of()));
  }
}
