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
import dev.errata.processor.model.GeneratedNames;
import java.util.ArrayList;
import java.util.Comparator;
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
  private final List<MethodSpec> helpers = new ArrayList<>();

  MatcherWriter(Catalog catalog, CatalogTypes types, GeneratedAnnotation generated) {
    this.catalog = catalog;
    this.types = types;
    this.generated = generated;
    this.errorCode = types.errorCode();
  }

  TypeSpec write() {
    TypeSpec.Builder type = TypeSpec.classBuilder(types.matcher())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addJavadoc("Finds the entry of the $L catalog ({@link $T}) a received code falls under, and"
                + " the typed exception for a failed response.\n",
            catalog.name(), types.catalogInterface())
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    generated.addTo(type);
    type.addField(codecField())
        .addMethod(match())
        .addMethod(forHttpStatus())
        .addMethod(toException())
        .addMethod(decode())
        .addMethod(decodeWithHeaders())
        .addMethod(encode())
        .addMethod(codec());
    type.addMethods(helpers);
    return type.build();
  }

  private MethodSpec match() {
    List<ErrorEntry> exact = new ArrayList<>();
    List<ErrorEntry> patterns = new ArrayList<>();
    for (ErrorEntry entry : catalog.entries()) {
      (entry.pattern() instanceof ExactCode ? exact : patterns).add(entry);
    }
    MethodSpec.Builder match = MethodSpec.methodBuilder("match")
        .addJavadoc("The entry {@code code} falls under: its exact code, else the narrowest range or"
            + " wildcard that contains it,\nelse {@link $T#UNKNOWN}. Case-sensitive; never throws,"
            + " {@code null} included.\n", errorCode)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(errorCode)
        .addParameter(String.class, "code")
        .beginControlFlow("if (code == null)")
        .addStatement("return $T.$N", errorCode, GeneratedNames.UNKNOWN)
        .endControlFlow();
    if (!exact.isEmpty()) {
      helpers.addAll(exactMethods(exact));
      match.addStatement("$T exact = exact(code)", errorCode)
          .beginControlFlow("if (exact != null)")
          .addStatement("return exact")
          .endControlFlow();
    }
    List<List<CodeBlock>> chunks = Chunks.split(patternChecks(patterns), Chunks.PATTERN_CHECKS,
        check -> 1);
    for (int i = 0; i < chunks.size(); i++) {
      String name = chunks.size() == 1 ? "pattern" : "pattern" + i;
      MethodSpec.Builder method = MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(errorCode)
          .addParameter(String.class, "code");
      if (i == 0) {
        method.addJavadoc("Ranges and wildcards, most specific first; {@code null} when none contains"
            + " {@code code}.\n");
      }
      chunks.get(i).forEach(method::addCode);
      helpers.add(method.addStatement("return null").build());
      match.addStatement("$T $N = $N(code)", errorCode, name + "Match", name)
          .beginControlFlow("if ($N != null)", name + "Match")
          .addStatement("return $N", name + "Match")
          .endControlFlow();
    }
    return match.addStatement("return $T.$N", errorCode, GeneratedNames.UNKNOWN).build();
  }

  /**
   * One {@code switch} when it fits a small method; else buckets by {@code hashCode}, each its own
   * method of a bounded size, dispatched by one small switch on the bucket number.
   */
  private List<MethodSpec> exactMethods(List<ErrorEntry> exact) {
    List<MethodSpec> methods = new ArrayList<>();
    if (exact.size() <= Chunks.SWITCH_CASES) {
      methods.add(exactSwitch("exact", exact)
          .addJavadoc("The entry of an exact code, or {@code null}.\n")
          .build());
      return methods;
    }
    int buckets = (exact.size() + Chunks.SWITCH_CASES - 1) / Chunks.SWITCH_CASES * 2;
    Map<Integer, List<ErrorEntry>> byBucket = new TreeMap<>();
    for (ErrorEntry entry : exact) {
      int bucket = Math.floorMod(entry.pattern().text().hashCode(), buckets);
      byBucket.computeIfAbsent(bucket, key -> new ArrayList<>()).add(entry);
    }
    CodeBlock.Builder dispatch = CodeBlock.builder()
        .beginControlFlow("switch ($T.floorMod(code.hashCode(), $L))", Math.class, buckets);
    for (Map.Entry<Integer, List<ErrorEntry>> bucket : byBucket.entrySet()) {
      String name = "exact" + bucket.getKey();
      dispatch.add("case $L:\n", bucket.getKey()).indent()
          .addStatement("return $N(code)", name).unindent();
      methods.add(exactSwitch(name, bucket.getValue()).build());
    }
    dispatch.add("default:\n").indent().addStatement("return null").unindent().endControlFlow();
    methods.add(0, MethodSpec.methodBuilder("exact")
        .addJavadoc("The entry of an exact code, or {@code null}: by bucket of {@code hashCode},"
            + " so that no method outgrows what the JIT compiles.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(errorCode)
        .addParameter(String.class, "code")
        .addCode(dispatch.build())
        .build());
    return methods;
  }

  private MethodSpec.Builder exactSwitch(String name, List<ErrorEntry> entries) {
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (code)");
    for (ErrorEntry entry : entries) {
      body.add("case $S:\n", entry.pattern().text()).indent()
          .addStatement("return $T.$N", errorCode, entry.name()).unindent();
    }
    body.add("default:\n").indent().addStatement("return null").unindent().endControlFlow();
    return MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(errorCode)
        .addParameter(String.class, "code")
        .addCode(body.build());
  }

  /**
   * The checks for ranges and wildcards, most specific (fewest codes) first, so the first hit wins.
   * Consecutive ranges of one prefix and width share one parse of the number.
   */
  private List<CodeBlock> patternChecks(List<ErrorEntry> patterns) {
    List<ErrorEntry> ordered = new ArrayList<>(patterns);
    ordered.sort(Comparator.comparing((ErrorEntry entry) -> entry.pattern().size())
        .thenComparing(entry -> entry.pattern().first())
        .thenComparing(entry -> entry.pattern().text()));
    List<CodeBlock> checks = new ArrayList<>();
    int i = 0;
    while (i < ordered.size()) {
      CodePattern pattern = ordered.get(i).pattern();
      if (pattern instanceof CodeRange range) {
        int end = i + 1;
        while (end < ordered.size() && end - i < Chunks.PATTERN_CHECKS
            && ordered.get(end).pattern() instanceof CodeRange next
            && next.prefix().equals(range.prefix()) && next.digits() == range.digits()) {
          end++;
        }
        checks.add(rangeBlock(range, ordered.subList(i, end)));
        i = end;
      } else {
        checks.add(wildcardCheck((CodeWildcard) pattern, ordered.get(i)));
        i++;
      }
    }
    return checks;
  }

  private CodeBlock rangeBlock(CodeRange shape, List<ErrorEntry> ranges) {
    CodeBlock.Builder block = CodeBlock.builder();
    if (shape.prefix().isEmpty()) {
      block.beginControlFlow("if (code.length() == $L)", shape.length());
    } else {
      block.beginControlFlow("if (code.length() == $L && code.startsWith($S))",
          shape.length(), shape.prefix());
    }
    block.addStatement("long number = $T.trailingNumber(code, $L)",
        RuntimeTypes.CODE_MATCHING, shape.prefix().length());
    for (ErrorEntry entry : ranges) {
      CodeRange range = (CodeRange) entry.pattern();
      block.beginControlFlow("if (number >= $LL && number <= $LL)", range.low(), range.high())
          .add("// $L\n", range.text())
          .addStatement("return $T.$N", errorCode, entry.name())
          .endControlFlow();
    }
    return block.endControlFlow().build();
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
    Map<Integer, ErrorEntry> byStatus = new TreeMap<>();
    for (ErrorEntry entry : catalog.entries()) {
      if (entry.httpStatus() != 0) {
        byStatus.merge(entry.httpStatus(), entry, MatcherWriter::preferredForStatus);
      }
    }
    CodeBlock.Builder body = CodeBlock.builder().beginControlFlow("switch (httpStatus)");
    for (Map.Entry<Integer, ErrorEntry> status : byStatus.entrySet()) {
      body.add("case $L:\n", status.getKey()).indent()
          .addStatement("return $T.$N", errorCode, status.getValue().name()).unindent();
    }
    body.add("default:\n").indent()
        .addStatement("return $T.$N", errorCode, GeneratedNames.UNKNOWN).unindent()
        .endControlFlow();
    return MethodSpec.methodBuilder("forHttpStatus")
        .addJavadoc("The entry that declares {@code httpStatus}, for a response that carries no code;"
            + " when several do,\nthe first exact code, else the first range, in code order;"
            + " {@link $T#UNKNOWN} when none does.\n", errorCode)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(errorCode)
        .addParameter(int.class, "httpStatus")
        .addCode(body.build())
        .build();
  }

  /** Entries come in code order: keep the first, unless a later exact code beats a range. */
  private static ErrorEntry preferredForStatus(ErrorEntry first, ErrorEntry later) {
    return first.pattern().isRange() && !later.pattern().isRange() ? later : first;
  }

  private MethodSpec toException() {
    MethodSpec.Builder method = MethodSpec.methodBuilder("toException")
        .addJavadoc("The typed exception for a failed response: its code {@link #match matched}, its"
            + " type the one the\nresponse names when the catalog declares it. A report without a code is"
            + " typed by its HTTP status\n({@link #forHttpStatus}). Never throws for any code.\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(types.exception())
        .addParameter(RuntimeTypes.ERROR_REPORT, "report")
        .addStatement("$T errorCode = report.code() != null ? match(report.code()) : forHttpStatus(report.httpStatus())",
            errorCode);
    List<List<ErrorEntry>> chunks = Chunks.split(catalog.entries(), Chunks.SWITCH_CASES);
    if (chunks.size() <= 1) {
      CodeBlock.Builder body = CodeBlock.builder().add("return switch (errorCode) {\n").indent();
      for (ErrorEntry entry : catalog.entries()) {
        body.add("case $N -> $L;\n", entry.name(), newException(entry));
      }
      body.add("case $N -> new $T(report);\n", GeneratedNames.UNKNOWN, types.unknownException());
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

  /** The envelope codec, built once from the catalog's {@code @Envelope}. */
  private FieldSpec codecField() {
    EnvelopeDef envelope = catalog.envelope();
    CodeBlock.Builder format = CodeBlock.builder().add("new $T($T.builder()$>$>", RuntimeTypes.ENVELOPE_CODEC,
        RuntimeTypes.ENVELOPE_FORMAT);
    if (envelope.code().equals(EnvelopeDef.HTTP_STATUS)) {
      format.add("\n.code($T.HTTP_STATUS)", RuntimeTypes.ENVELOPE_FORMAT);
    } else {
      optional(format, "code", envelope.code());
    }
    optional(format, "type", envelope.type());
    optional(format, "description", envelope.description());
    optional(format, "status", envelope.status());
    optional(format, "successStatus", envelope.successStatus());
    optional(format, "warningStatus", envelope.warningStatus());
    optional(format, "failureStatus", envelope.failureStatus());
    optional(format, "correlationId", envelope.correlationId());
    format.add("\n.defaultHttpStatus($L)", envelope.defaultHttpStatus());
    for (EnvelopeDef.AttributeDef attribute : envelope.attributes()) {
      format.add("\n.attribute($S, $S)", attribute.name(), attribute.pointer());
    }
    format.add("\n.build())$<$<");
    return FieldSpec.builder(RuntimeTypes.ENVELOPE_CODEC, "CODEC",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(format.build())
        .build();
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
        .addJavadoc("Decodes a response without headers; see {@link #decode(int, byte[], $T)}.\n", Map.class)
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
            + "@param headers the response headers, names in any case, as {@code HttpHeaders.map()} gives"
            + " them\n")
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
            + " catalog's envelope.\n{@link #decode(int, byte[], $T)} reads it back into an equal exception.\n",
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
            + "{@code codec().withLimits(limits).decode(status, body, headers, $T::toException)}.\n",
            types.matcher())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(RuntimeTypes.ENVELOPE_CODEC)
        .addStatement("return CODEC")
        .build();
  }

  private CodeBlock newException(ErrorEntry entry) {
    return catalog.leafGroupOf(entry.groupPath()).isPresent()
        ? CodeBlock.of("new $T(errorCode, report)", types.exceptionOf(entry))
        : CodeBlock.of("new $T(report)", types.exceptionOf(entry));
  }
}
