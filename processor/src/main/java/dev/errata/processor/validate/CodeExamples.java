package dev.errata.processor.validate;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Example codes for messages that fit the catalog's own {@code codePattern}: a catalog of {@code
 * "\\d{3}"} codes is shown {@code "404"}, one of snake_case codes {@code "not_found"}, never a code its
 * pattern would reject.
 */
final class CodeExamples {

  /** Exact codes of the shapes real catalogs use, the first that fits is shown. */
  private static final List<String> CODES = List.of(
      "E100", "404", "A000", "not_found", "NOT_FOUND", "NotFound", "E1001", "08000", "ERR_100", "1001",
      "e100", "E10", "E1", "4", "E");
  /** Ranges of the same shapes. */
  private static final List<String[]> RANGES = List.of(
      new String[] {"E100", "E199"}, new String[] {"400", "499"}, new String[] {"A000", "A099"},
      new String[] {"E1000", "E1999"}, new String[] {"08000", "08099"}, new String[] {"ERR_100", "ERR_199"},
      new String[] {"1000", "1999"}, new String[] {"e100", "e199"}, new String[] {"E10", "E19"},
      new String[] {"E1", "E9"}, new String[] {"1", "9"});

  private final Pattern codePattern;

  /** Examples that fit {@code codePattern}, or any example when it is {@code null}. */
  CodeExamples(Pattern codePattern) {
    this.codePattern = codePattern;
  }

  /** An exact code the pattern accepts, such as {@code E100}; {@code E100} when none fits. */
  String code() {
    for (String code : CODES) {
      if (fits(code)) {
        return code;
      }
    }
    return CODES.get(0);
  }

  /** A range whose ends the pattern accepts, such as {@code E100..E199}. */
  String range() {
    for (String[] range : RANGES) {
      if (fits(range[0]) && fits(range[1])) {
        return range[0] + ".." + range[1];
      }
    }
    return "E100..E199";
  }

  private boolean fits(String code) {
    return codePattern == null || codePattern.matcher(code).matches();
  }
}
