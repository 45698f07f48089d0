import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the benchmarks' generated catalog and its hand-written baselines, run by the JDK's source
 * launcher before compiling: {@code java GenerateCatalog.java <output folder> <codes>}.
 *
 * <p>{@code <codes>} codes in 20 leaf groups, one letter each: 85% exact codes ({@code A0000}), 12.5%
 * ranges of ten codes ({@code AR000..AR009}) and 2.5% wildcards ({@code AW00*}). Beside the catalog:
 * an enum named by the exact codes (what {@code Enum.valueOf} needs), the same entries as regular
 * expressions (what users write for ranges), and all exact codes in one {@code switch} (what the
 * matcher would be without splitting).
 */
public final class GenerateCatalog {

  private static final String PACKAGE = "dev.errata.benchmarks.big";
  private static final int GROUPS = 20;

  record Entry(String name, String code, String regex, int group) {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int codes = Integer.parseInt(args[1]);
    int perGroup = codes / GROUPS;
    int ranges = Math.max(1, perGroup / 8);
    int wildcards = Math.max(1, perGroup / 40);
    int exact = perGroup - ranges - wildcards;
    // Widths grow with the catalog: 2,000 codes give A0000, AR000..AR009 and AW00*.
    int exactDigits = Math.max(4, digits(exact - 1));
    int rangeDigits = Math.max(2, digits(ranges - 1));
    int wildcardDigits = Math.max(2, digits(wildcards - 1));
    List<Entry> exacts = new ArrayList<>();
    List<Entry> patterns = new ArrayList<>();
    for (int g = 0; g < GROUPS; g++) {
      char letter = (char) ('A' + g);
      for (int i = 0; i < exact; i++) {
        String code = String.format("%c%0" + exactDigits + "d", letter, i);
        exacts.add(new Entry("EXACT_" + code, code, code, g));
      }
      for (int i = 0; i < ranges; i++) {
        String index = String.format("%0" + rangeDigits + "d", i);
        String low = letter + "R" + index + "0";
        String high = letter + "R" + index + "9";
        patterns.add(new Entry("RANGE_" + low, low + ".." + high, letter + "R" + index + "\\\\d", g));
      }
      for (int i = 0; i < wildcards; i++) {
        String index = letter + "W" + String.format("%0" + wildcardDigits + "d", i);
        patterns.add(new Entry("WILDCARD_" + index, index + "*", index + "[0-9A-Za-z]", g));
      }
    }
    Path dir = out.resolve(PACKAGE.replace('.', '/'));
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("BigErrors.java"), catalog(exacts, patterns));
    Files.writeString(dir.resolve("BigCodes.java"), codesEnum(exacts));
    Files.writeString(dir.resolve("BigRegexes.java"), regexes(exacts, patterns));
    Files.writeString(dir.resolve("BigSingleSwitch.java"), singleSwitch(exacts));
  }

  private static int digits(int value) {
    return String.valueOf(Math.max(value, 0)).length();
  }

  private static String catalog(List<Entry> exacts, List<Entry> patterns) {
    StringBuilder s = new StringBuilder()
        .append("package ").append(PACKAGE).append(";\n\n")
        .append("import dev.errata.annotations.*;\n\n")
        .append("/** A generated catalog of ").append(exacts.size() + patterns.size())
        .append(" codes in ").append(GROUPS).append(" leaf groups. */\n")
        .append("@ErrorCatalog(name = \"Big\", codePattern = \"[A-Z][0-9A-Z]+\",\n")
        .append("    types = {@ErrorType(name = \"FATAL\"), @ErrorType(name = \"RETRY\", retry = Retry.IMMEDIATELY)},\n")
        .append("    envelope = @Envelope(code = \"/error/code\", type = \"/error/type\"))\n")
        .append("public interface BigErrors {\n");
    for (int g = 0; g < GROUPS; g++) {
      s.append(String.format("%n  @Group(leaf = true, type = \"%s\", http = %d)%n  interface Group%02d {%n",
          g % 2 == 0 ? "FATAL" : "RETRY", 400 + g, g));
      for (List<Entry> list : List.of(exacts, patterns)) {
        for (Entry entry : list) {
          if (entry.group() == g) {
            s.append("    @Code String ").append(entry.name()).append(" = \"").append(entry.code())
                .append("\";\n");
          }
        }
      }
      s.append("  }\n");
    }
    return s.append("}\n").toString();
  }

  private static String codesEnum(List<Entry> exacts) {
    StringBuilder s = new StringBuilder()
        .append("package ").append(PACKAGE).append(";\n\n")
        .append("/** The exact codes as enum constants named by the code, for {@code Enum.valueOf}. */\n")
        .append("public enum BigCodes {\n");
    for (int i = 0; i < exacts.size(); i++) {
      s.append("  ").append(exacts.get(i).code()).append(i == exacts.size() - 1 ? ";\n" : ",\n");
    }
    return s.append("}\n").toString();
  }

  private static String regexes(List<Entry> exacts, List<Entry> patterns) {
    StringBuilder s = new StringBuilder()
        .append("package ").append(PACKAGE).append(";\n\n")
        .append("/** Every entry as a regular expression and its name, most specific first. */\n")
        .append("public final class BigRegexes {\n")
        .append("  private BigRegexes() {}\n\n")
        .append("  /** Pairs of regular expression and entry name. */\n")
        .append("  public static final String[][] ENTRIES = {\n");
    for (List<Entry> list : List.of(exacts, patterns)) {
      for (Entry entry : list) {
        s.append("    {\"").append(entry.regex()).append("\", \"").append(entry.name()).append("\"},\n");
      }
    }
    return s.append("  };\n}\n").toString();
  }

  private static String singleSwitch(List<Entry> exacts) {
    StringBuilder s = new StringBuilder()
        .append("package ").append(PACKAGE).append(";\n\n")
        .append("/** Every exact code in one String switch: a method too big for HotSpot to compile. */\n")
        .append("public final class BigSingleSwitch {\n")
        .append("  private BigSingleSwitch() {}\n\n")
        .append("  /** The ordinal of the code, or -1. */\n")
        .append("  public static int match(String code) {\n")
        .append("    switch (code) {\n");
    for (int i = 0; i < exacts.size(); i++) {
      s.append("      case \"").append(exacts.get(i).code()).append("\": return ").append(i).append(";\n");
    }
    return s.append("      default: return -1;\n    }\n  }\n}\n").toString();
  }
}
