package dev.errata.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What users write by hand for ranges: every entry a precompiled regular expression, tried in order
 * (most specific first) until one matches.
 *
 * @param <E> the entry type
 */
final class RegexScan<E> {

  private final List<Pattern> patterns = new ArrayList<>();
  private final List<E> entries = new ArrayList<>();
  private final E unknown;

  RegexScan(E unknown) {
    this.unknown = unknown;
  }

  RegexScan<E> add(String regex, E entry) {
    patterns.add(Pattern.compile(regex));
    entries.add(entry);
    return this;
  }

  E match(String code) {
    for (int i = 0; i < patterns.size(); i++) {
      if (patterns.get(i).matcher(code).matches()) {
        return entries.get(i);
      }
    }
    return unknown;
  }
}
