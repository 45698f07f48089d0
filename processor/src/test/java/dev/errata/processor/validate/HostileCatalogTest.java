package dev.errata.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;


import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.processor.ErrataProcessor;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random invalid catalogs never crash the processor: each is a few mistakes (duplicates, overlaps, bad
 * codes, patterns, durations, HTTP statuses, names that clash or are keywords or not identifiers,
 * locales, pointers, empty catalogs, types the compiler cannot resolve) on top of a few valid codes.
 * Every error lands on a position in the catalog's own source, none is an {@code [ErrataInternal]}, none
 * is in generated code, and each mistake's own diagnostic is among them.
 */
class HostileCatalogTest {

  /** A kind of mistake; the exclusive ones make the catalog unfit for any other check, so come alone. */
  enum Mistake {
    DUPLICATE_CODE, OVERLAP, BAD_CODE, NOT_CONSTANT, BAD_DURATION, BAD_HTTP, NAME_CLASH, BAD_CATALOG_NAME,
    BAD_TYPE_NAME, DUPLICATE_TYPE, UNKNOWN_TYPE, MISSING_TYPE, BAD_LOCALES, DESCRIPTION, BAD_POINTER,
    BAD_ATTRIBUTE, GROUP_NOT_INTERFACE, SOURCE, BAD_REGEX, PATTERN_MISMATCH,
    EMPTY(true), NOT_INTERFACE(true), UNRESOLVED(true);

    final boolean exclusive;

    Mistake() {
      this(false);
    }

    Mistake(boolean exclusive) {
      this.exclusive = exclusive;
    }
  }

  /** One hostile catalog: its mistakes, and a number that picks among each mistake's variants. */
  record Hostile(Set<Mistake> mistakes, int variant) {}

  /** A rendered catalog: its source, and the ids its mistakes must produce (empty: any error will do). */
  record Rendered(String name, String source, Set<String> expected) {}

  // ---------------------------------------------------------------------------------------------
  // Variants of each mistake

  /** Not Java identifiers, or keywords: as a catalog or type name they must be refused. */
  static final List<String> BAD_NAMES = List.of(
      "class", "int", "null", "true", "_", "goto", "enum", "record1-", "1Shop", "Shop-Errors", "Shop Errors", "",
      "a.b", "\u00c4rger!", "\u540d\u524d ", "Shop\u0000", "Shop\u200bErrors", "\u0661abc");

  static final List<String> BAD_CODES = List.of(
      "", "  ", "E 1", "E\t1", "E100..E1", "E200..E100", "E1..F2", "E0000000000000000000..E0000000000000000001",
      "\u00a0E1", "E1\u200b", "..", "E1..", "..E1", "E1...E2", "\ufeffE1", "E\u2028");

  static final List<String> BAD_DURATIONS = List.of(
      "PT", "4 hours", "-PT1H", "PT0S", "P0D", "PT-1S", "P1Y", "1h", "\u0661", "PT1H ", "P");

  static final List<Integer> BAD_STATUSES = List.of(-1, 1, 99, 600, 1000, Integer.MAX_VALUE, Integer.MIN_VALUE);

  static final List<String> BAD_POINTERS = List.of("Error/Code", "no-slash", "/a~2", "~", "/~", "#/a", " /a");

  static final List<String> BAD_REGEXES = List.of("[A-Z", "(", "*E", "\\\\", "a{2,1}", "(?<n>a)\\\\k<m>");

  private static <T> T pick(List<T> options, int variant, Mistake mistake) {
    return options.get(Math.floorMod(variant * 31 + mistake.ordinal() * 7, options.size()));
  }

