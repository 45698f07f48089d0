package dev.errata.spring.boot;

import dev.errata.catalog.Catalog;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.ErrorCode;
import dev.errata.catalog.ErrorReport;
import dev.errata.samples.keybank.KeyBankErrorCode;
import dev.errata.samples.keybank.KeyBankMatcher;
import dev.errata.samples.khipu.KhipuErrorCode;
import dev.errata.samples.khipu.KhipuMatcher;
import java.util.ArrayList;
import java.util.List;

/** Every entry of the Khipu and KeyBank catalogs, and the exception a server raises for each. */
final class Entries {

  /** One entry of one catalog, by the path segments the test controller takes. */
  record Entry(String catalog, ErrorCode code) {
    String path() {
      return "/" + catalog + "/" + code.name();
    }

    @Override
    public String toString() {
      return catalog + " " + code.name();
    }
  }

  private Entries() {}

  static List<Entry> all() {
    List<Entry> entries = new ArrayList<>();
    for (KhipuErrorCode code : KhipuErrorCode.values()) {
      entries.add(new Entry("Khipu", code));
    }
    for (KeyBankErrorCode code : KeyBankErrorCode.values()) {
      // KeyBank's code is the HTTP status, and its entries cover every 4xx and 5xx: an unknown code
      // would be a 1xx or 3xx, which no client reads as an error body.
      if (!code.isUnknown()) {
        entries.add(new Entry("KeyBank", code));
      }
    }
    return entries;
  }

  static Catalog<?> catalog(String name) {
    return switch (name) {
      case "Khipu" -> KhipuMatcher.catalog();
      case "KeyBank" -> KeyBankMatcher.catalog();
      default -> throw new IllegalArgumentException("no catalog " + name);
    };
  }

  /** The exception a server raises for entry {@code name} of {@code catalog}: a code of it, with every field set. */
  static CatalogException raised(String catalogName, String name) {
    Catalog<?> catalog = catalog(catalogName);
    ErrorCode entry = null;
    for (Entry candidate : all()) {
      if (candidate.catalog().equals(catalogName) && candidate.code().name().equals(name)) {
        entry = candidate.code();
      }
    }
    if (entry == null) {
      throw new IllegalArgumentException("no entry " + name + " in " + catalogName);
    }
    ErrorReport.Builder report = ErrorReport.builder()
        .code(sampleCode(catalog, entry))
        .description("raised for " + name)
        .correlationId("corr-" + name);
    report.type(entry.type().name());
    if (catalogName.equals("KeyBank")) {
      report.attribute("transactionId", "tx-" + name).attribute("serviceError", "service said " + name);
    }
    return catalog.toException(report.build());
  }

  /** A code that matches {@code entry} itself: its own, or one of its range that no narrower entry takes. */
  static String sampleCode(Catalog<?> catalog, ErrorCode entry) {
    if (entry.isUnknown()) {
      return "Z999";
    }
    if (!entry.isRange()) {
      return entry.code();
    }
    String declared = entry.code();
    String from = declared.contains("..") ? declared.substring(0, declared.indexOf("..")) : declared;
    for (int n = 0; n < 1000; n++) {
      String digits = String.format("%03d", n);
      StringBuilder candidate = new StringBuilder();
      int d = digits.length() - 1;
      for (int i = from.length() - 1; i >= 0; i--) {
        char c = from.charAt(i);
        candidate.append(c == 'x' ? (d >= 0 ? digits.charAt(d--) : '0') : c);
      }
      String code = candidate.reverse().toString();
      if (declared.contains("..")) {
        code = bump(from, n);
      }
      if (code != null && catalog.match(code) == entry) {
        return code;
      }
    }
    throw new AssertionError("no code of " + declared + " matches it");
  }

  /** {@code from} with its trailing number raised by {@code n}, same width; {@code null} past it. */
  private static String bump(String from, int n) {
    int start = from.length();
    while (start > 0 && Character.isDigit(from.charAt(start - 1))) {
      start--;
    }
    String number = String.valueOf(Long.parseLong(from.substring(start)) + n);
    int width = from.length() - start;
    if (number.length() > width) {
      return null;
    }
    return from.substring(0, start) + "0".repeat(width - number.length()) + number;
  }
}
