package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CodePattern;
import dev.errata.processor.model.CodeRange;
import dev.errata.processor.model.CodeWildcard;
import dev.errata.processor.model.EnvelopeDef;
import dev.errata.processor.model.ErrorEntry;
import dev.errata.processor.model.ExactCode;
import dev.errata.processor.model.StatusTable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <Name>Matcher}: a {@code switch} for exact codes, then range and wildcard checks from
 * the most specific to the least, by prefix and number, with no regular expression and no allocation.
 * Every generated method is kept small through {@link Chunks}.
 */
final class MatcherWriter {

  private final Catalog catalog;
  private final CatalogTypes types;
  private final GeneratedAnnotation generated;
  private final ClassName errorCode;
  /** The enum constant of codes that match nothing. */
  private final String unknown;
  private final List<MethodSpec> helpers = new ArrayList<>();
  /** Nested classes holding matching methods, for a catalog too big for the matcher's constant pool. */
  private final List<TypeSpec.Builder> holders = new ArrayList<>();
  private int holderCases;
  private boolean nested;
  private int rangeMethods;
  private int wildcardMethods;

  MatcherWriter(Catalog catalog, CatalogTypes types, GeneratedAnnotation generated) {
    this.catalog = catalog;
    this.types = types;
    this.generated = generated;
    this.errorCode = types.errorCode();
    this.unknown = types.unknownConstant();
  }

