package dev.errata.samples;

import dev.errata.catalog.ErrorReport;
import dev.errata.samples.khipu.KhipuErrorCode;
import dev.errata.samples.khipu.KhipuException;
import dev.errata.samples.khipu.KhipuMatcher;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** The runnable demo: received codes in, typed exceptions with retry advice out. */
public final class Demo {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private Demo() {}

  /** Prints one line per received code: the exception class, the code, the retry advice, the descriptions. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    out.println("Khipu: received code -> typed exception, retry advice, description (en / es)");
    List<String> received = List.of(
        "A000", "E100", "E150", "E199", "E201", "E305", "E450", "E512", "E999", "E000", "D000",
        "F000", "T000", "I002", "P003", "L000", "E600", "I004", "X123", "e201", "");
    for (String code : received) {
      KhipuException exception = KhipuMatcher.toException(ErrorReport.ofCode(code));
      KhipuErrorCode entry = exception.errorCode();
      out.printf("%-6s %-38s %-26s %-22s %s | %s%n",
          code.isEmpty() ? "\"\"" : code,
          exception.getClass().getSimpleName(),
          entry.name() + (entry.isRange() ? " (" + entry.code() + ")" : ""),
          "retry " + exception.retry(),
          entry.description(Locale.ENGLISH),
          entry.description(SPANISH));
    }
  }
}