  private static int bit(int variant, Mistake mistake, int options) {
    return Math.floorMod(variant / 3 + mistake.ordinal(), options);
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  static Rendered render(Hostile hostile, int index) {
    Set<Mistake> m = hostile.mistakes();
    int v = hostile.variant();
    String pkg = "hostile" + index;
    String name = "Hostile" + index;
    Set<String> expected = new TreeSet<>();
    List<String> catalog = new ArrayList<>();
    List<String> types = new ArrayList<>(List.of(
        "@ErrorType(name = \"FATAL\")", "@ErrorType(name = \"TRANSIENT\", retry = Retry.IMMEDIATELY)"));
    List<String> envelope = new ArrayList<>();
    List<String> members = new ArrayList<>();
    String kind = "interface";
    boolean validName = true;

    if (m.contains(Mistake.BAD_CATALOG_NAME)) {
      catalog.add("name = \"" + java(pick(BAD_NAMES, v, Mistake.BAD_CATALOG_NAME)) + "\"");
      expected.add("[ErrataCatalogName]");
      validName = false;
    } else if (m.contains(Mistake.UNRESOLVED) && bit(v, Mistake.UNRESOLVED, 12) == 0) {
      catalog.add("name = Missing.NAME");
    } else {
      catalog.add("name = \"" + name + "\"");
    }
    if (m.contains(Mistake.BAD_REGEX)) {
      catalog.add("codePattern = \"" + pick(BAD_REGEXES, v, Mistake.BAD_REGEX) + "\"");
      expected.add("[ErrataCodePatternSyntax]");
    } else if (m.contains(Mistake.PATTERN_MISMATCH)) {
      catalog.add("codePattern = \"[A-Z]\\\\d{3}\"");
      members.add("@Code(type = \"FATAL\") String LOWER = \"e123\";");
      expected.add("[ErrataCodePattern]");
    }
    boolean twoLocales = false;
    if (m.contains(Mistake.BAD_LOCALES)) {
      catalog.add("locales = " + pick(List.of("{\"english\"}", "{\"en_US\"}", "{\"en\", \"en\"}", "{}", "{\"\"}",
          "{\"en\", \"x-\"}"), v, Mistake.BAD_LOCALES));
      expected.add("[ErrataLocale]");
    } else if (bit(v, Mistake.BAD_LOCALES, 2) == 0) {
      catalog.add("locales = {\"en\", \"es\"}");
      twoLocales = true;
    }
    if (m.contains(Mistake.SOURCE)) {
      catalog.add("source = \"errors/hostile.json\"");
    }
    if (m.contains(Mistake.BAD_TYPE_NAME)) {
      types.add("@ErrorType(name = \"" + java(pick(BAD_NAMES, v, Mistake.BAD_TYPE_NAME)) + "\")");
      expected.add("[ErrataTypeName]");
    }
    if (m.contains(Mistake.DUPLICATE_TYPE)) {
      types.add("@ErrorType(name = \"FATAL\", retry = Retry.IMMEDIATELY)");
      expected.add("[ErrataDuplicateType]");
    }
    if (m.contains(Mistake.BAD_DURATION)) {
      switch (bit(v, Mistake.BAD_DURATION, 3)) {
        case 0 -> {
          types.add("@ErrorType(name = \"WAIT\", retry = Retry.AFTER, after = \""
              + java(pick(BAD_DURATIONS, v, Mistake.BAD_DURATION)) + "\")");
          expected.add("[ErrataDuration]");
        }
        case 1 -> {
          types.add("@ErrorType(name = \"WAIT\", retry = Retry.AFTER)");
          expected.add("[ErrataRetryAfter]");
        }
        default -> {
          types.add("@ErrorType(name = \"WAIT\", retry = Retry.NEVER, after = \"PT1H\")");
          expected.add("[ErrataRetryAfter]");
        }
      }
    }
    if (m.contains(Mistake.UNRESOLVED) && bit(v, Mistake.UNRESOLVED, 12) == 1) {
      types.add("@ErrorType(name = \"WAIT\", retry = Missing.AFTER)");
    }
    if (m.contains(Mistake.UNKNOWN_TYPE) && bit(v, Mistake.UNKNOWN_TYPE, 3) == 0) {
      catalog.add("unknownType = \"NOPE\"");
      expected.add("[ErrataUnknownType]");
    }
    if (m.contains(Mistake.BAD_POINTER)) {
      String field = pick(List.of("code", "type", "description", "status", "correlationId"), v, Mistake.BAD_POINTER);
      envelope.add(field + " = \"" + pick(BAD_POINTERS, v, Mistake.BAD_POINTER) + "\"");
      expected.add("[ErrataPointer]");
    }
    if (m.contains(Mistake.BAD_ATTRIBUTE)) {
      envelope.add(pick(List.of(
          "attributes = @Attribute(name = \"\", pointer = \"/a\")",
          "attributes = @Attribute(name = \" \", pointer = \"/a\")",
          "attributes = {@Attribute(name = \"a\", pointer = \"/a\"), @Attribute(name = \"a\", pointer = \"/b\")}"),
          v, Mistake.BAD_ATTRIBUTE));
      expected.add("[ErrataAttribute]");
    }
    if (m.contains(Mistake.BAD_HTTP)) {
      int status = pick(BAD_STATUSES, v, Mistake.BAD_HTTP);
      switch (bit(v, Mistake.BAD_HTTP, 3)) {
        case 0 -> members.add("@Code(type = \"FATAL\", http = " + literal(status) + ") String BAD_STATUS = \"H100\";");
        case 1 -> members.add("@Group(type = \"FATAL\", http = " + literal(status)
            + ") interface Statuses { @Code String IN_GROUP = \"H200\"; }");
        default -> envelope.add("defaultHttpStatus = " + literal(status == 1 ? 0 : status));
      }
      expected.add("[ErrataHttpStatus]");
    }
    if (m.contains(Mistake.UNRESOLVED) && bit(v, Mistake.UNRESOLVED, 12) == 2) {
      envelope.add("attributes = @Attribute(name = Missing.N, pointer = \"/a\")");
    }

    boolean empty = m.contains(Mistake.EMPTY);
    if (!empty) {
      members.add("@Code(type = \"FATAL\") String BASE_ONE = \"B100\";");
      members.add("@Code(type = \"TRANSIENT\", http = 503) String BASE_RANGE = \"B200..B299\";");
      members.add("@Group(type = \"FATAL\", leaf = true) interface Leaf {"
          + " @Code(reading = CodeReading.WILDCARD) String IN_LEAF = \"B3xx\"; }");
    } else {
      members.add(pick(List.of("", "@Group(type = \"FATAL\") interface NoCodes { }", "String NOT_A_CODE = \"B1\";"),
          v, Mistake.EMPTY));
      expected.add("[ErrataEmptyCatalog]");
    }
    if (m.contains(Mistake.NOT_INTERFACE)) {
      kind = pick(List.of("class", "@interface", "enum"), v, Mistake.NOT_INTERFACE);
      expected.add("[ErrataNotInterface]");
    }
    if (m.contains(Mistake.DUPLICATE_CODE)) {
      members.add("@Code(type = \"FATAL\") String FIRST = \"D100\";");
      members.add("@Code(type = \"TRANSIENT\") String SECOND = \"D100\";");
      expected.add("[ErrataDuplicateCode]");
    }
    if (m.contains(Mistake.OVERLAP)) {
      members.add(pick(List.of(
          "@Code(type = \"FATAL\") String LOW = \"V100..V199\"; @Code(type = \"FATAL\") String HIGH = \"V150..V249\";",
          "@Code(type = \"FATAL\", reading = CodeReading.WILDCARD) String WILD = \"V1x0\";"
              + " @Code(type = \"FATAL\") String RANGE = \"V100..V109\";",
          "@Code(type = \"FATAL\", reading = CodeReading.WILDCARD) String STARS = \"V*1\";"
              + " @Code(type = \"FATAL\", reading = CodeReading.WILDCARD) String OTHER = \"V1*\";"),
          v, Mistake.OVERLAP));
      expected.add("[ErrataOverlap]");
    }
    if (m.contains(Mistake.BAD_CODE)) {
      String code = pick(BAD_CODES, v, Mistake.BAD_CODE);
      members.add("@Code(type = \"FATAL\") String BAD = \"" + java(code) + "\";");
      expected.add(code.equals("E200..E100") ? "[ErrataRangeOrder]" : "[ErrataCodeSyntax]");
    }
    if (m.contains(Mistake.NOT_CONSTANT)) {
      members.add(pick(List.of(
          "@Code(type = \"FATAL\") int NUMBER = 5;",
          "@Code(type = \"FATAL\") String COMPUTED = String.valueOf(1);",
          "@Code(type = \"FATAL\") Object OBJECT = \"N100\";",
          "@Code(type = \"FATAL\") String NOTHING = null;",
          "@Code(type = \"FATAL\") String[] MANY = {\"N1\"};"), v, Mistake.NOT_CONSTANT));
      expected.add("[ErrataCodeNotConstant]");
    }
    if (m.contains(Mistake.NAME_CLASH)) {
      members.add(pick(List.of(
          "@Code(type = \"FATAL\") String FOO_BAR = \"C100\"; @Code(type = \"FATAL\") String FooBar = \"C101\";",
          // UNKNOWN alone is fine (the built-in entry is UNRECOGNIZED then); with UNRECOGNIZED it clashes.
          "@Code(type = \"FATAL\") String UNKNOWN = \"C102\"; @Code(type = \"FATAL\") String UNRECOGNIZED = \"C109\";",
          "@Group(type = \"FATAL\") interface Orders { @Code String IN_ORDERS = \"C103\"; }"
              + " @Code(type = \"FATAL\") String ORDERS = \"C104\";",
          "interface A { @Code(type = \"FATAL\") String SAME = \"C105\"; }"
              + " interface B { @Code(type = \"FATAL\") String SAME = \"C106\"; }",
          "interface A { interface Dup { @Code(type = \"FATAL\") String ONE = \"C107\"; } }"
              + " interface B { interface Dup { @Code(type = \"FATAL\") String TWO = \"C108\"; } }"),
          v, Mistake.NAME_CLASH));
      if (validName) {
        expected.add("[ErrataNameClash]");
      }
    }
    if (m.contains(Mistake.UNKNOWN_TYPE) && bit(v, Mistake.UNKNOWN_TYPE, 3) != 0) {
      members.add(bit(v, Mistake.UNKNOWN_TYPE, 3) == 1
          ? "@Code(type = \"FATLA\") String TYPO = \"T100\";"
          : "@Group(type = \"transient\") interface Typo { @Code String IN_TYPO = \"T200\"; }");
      expected.add("[ErrataUnknownType]");
    }
    if (m.contains(Mistake.MISSING_TYPE)) {
      members.add("@Code String UNTYPED = \"M100\";");
      expected.add("[ErrataMissingType]");
    }
    if (m.contains(Mistake.DESCRIPTION)) {
      if (bit(v, Mistake.DESCRIPTION, 2) == 0) {
        members.add("@Code(type = \"FATAL\") @Description(\"one\") @Description(\"two\") String TWICE = \"W100\";");
        expected.add("[ErrataDuplicateDescription]");
      } else {
        members.add("@Code(type = \"FATAL\") @Description(locale = \"es\", value = \"uno\") String SPANISH = \"W101\";");
        expected.add(twoLocales ? "[ErrataMissingDescription]" : "[ErrataUndeclaredLocale]");
      }
    }
    if (m.contains(Mistake.GROUP_NOT_INTERFACE)) {
      members.add(pick(List.of(
          "@Group(type = \"FATAL\") class Misplaced { @Code(type = \"FATAL\") static final String IN_CLASS = \"G100\"; }",
          "@Group(type = \"FATAL\") enum Misplaced { A }",
          "@Group(type = \"FATAL\") @interface Misplaced { }"), v, Mistake.GROUP_NOT_INTERFACE));
      expected.add("[ErrataGroupNotInterface]");
    }
    if (m.contains(Mistake.UNRESOLVED)) {
      expected.clear();
      int which = bit(v, Mistake.UNRESOLVED, 12);
      if (which >= 3) {
        members.add(List.of(
            "Missing MISSING = null;",
            "@Code(type = Missing.NAME) String REFERS = \"U100\";",
            "@Code(type = \"FATAL\") String FROM_MISSING = Missing.CODE;",
            "@Code(type = \"FATAL\", http = Missing.STATUS) String STATUS = \"U101\";",
            "@Group(type = Missing.T) interface Unresolved { @Code String IN = \"U102\"; }",
            "interface Nested { Missing M = null; }",
            "@Code(type = \"FATAL\") @Description(locale = Missing.L, value = \"x\") String LOCALE = \"U103\";",
            "@Missing @Code(type = \"FATAL\") String ANNOTATED = \"U104\";",
            "@Code(type = \"FATAL\") Missing TYPED = null;").get(which - 3));
      }
    }

    if (!envelope.isEmpty()) {
      catalog.add("envelope = @Envelope(" + String.join(", ", envelope) + ")");
    }
    catalog.add("types = {" + String.join(", ", types) + "}");
    StringBuilder source = new StringBuilder()
        .append("package ").append(pkg).append(";\n")
        .append("import dev.errata.annotations.*;\n")
        .append("@ErrorCatalog(\n    ").append(String.join(",\n    ", catalog)).append(")\n")
        .append("public ").append(kind).append(' ').append(name).append(" {\n");
    if (kind.equals("enum")) {
      source.append("  ;\n");
    }
    for (String member : members) {
      String declared = kind.equals("class") || kind.equals("enum")
          ? member.replaceAll("(\\) |^)(String|int|Object|String\\[\\]) ", "$1static final $2 ")
          : member;
      source.append("  ").append(declared).append('\n');
    }
    source.append("}\n");
    if (m.contains(Mistake.SOURCE) && !m.contains(Mistake.UNRESOLVED)) {
      // The file does not exist: a catalog whose file is missing is checked no further.
      expected.clear();
      expected.add("[ErrataSourceNotFound]");
    }
    return new Rendered(pkg + "." + name, source.toString(), expected);
  }

  private static String literal(int status) {
    return status == Integer.MIN_VALUE ? "Integer.MIN_VALUE" : Integer.toString(status);
  }

  /** The content of a Java string literal for {@code text}. */
  static String java(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        // Not a unicode escape: javac reads those before strings, and a line feed would end the line.
        out.append(String.format("\\%03o", (int) c));
      } else if (c >= 0x7f) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // The property

  @Provide
  Arbitrary<Hostile> hostile() {
    Arbitrary<Set<Mistake>> combined = Arbitraries.of(
            EnumSet.complementOf(EnumSet.of(Mistake.EMPTY, Mistake.NOT_INTERFACE, Mistake.UNRESOLVED)))
        .set().ofMinSize(1).ofMaxSize(5);
    Arbitrary<Set<Mistake>> alone = Arbitraries.of(Mistake.EMPTY, Mistake.NOT_INTERFACE, Mistake.UNRESOLVED)
        .map(mistake -> (Set<Mistake>) EnumSet.of(mistake));
    Arbitrary<Set<Mistake>> mistakes = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, combined), net.jqwik.api.Tuple.of(1, alone));
    return Combinators.combine(mistakes, Arbitraries.integers().between(0, 1_000_000)).as(Hostile::new);
  }

  /** Several catalogs per compilation: compiling is the slow part. */
  @Property(edgeCases = EdgeCasesMode.NONE)
  void hostileCatalogsGiveErrorsAtTheirElementsNeverAnInternalError(
      @ForAll("hostile") Hostile first, @ForAll("hostile") Hostile second, @ForAll("hostile") Hostile third) {
    List<Rendered> catalogs = List.of(render(first, 0), render(second, 1), render(third, 2));
    Map<String, List<String>> errors = compile(catalogs);
    for (Rendered catalog : catalogs) {
      List<String> own = errors.getOrDefault(catalog.name(), List.of());
      assertWithMessage("%s", "no error for\n" + catalog.source()).that(own).isNotEmpty();
      Set<String> ids = new TreeSet<>();
      for (String message : own) {
        Matcher id = ID.matcher(message);
        if (id.lookingAt()) {
          ids.add(id.group());
        }
      }
      assertWithMessage("%s", "expected " + catalog.expected() + ", got " + own + " for\n" + catalog.source()).that(ids.containsAll(catalog.expected())).isTrue();
    }
  }

  private static final Pattern ID = Pattern.compile("\\[Errata[A-Za-z]+\\]");

  /**
   * Compiles the catalogs together and returns each one's error messages, by qualified name; fails on
   * an internal error, an error without a position, or one outside the catalogs' own sources.
   */
  static Map<String, List<String>> compile(List<Rendered> catalogs) {
    // Some unresolved values (an enum value that is no constant) stop javac before it runs any
    // processor, for every file of the compilation: catalogs with those compile on their own.
    Map<String, List<String>> byCatalog = new LinkedHashMap<>();
    List<Rendered> together = new ArrayList<>();
    for (Rendered catalog : catalogs) {
      if (catalog.source().contains("Missing")) {
        byCatalog.putAll(compileTogether(List.of(catalog)));
      } else {
        together.add(catalog);
      }
    }
    if (!together.isEmpty()) {
      byCatalog.putAll(compileTogether(together));
    }
    return byCatalog;
  }

  private static Map<String, List<String>> compileTogether(List<Rendered> catalogs) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (Rendered catalog : catalogs) {
      sources.add(JavaFileObjects.forSourceString(catalog.name(), catalog.source()));
    }
    Compilation compilation = Compiler.javac()
        .withProcessors(new ErrataProcessor())
        // javac stops reporting after 100 errors by default; every catalog's must be seen.
        .withOptions("-Xmaxerrs", "100000")
        .compile(sources);
    Map<String, List<String>> byCatalog = new LinkedHashMap<>();
    StringBuilder all = new StringBuilder();
    for (Rendered catalog : catalogs) {
      all.append(catalog.source()).append('\n');
    }
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String message = error.getMessage(Locale.ROOT);
      assertWithMessage("%s", message + "\n" + all).that(message).doesNotContain("[ErrataInternal]");
      // An unresolved value is javac's "<error>": never checked as if it were what the catalog says.
      assertWithMessage("%s", message + "\n" + all).that(message).doesNotContain("\"<error>\"");
      assertWithMessage("%s", "an error without a position: " + message + "\n" + all).that(error.getSource() != null && error.getLineNumber() > 0).isTrue();
      String file = error.getSource().toUri().getPath();
      String owner = null;
      for (Rendered catalog : catalogs) {
        String path = catalog.name().replace('.', '/') + ".java";
        if (file.equals(path) || file.endsWith("/" + path)) {
          owner = catalog.name();
        }
      }
      String at = file;
      assertWithMessage("%s", "an error outside the catalogs, in " + at + ": " + message + "\n" + all).that(owner != null).isTrue();
      byCatalog.computeIfAbsent(owner, key -> new ArrayList<>()).add(message);
    }
    return byCatalog;
  }

  // ---------------------------------------------------------------------------------------------
  // Each mistake, and each variant of the ones with a list of them, at least once

  @Example
  void everyMistakeAloneGivesItsOwnDiagnostic() {
    List<Rendered> catalogs = new ArrayList<>();
    for (Mistake mistake : Mistake.values()) {
      catalogs.add(render(new Hostile(EnumSet.of(mistake), 0), catalogs.size()));
    }
    checkAll(catalogs);
  }

  @Example
  void everyVariantGivesItsOwnDiagnostic() {
    List<Rendered> catalogs = new ArrayList<>();
    for (int variant = 0; variant < 36; variant++) {
      for (Mistake mistake : List.of(Mistake.BAD_CODE, Mistake.BAD_CATALOG_NAME, Mistake.BAD_TYPE_NAME,
          Mistake.BAD_DURATION, Mistake.BAD_HTTP, Mistake.BAD_POINTER, Mistake.BAD_REGEX, Mistake.NAME_CLASH,
          Mistake.NOT_CONSTANT, Mistake.UNRESOLVED, Mistake.OVERLAP, Mistake.BAD_LOCALES)) {
        catalogs.add(render(new Hostile(EnumSet.of(mistake), variant), catalogs.size()));
      }
    }
    checkAll(catalogs);
  }

  private static void checkAll(List<Rendered> catalogs) {
    Map<String, List<String>> errors = compile(catalogs);
    List<String> wrong = new ArrayList<>();
    for (Rendered catalog : catalogs) {
      List<String> own = errors.getOrDefault(catalog.name(), List.of());
      boolean all = catalog.expected().stream().allMatch(id -> own.stream().anyMatch(e -> e.startsWith(id)));
      if (own.isEmpty() || !all) {
        wrong.add("expected " + catalog.expected() + ", got " + own + " for\n" + catalog.source());
      }
    }
    assertThat(wrong).isEqualTo(List.of());
  }
}