  TypeSpec write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(types.matcher())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Finds the entry of the $L catalog ({@link $T}) a received code falls under, and"
                + " the typed exception for a failed response.\n",
            catalog.name(), types.catalogInterface())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    generated.addTo(type);
    CatalogHandleWriter handle = new CatalogHandleWriter(catalog, types);
    type.addField(codecField())
        .addField(handle.matcherField())
        .addMethod(match())
        .addMethod(forHttpStatus())
        .addMethod(toException())
        .addMethod(decode())
        .addMethod(decodeWithHeaders())
        .addMethod(encode())
        .addMethod(codec())
        .addMethod(handle.matcherAccessor());
    type.addMethods(helpers);
    holders.forEach(holder -> type.addType(holder.build()));
    return type.build();
  }

  private MethodSpec match() {
    List<ErrorEntry> exact = new ArrayList<>();
    List<ErrorEntry> patterns = new ArrayList<>();
    for (ErrorEntry entry : catalog.entries()) {
      if (entry.code().isPresent()) {
        (entry.code().get() instanceof ExactCode ? exact : patterns).add(entry);
      }
    }
    nested = catalog.entries().size() > Chunks.CASES_PER_CLASS;
    MethodSpec.Builder match = MethodSpec.methodBuilder("match")
        .addJavadoc("The entry {@code code} falls under: its exact code, else the narrowest range or"
            + " wildcard that contains it,\nelse {@link $T#$N}. Case-sensitive; never throws,"
            + " {@code null} included.\n\n"
            + "@param code the code a response carried, or {@code null}\n"
            + "@return its entry, never {@code null}\n", errorCode, unknown)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(errorCode)
        .addParameter(String.class, "code")
        .beginControlFlow("if (code == null)")
        .addStatement("return $T.$N", errorCode, unknown)
        .endControlFlow();
    if (!exact.isEmpty()) {
      match.addStatement("$T exact = $L", errorCode, exactMethods(exact))
          .beginControlFlow("if (exact != null)")
          .addStatement("return exact")
          .endControlFlow();
    }
    List<ErrorEntry> ordered = new ArrayList<>(patterns);
    ordered.sort(Comparator.comparing((ErrorEntry entry) -> code(entry).size())
        .thenComparing(entry -> code(entry).first())
        .thenComparing(entry -> code(entry).text()));
    List<ErrorEntry> ranges = new ArrayList<>();
    List<ErrorEntry> wildcards = new ArrayList<>();
    for (ErrorEntry entry : ordered) {
      (code(entry) instanceof CodeRange ? ranges : wildcards).add(entry);
    }
    if (!ranges.isEmpty()) {
      match.addStatement("$T range = $L", errorCode, rangeMethods(ordered, ranges, wildcards))
          .beginControlFlow("if (range != null)")
          .addStatement("return range")
          .endControlFlow();
    }
    if (!wildcards.isEmpty()) {
      match.addStatement("$T wildcard = $L", errorCode, wildcardMethods(wildcards))
          .beginControlFlow("if (wildcard != null)")
          .addStatement("return wildcard")
          .endControlFlow();
    }
    return match.addStatement("return $T.$N", errorCode, unknown).build();
  }

  /** The code of an entry that has one: every entry the matcher matches by code. */
  private static CodePattern code(ErrorEntry entry) {
    return entry.code().orElseThrow();
  }

  /**
   * One {@code switch} when it fits a small method; else buckets by {@code hashCode}, each its own
   * method of a bounded size, dispatched by one small switch on the bucket number. Returns the call.
   */
  private CodeBlock exactMethods(List<ErrorEntry> exact) {
    if (exact.size() <= Chunks.SWITCH_CASES) {
      return place(exactSwitch("exact", exact)
          .addJavadoc("The entry of an exact code, or {@code null}.\n")
          .build(), exact.size());
    }
    int at = helpers.size();
    int buckets = (exact.size() + Chunks.SWITCH_CASES - 1) / Chunks.SWITCH_CASES * 2;
    Map<Integer, List<ErrorEntry>> byBucket = new TreeMap<>();
    for (ErrorEntry entry : exact) {
      int bucket = Math.floorMod(entry.codeText().hashCode(), buckets);
      byBucket.computeIfAbsent(bucket, key -> new ArrayList<>()).add(entry);
    }
    CodeBlock.Builder dispatch = CodeBlock.builder()
        .beginControlFlow("switch ($T.floorMod(code.hashCode(), $L))", Math.class, buckets);
    for (Map.Entry<Integer, List<ErrorEntry>> bucket : byBucket.entrySet()) {
      CodeBlock call = place(exactSwitch("exact" + bucket.getKey(), bucket.getValue()).build(),
          bucket.getValue().size());
      dispatch.add("case $L:\n", bucket.getKey()).indent()
          .addStatement("return $L", call).unindent();
    }
    dispatch.add("default:\n").indent().addStatement("return null").unindent().endControlFlow();
    helpers.add(at, MethodSpec.methodBuilder("exact")
        .addJavadoc("The entry of an exact code, or {@code null}: by bucket of {@code hashCode},"
            + " so that no method outgrows what the JIT compiles.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(errorCode)
        .addParameter(String.class, "code")
        .addCode(dispatch.build())
        .build());
    return CodeBlock.of("exact(code)");
  }

  private MethodSpec.Builder exactSwitch(String name, List<ErrorEntry> entries) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (code)");
    for (ErrorEntry entry : entries) {
      body.add("case $L:\n", Literals.string(entry.codeText())).indent()
          .addStatement("return $T.$N", errorCode, entry.name()).unindent();
    }
    body.add("default:\n").indent().addStatement("return null").unindent().endControlFlow();
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(errorCode)
        .addParameter(String.class, "code")
        .addCode(body.build());
  }

  /** The ranges of one code length and prefix: the only ones a code can fall in, given its prefix. */
  private record RangeGroup(int length, String prefix, List<ErrorEntry> candidates) {}

  /**
   * Ranges, found in constant time: the code's prefix (what precedes its trailing digits) and length
   * pick the one group of ranges it can fall in, by a {@code switch} on the prefix's hash. A group
   * checks its ranges most specific first, with the wildcards more specific than some of them that
   * could contain such a code; when none contains it, {@code null}, and the wildcards are tried.
   */
  private CodeBlock rangeMethods(List<ErrorEntry> ordered, List<ErrorEntry> ranges,
      List<ErrorEntry> wildcards) {
    int at = helpers.size();
    Map<ErrorEntry, Integer> rank = new IdentityHashMap<>();
    for (int i = 0; i < ordered.size(); i++) {
      rank.put(ordered.get(i), i);
    }
    Map<String, List<ErrorEntry>> byShape = new TreeMap<>();
    for (ErrorEntry entry : ranges) {
      CodeRange range = (CodeRange) code(entry);
      byShape.computeIfAbsent(range.prefix() + "\u0000" + range.length(), key -> new ArrayList<>())
          .add(entry);
    }
    Map<Integer, List<ErrorEntry>> wildcardsByLength = new HashMap<>();
    for (ErrorEntry wildcard : wildcards) {
      wildcardsByLength.computeIfAbsent(code(wildcard).length(), key -> new ArrayList<>())
          .add(wildcard);
    }
    Map<Integer, List<RangeGroup>> byHash = new TreeMap<>();
    for (List<ErrorEntry> shape : byShape.values()) {
      CodeRange first = (CodeRange) code(shape.get(0));
      int lastRank = rank.get(shape.get(shape.size() - 1));
      List<ErrorEntry> candidates = new ArrayList<>(shape);
      for (ErrorEntry wildcard : wildcardsByLength.getOrDefault(first.length(), List.of())) {
        if (rank.get(wildcard) < lastRank
            && admitsRangeOf((CodeWildcard) code(wildcard), first)) {
          candidates.add(wildcard);
        }
      }
      candidates.sort(Comparator.comparing(rank::get));
      byHash.computeIfAbsent(first.prefix().hashCode(), key -> new ArrayList<>())
          .add(new RangeGroup(first.length(), first.prefix(), candidates));
    }
    List<CodeBlock> cases = new ArrayList<>();
    List<Integer> keys = new ArrayList<>();
    for (Map.Entry<Integer, List<RangeGroup>> hash : byHash.entrySet()) {
      CodeBlock.Builder body = CodeBlock.builder();
      for (RangeGroup group : hash.getValue()) {
        body.beginControlFlow("if (code.length() == $L && from == $L && code.startsWith($S))",
            group.length(), group.prefix().length(), group.prefix());
        List<List<ErrorEntry>> chunks = Chunks.split(group.candidates(), Chunks.PATTERN_CHECKS);
        for (int i = 0; i < chunks.size(); i++) {
          CodeBlock call = place(rangeChunk("ranges" + rangeMethods++, group, chunks.get(i)),
              chunks.get(i).size());
          body.add(returnFirstMatch(call, i, i == chunks.size() - 1));
        }
        body.endControlFlow();
      }
      cases.add(body.addStatement("return null").build());
      keys.add(hash.getKey());
    }
    return hashDispatch(at, "range",
        CodeBlock.of("$T.prefixHash(code, from)", RuntimeTypes.CODE_MATCHING), keys, cases,
        "The range (or a more specific wildcard) containing {@code code}, or {@code null}: only the"
            + " ranges of its\nlength and prefix, the characters before its trailing digits, can.\n");
  }

  /**
   * Calls {@code cases} by an int {@code key} computed from {@code code}: one {@code switch} when
   * small, else one per bucket of keys, so that no method outgrows what the JIT compiles.
   */
  private CodeBlock hashDispatch(int at, String name, CodeBlock key, List<Integer> keys,
      List<CodeBlock> cases, String javadoc) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addJavadoc(javadoc)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(errorCode)
        .addParameter(String.class, "code")
        .addStatement("int from = $T.numberStart(code)", RuntimeTypes.CODE_MATCHING);
    if (keys.size() <= Chunks.SWITCH_CASES) {
      method.beginControlFlow("switch ($L)", key);
      for (int i = 0; i < keys.size(); i++) {
        method.addCode("case $L: {\n$>$L$<}\n", keys.get(i), cases.get(i));
      }
      method.addCode("default:\n$>return null;\n$<").endControlFlow();
      helpers.add(at, method.build());
      return CodeBlock.of("$N(code)", name);
    }
    int buckets = (keys.size() + Chunks.SWITCH_CASES - 1) / Chunks.SWITCH_CASES * 2;
    Map<Integer, List<Integer>> byBucket = new TreeMap<>();
    for (int i = 0; i < keys.size(); i++) {
      byBucket.computeIfAbsent(Math.floorMod(keys.get(i), buckets), b -> new ArrayList<>()).add(i);
    }
    method.addStatement("int key = $L", key)
        .beginControlFlow("switch ($T.floorMod(key, $L))", Math.class, buckets);
    for (Map.Entry<Integer, List<Integer>> bucket : byBucket.entrySet()) {
      MethodSpec.Builder part = MethodSpec.methodBuilder(name + bucket.getKey())
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(errorCode)
          .addParameter(String.class, "code")
          .addParameter(int.class, "from")
          .addParameter(int.class, "key")
          .beginControlFlow("switch (key)");
      for (int i : bucket.getValue()) {
        part.addCode("case $L: {\n$>$L$<}\n", keys.get(i), cases.get(i));
      }
      part.addCode("default:\n$>return null;\n$<").endControlFlow();
      method.addCode("case $L:\n$>return $L;\n$<", bucket.getKey(),
          place(part.build(), bucket.getValue().size(), "code, from, key"));
    }
    method.addCode("default:\n$>return null;\n$<").endControlFlow();
    helpers.add(at, method.build());
    return CodeBlock.of("$N(code)", name);
  }

  private MethodSpec rangeChunk(String name, RangeGroup group, List<ErrorEntry> candidates) {
    MethodSpec.Builder method = MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(errorCode)
        .addParameter(String.class, "code")
        .addJavadoc("Codes of length $L starting {@code $L}, then digits.\n", group.length(),
            Javadoc.escape(group.prefix()))
        .addStatement("long number = $T.trailingNumber(code, $L)", RuntimeTypes.CODE_MATCHING,
            group.prefix().length());
    for (ErrorEntry entry : candidates) {
      if (code(entry) instanceof CodeRange range) {
        method.beginControlFlow("if (number >= $LL && number <= $LL)", range.low(), range.high())
            .addCode("// $L\n", range.text())
            .addStatement("return $T.$N", errorCode, entry.name())
            .endControlFlow();
      } else {
        method.addCode(wildcardCheck((CodeWildcard) code(entry), entry));
      }
    }
    return method.addStatement("return null").build();
  }

  /** Whether the wildcard may contain a code of the range's length and prefix, then digits. */
  private static boolean admitsRangeOf(CodeWildcard wildcard, CodeRange range) {
    String text = wildcard.text();
    if (text.length() != range.length()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Past the prefix come digits; a wildcard's own letters there rule it out.
      boolean admits = i < range.prefix().length()
          ? admits(c, range.prefix().charAt(i))
          : c == CodeWildcard.DIGIT || c == CodeWildcard.LETTER_OR_DIGIT || isDigit(c);
      if (!admits) {
        return false;
      }
    }
    return true;
  }

  /** Whether a wildcard's character (an {@code x}, a {@code *} or itself) admits {@code c}. */
  private static boolean admits(char wildcard, char c) {
    return switch (wildcard) {
      case CodeWildcard.DIGIT -> isDigit(c);
      case CodeWildcard.LETTER_OR_DIGIT -> isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      default -> wildcard == c;
    };
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Wildcards by code length, most specific first; returns the call. */
  private CodeBlock wildcardMethods(List<ErrorEntry> wildcards) {
    int at = helpers.size();
    Map<Integer, List<ErrorEntry>> byLength = new TreeMap<>();
    for (ErrorEntry entry : wildcards) {
      byLength.computeIfAbsent(code(entry).length(), key -> new ArrayList<>()).add(entry);
    }
    MethodSpec.Builder method = MethodSpec.methodBuilder("wildcard")
        .addJavadoc("The most specific wildcard containing {@code code}, or {@code null}.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(errorCode)
        .addParameter(String.class, "code")
        .beginControlFlow("switch (code.length())");
    for (Map.Entry<Integer, List<ErrorEntry>> length : byLength.entrySet()) {
      method.addCode("case $L: {\n$>", length.getKey());
      Map<Character, List<ErrorEntry>> byFirst = byFirstCharacter(length.getValue());
      if (byFirst.isEmpty()) {
        wildcardCalls(method, length.getValue());
      } else {
        // Every wildcard of this length starts with a fixed character: only those of the code's can.
        method.beginControlFlow("switch (code.charAt(0))");
        for (Map.Entry<Character, List<ErrorEntry>> first : byFirst.entrySet()) {
          method.addCode("case $L: {\n$>", charLiteral(first.getKey()));
          wildcardCalls(method, first.getValue());
          method.addCode("$<}\n");
        }
        method.addCode("default:\n$>return null;\n$<").endControlFlow();
      }
      method.addCode("$<}\n");
    }
    method.addCode("default:\n$>return null;\n$<").endControlFlow();
    helpers.add(at, method.build());
    return CodeBlock.of("wildcard(code)");
  }

  /**
   * The wildcards by their first character, in the same order within each; empty when some wildcard
   * starts with an {@code x} or {@code *}, or when there are too many characters for one switch.
   */
  private static Map<Character, List<ErrorEntry>> byFirstCharacter(List<ErrorEntry> wildcards) {
    Map<Character, List<ErrorEntry>> byFirst = new TreeMap<>();
    for (ErrorEntry entry : wildcards) {
      char first = code(entry).text().charAt(0);
      if (first == CodeWildcard.DIGIT || first == CodeWildcard.LETTER_OR_DIGIT) {
        return Map.of();
      }
      byFirst.computeIfAbsent(first, key -> new ArrayList<>()).add(entry);
    }
    return byFirst.size() <= Chunks.SWITCH_CASES ? byFirst : Map.of();
  }

  /** Statements that try {@code wildcards} in order, in methods of a bounded size, and return. */
  private void wildcardCalls(MethodSpec.Builder method, List<ErrorEntry> wildcards) {
    List<List<ErrorEntry>> chunks = Chunks.split(wildcards, Chunks.PATTERN_CHECKS);
    for (int i = 0; i < chunks.size(); i++) {
      MethodSpec.Builder chunk = MethodSpec.methodBuilder("wildcards" + wildcardMethods++)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(errorCode)
          .addParameter(String.class, "code");
      for (ErrorEntry entry : chunks.get(i)) {
        chunk.addCode(wildcardCheck((CodeWildcard) code(entry), entry));
      }
      CodeBlock call = place(chunk.addStatement("return null").build(), chunks.get(i).size());
      method.addCode(returnFirstMatch(call, i, i == chunks.size() - 1));
    }
  }

  /**
   * Adds a helper method with {@code cases} cases to the matcher, or, for a catalog too big for one
   * class's constant pool, to a nested class; returns the call of it on {@code code}.
   */
  private CodeBlock place(MethodSpec method, int cases) {
    return place(method, cases, "code");
  }

  private CodeBlock place(MethodSpec method, int cases, String arguments) {
    if (!nested) {
      helpers.add(method);
      return CodeBlock.of("$N($L)", method.name(), arguments);
    }
    if (holders.isEmpty() || holderCases + cases > Chunks.CASES_PER_CLASS) {
      holders.add(TypeSpec.classBuilder("Cases" + holders.size())
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("Matching methods of a part of the catalog: one class's constant pool cannot hold"
              + " them all.\n")
          .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build()));
      holderCases = 0;
    }
    holderCases += cases;
    holders.get(holders.size() - 1).addMethod(method);
    return CodeBlock.of("$N.$N($L)", "Cases" + (holders.size() - 1), method.name(), arguments);
  }

  private CodeBlock wildcardCheck(CodeWildcard wildcard, ErrorEntry entry) {
    String text = wildcard.text();
    CodeBlock.Builder condition = CodeBlock.builder().add("code.length() == $L$>$>", text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == CodeWildcard.DIGIT) {
        condition.add("\n&& $T.isDigit(code.charAt($L))", RuntimeTypes.CODE_MATCHING, i);
        i++;
      } else if (c == CodeWildcard.LETTER_OR_DIGIT) {
        condition.add("\n&& $T.isLetterOrDigit(code.charAt($L))", RuntimeTypes.CODE_MATCHING, i);
        i++;
      } else {
        int end = i;
        while (end < text.length() && text.charAt(end) != CodeWildcard.DIGIT
            && text.charAt(end) != CodeWildcard.LETTER_OR_DIGIT) {
          end++;
        }
        if (end - i == 1) {
          condition.add("\n&& code.charAt($L) == $L", i, charLiteral(c));
        } else {
          condition.add("\n&& code.startsWith($S, $L)", text.substring(i, end), i);
        }
        i = end;
      }
    }
    condition.add("$<$<");
    return CodeBlock.builder()
        .add("// $L\n", text)
        .beginControlFlow("if ($L)", condition.build())
        .addStatement("return $T.$N", errorCode, entry.name())
        .endControlFlow()
        .build();
  }

  private static String charLiteral(char c) {
    return switch (c) {
      case '\'' -> "'\\''";
      case '\\' -> "'\\\\'";
      default -> c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("'\\u%04x'", (int) c);
    };
  }

  private MethodSpec forHttpStatus() {
    StatusTable table = catalog.statusTable();
    CodeBlock.Builder body = CodeBlock.builder();
    if (!table.exact().isEmpty()) {
      body.beginControlFlow("switch (httpStatus)");
      table.exact().forEach((status, entry) -> body.add("case $L:\n", status).indent()
          .addStatement("return $T.$N", errorCode, entry.name()).unindent());
      body.add("default:\n").indent().addStatement("break").unindent().endControlFlow();
    }
    // Ranges narrowest first: the first that holds the status wins, as in the table.
    for (StatusTable.RangeClaim claim : table.ranges()) {
      body.beginControlFlow("if (httpStatus >= $L && httpStatus <= $L)", claim.range().low(), claim.range().high())
          .add("// $L\n", claim.range().text())
          .addStatement("return $T.$N", errorCode, claim.entry().name())
          .endControlFlow();
    }
    body.addStatement("return $T.$N", errorCode, unknown);
    return MethodSpec.methodBuilder("forHttpStatus")
        .addJavadoc("The entry that stands for {@code httpStatus}, for a response that carries no code:"
            + " the entry that names it\nin {@code forHttpStatus} (or {@code @HttpStatus}), else the"
            + " first declared with that status, else the\nnarrowest range of statuses that holds it;"
            + " {@link $T#$N} when none does.\n\n"
            + "@param httpStatus the response's HTTP status\n"
            + "@return its entry, never {@code null}\n", errorCode, unknown)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(errorCode)
        .addParameter(int.class, "httpStatus")
        .addCode(body.build())
        .build();
  }

  private MethodSpec toException() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("toException")
        .addJavadoc("The typed exception for a failed response: its code {@link #match matched}, its"
            + " type the one the\nresponse names when the catalog declares it. A report without a code (or"
            + " with an empty one) is\ntyped by its HTTP status ({@link #forHttpStatus}). Never throws for"
            + " any code.\n\n"
            + "@param report what is known of the response\n"
            + "@return the exception, never {@code null}\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(types.exception())
        .addParameter(RuntimeTypes.ERROR_REPORT, "report")
        .addStatement("String code = report.code()")
        .addStatement("$T errorCode = code != null && !code.isEmpty()$W? match(code)"
            + "$W: forHttpStatus(report.httpStatus())", errorCode);
    if (!types.codesAreEnum()) {
      return toExceptionByOrdinal(method);
    }
    List<List<ErrorEntry>> chunks = Chunks.split(catalog.entries(), Chunks.SWITCH_CASES);
    if (chunks.size() <= 1) {
      CodeBlock.Builder body = CodeBlock.builder().add("return switch (errorCode) {\n").indent();
      for (ErrorEntry entry : catalog.entries()) {
        body.add("case $N ->$W$L;\n", entry.name(), newException(entry));
      }
      body.add("case $N -> new $T(report);\n", unknown, types.unknownException());
      return method.addCode(body.unindent().add("};\n").build()).build();
    }
    // Enum constants are declared in entry order, so each chunk is a run of ordinals.
    int first = 0;
    for (int i = 0; i < chunks.size(); i++) {
      List<ErrorEntry> chunk = chunks.get(i);
      String name = "toException" + i;
      method.beginControlFlow("if (errorCode.ordinal() < $L)", first + chunk.size())
          .addStatement("return $N(errorCode, report)", name)
          .endControlFlow();
      CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (errorCode)");
      for (ErrorEntry entry : chunk) {
        body.add("case $N:\n", entry.name()).indent()
            .addStatement("return $L", newException(entry)).unindent();
      }
      body.add("default:\n").indent()
          .addStatement("throw new $T(errorCode.name())", AssertionError.class).unindent()
          .endControlFlow();
      helpers.add(MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(types.exception())
          .addParameter(errorCode, "errorCode")
          .addParameter(RuntimeTypes.ERROR_REPORT, "report")
          .addCode(body.build())
          .build());
      first += chunk.size();
    }
    return method.addStatement("return new $T(report)", types.unknownException()).build();
  }

  /**
   * For an enum-like code class, which a {@code switch} cannot take: by ordinal, in methods of a
   * bounded number of ordinals, the ordinals of one exception class sharing one case.
   */
  private MethodSpec toExceptionByOrdinal(MethodSpec.Builder method) {
    List<List<ErrorEntry>> chunks = Chunks.split(catalog.entries(), Chunks.ORDINALS_PER_METHOD);
    CodeBlock.Builder dispatch = CodeBlock.builder()
        .add("return switch (errorCode.ordinal() / $L) {\n$>", Chunks.ORDINALS_PER_METHOD);
    int ordinal = 0;
    for (int i = 0; i < chunks.size(); i++) {
      String name = "toException" + i;
      dispatch.add("case $L -> $N(errorCode, report);\n", i, name);
      Map<CodeBlock, List<Integer>> byException = new java.util.LinkedHashMap<>();
      for (ErrorEntry entry : chunks.get(i)) {
        byException.computeIfAbsent(newException(entry), key -> new ArrayList<>()).add(ordinal++);
      }
      CodeBlock.Builder body = CodeBlock.builder().add("return switch (errorCode.ordinal()) {\n$>");
      byException.forEach((exception, ordinals) -> {
        CodeBlock.Builder labels = CodeBlock.builder();
        for (int at = 0; at < ordinals.size(); at++) {
          labels.add(at == 0 ? "$L" : ",$W$L", ordinals.get(at));
        }
        body.add("case $L ->$W$L;\n", labels.build(), exception);
      });
      body.add("default -> new $T(report);\n$<};\n", types.unknownException());
      helpers.add(MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(types.exception())
          .addParameter(errorCode, "errorCode")
          .addParameter(RuntimeTypes.ERROR_REPORT, "report")
          .addCode(body.build())
          .build());
    }
    dispatch.add("default -> new $T(report);\n$<};\n", types.unknownException());
    return method.addCode(dispatch.build()).build();
  }

  /** The envelope codec, built once from the catalog's {@code @Envelope}. */
  private FieldSpec codecField() {
    EnvelopeDef envelope = catalog.envelope();
    CodeBlock.Builder format = CodeBlock.builder().add("new $T($T.builder()$>$>", RuntimeTypes.ENVELOPE_CODEC,
        RuntimeTypes.ENVELOPE_FORMAT);
    boolean problem = envelope.isProblemDetails();
    if (problem) {
      // The preset reads code, description, correlation id and HTTP status from RFC 9457's members.
      format.add("\n.problemDetails($S)", envelope.typePrefix());
    } else if (envelope.code().equals(EnvelopeDef.HTTP_STATUS)) {
      format.add("\n.code($T.HTTP_STATUS)", RuntimeTypes.ENVELOPE_FORMAT);
    } else {
      optional(format, "code", envelope.code());
    }
    optional(format, "type", envelope.type());
    optional(format, "description", problem ? "" : envelope.description());
    optional(format, "status", envelope.status());
    optional(format, "successStatus", envelope.successStatus());
    optional(format, "warningStatus", envelope.warningStatus());
    optional(format, "failureStatus", envelope.failureStatus());
    optional(format, "correlationId",
        problem && envelope.correlationId().equals("/instance") ? "" : envelope.correlationId());
    format.add("\n.defaultHttpStatus($L)", envelope.defaultHttpStatus());
    json(format, "codeJson", envelope.codeJson());
    json(format, "statusJson", envelope.statusJson());
    optional(format, "warning", envelope.warning());
    optional(format, "httpStatus", problem ? "" : envelope.httpStatus());
    optional(format, "correlationIdHeader", envelope.correlationIdHeader());
    optional(format, "retryHeader", envelope.retryHeader());
    for (EnvelopeDef.AttributeDef attribute : envelope.attributes()) {
      if (attribute.json().equals(EnvelopeDef.STRING)) {
        format.add("\n.attribute($S, $S)", attribute.name(), attribute.pointer());
      } else {
        format.add("\n.attribute($S, $S, $T.$L)", attribute.name(), attribute.pointer(), RuntimeTypes.JSON_TYPE,
            attribute.json());
      }
    }
    format.add("\n.build())$<$<");
    return FieldSpec.builder(RuntimeTypes.ENVELOPE_CODEC, "CODEC",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(format.build())
        .build();
  }

  private static void json(CodeBlock.Builder format, String name, String json) {
    if (!json.equals(EnvelopeDef.STRING)) {
      format.add("\n.$N($T.$L)", name, RuntimeTypes.JSON_TYPE, json);
    }
  }

  private static void optional(CodeBlock.Builder format, String name, String value) {
    if (!value.isEmpty()) {
      format.add("\n.$N($S)", name, value);
    }
  }

  private TypeName decoded() {
    return ParameterizedTypeName.get(RuntimeTypes.DECODED, types.exception());
  }

  private MethodSpec decode() {
    return MethodSpec.methodBuilder("decode")
        .addJavadoc("Decodes a response without headers; see {@link #decode(int, byte[], $T)}.\n\n"
            + "@param httpStatus the response's HTTP status\n"
            + "@param body the raw body, {@code null} for none\n"
            + "@return a success, a warning, or a failure with its typed exception\n", Map.class)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(decoded())
        .addParameter(int.class, "httpStatus")
        .addParameter(byte[].class, "body")
        .addStatement("return CODEC.decode(httpStatus, body, $T.of(), $T::toException)", Map.class,
            types.matcher())
        .build();
  }

  private MethodSpec decodeWithHeaders() {
    return MethodSpec.methodBuilder("decode")
        .addJavadoc("Decodes a response into a success, a warning, or a failure with its typed exception."
            + "\nThe code comes from the body (else the HTTP status); a {@code Retry-After} header wins over"
            + "\nthe catalog's advice. Never throws: a body that cannot be read gives a result that keeps"
            + "\nthe status and raw body, and says why in {@code report().problem()}.\n\n"
            + "@param httpStatus the response's HTTP status\n"
            + "@param body the raw body, {@code null} for none\n"
            + "@param headers the response headers, names in any case, as {@code HttpHeaders.map()} gives"
            + " them\n"
            + "@return a success, a warning, or a failure with its typed exception\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(decoded())
        .addParameter(int.class, "httpStatus")
        .addParameter(byte[].class, "body")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
            ParameterizedTypeName.get(List.class, String.class)), "headers")
        .addStatement("return CODEC.decode(httpStatus, body, headers, $T::toException)", types.matcher())
        .build();
  }

  private MethodSpec encode() {
    return MethodSpec.methodBuilder("encode")
        .addJavadoc("The response a server sends for {@code exception}: HTTP status, headers and the"
            + " catalog's envelope.\n{@link #decode(int, byte[], $T)} reads it back into an equal exception.\n\n"
            + "@param exception the exception to send\n"
            + "@return what to send\n",
            Map.class)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(RuntimeTypes.ENCODED_ERROR)
        .addParameter(types.exception(), "exception")
        .addStatement("return CODEC.encode(exception)")
        .build();
  }

  private MethodSpec codec() {
    return MethodSpec.methodBuilder("codec")
        .addJavadoc("The codec behind {@code decode} and {@code encode}, to decode with other limits:\n"
            + "{@code codec().withLimits(limits).decode(status, body, headers, $T::toException)}.\n\n"
            + "@return the catalog's codec\n",
            types.matcher())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(RuntimeTypes.ENVELOPE_CODEC)
        .addStatement("return CODEC")
        .build();
  }

  private CodeBlock newException(ErrorEntry entry) {
    return types.leafGroupOf(entry.groupPath()).isPresent()
        ? CodeBlock.of("new $T(errorCode, report)", types.exceptionOf(entry))
        : CodeBlock.of("new $T(report)", types.exceptionOf(entry));
  }

  /**
   * Returns what the chunk method called by {@code call} matched: the last chunk's answer whatever it
   * is, an earlier chunk's when it matched, else on to the next chunk.
   */
  private CodeBlock returnFirstMatch(CodeBlock call, int chunk, boolean last) {
    if (last) {
      return CodeBlock.builder().addStatement("return $L", call).build();
    }
    return CodeBlock.builder()
        .addStatement("$T match$L = $L", errorCode, chunk, call)
        .beginControlFlow("if (match$L != null)", chunk)
        .addStatement("return match$L", chunk)
        .endControlFlow()
        .build();
  }
}
