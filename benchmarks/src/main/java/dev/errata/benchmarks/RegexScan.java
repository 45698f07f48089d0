package dev.errata.benchmarks;

import dev.errata.benchmarks.big.BigErrorCode;
import dev.errata.benchmarks.big.BigRegexes;
import dev.errata.samples.khipu.KhipuErrorCode;
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

  /** Khipu's entries, exact codes first when {@code withExactCodes}, then its ranges and wildcards. */
  static RegexScan<KhipuErrorCode> khipu(boolean withExactCodes) {
    RegexScan<KhipuErrorCode> scan = new RegexScan<>(KhipuErrorCode.UNKNOWN);
    for (KhipuErrorCode code : KhipuErrorCode.values()) {
      if (withExactCodes && !code.isRange() && !code.isUnknown()) {
        scan.add(Pattern.quote(code.code()), code);
      }
    }
    return scan
        .add("I00[1-3]", KhipuErrorCode.INFRASTRUCTURE)
        .add("P00[1-3]", KhipuErrorCode.REQUEST_PARAMETERS)
        .add("E1\\d\\d", KhipuErrorCode.LOGON)
        .add("E2\\d\\d", KhipuErrorCode.TARGET_UNAVAILABLE)
        .add("E3\\d\\d", KhipuErrorCode.NO_DATA)
        .add("E4\\d\\d", KhipuErrorCode.INVALID_PARAMETERS)
        .add("E5\\d\\d", KhipuErrorCode.AUTOMATIC_PAYMENT);
  }

  /** The generated catalog's entries, most specific first, its exact codes only when {@code withExactCodes}. */
  static RegexScan<BigErrorCode> big(boolean withExactCodes) {
    RegexScan<BigErrorCode> scan = new RegexScan<>(BigErrorCode.UNKNOWN);
    for (String[] entry : BigRegexes.ENTRIES) {
      BigErrorCode code = BigErrorCode.valueOf(entry[1]);
      if (withExactCodes || code.isRange()) {
        scan.add(entry[0], code);
      }
    }
    return scan;
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
