package dev.errata.processor.validate;

import dev.errata.annotations.CodeReading;
import dev.errata.processor.model.CodePattern;
import dev.errata.processor.model.CodePatternParser;
import dev.errata.processor.model.CodeSyntaxException;
import dev.errata.processor.model.Quoted;
import dev.errata.processor.read.CodeDeclaration;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a code's value the one way it is meant, and checks it against the catalog's {@code
 * codePattern}. A value holding {@code x} or {@code *} can be one code ({@code "expired_card"}) or a
 * wildcard ({@code "E2xx"}): {@code reading} says which, else the pattern decides, where it admits
 * exactly one of them. Anything else is an error that names the way out, never a guess.
 */
final class CodeReadingCheck {

  private final ValidationReport report;
  private final Pattern codePattern;
  private final CodeExamples examples;

  CodeReadingCheck(ValidationReport report, Pattern codePattern) {
    this.report = report;
    this.codePattern = codePattern;
    this.examples = new CodeExamples(codePattern);
  }

  /** The code {@code text} stands for, or empty after reporting why it stands for none. */
  Optional<CodePattern> read(CodeDeclaration code, String text) {
    CodeReading reading = CodeReading.valueOf(code.reading().value());
    try {
      return switch (reading) {
        case LITERAL -> checked(code, CodePatternParser.literal(text), text);
        case WILDCARD -> wildcard(code, text);
        case PATTERN -> byPattern(code, text);
      };
    } catch (CodeSyntaxException e) {
      Diagnostics diagnostic = e.reason() == CodeSyntaxException.Reason.RANGE_ORDER
          ? Diagnostics.RANGE_ORDER
          : Diagnostics.CODE_SYNTAX;
      report.report(diagnostic, code.at(), code.displayName(), message(e, text));
      return Optional.empty();
    }
  }

  private Optional<CodePattern> wildcard(CodeDeclaration code, String text) throws CodeSyntaxException {
    CodePattern pattern = CodePatternParser.parse(text);
    if (!CodePatternParser.hasWildcardCharacters(text)) {
      report.report(Diagnostics.READING_WITHOUT_WILDCARD, code.reading(), code.displayName(), Quoted.of(text),
          wildcardExample(text));
      return Optional.empty();
    }
    return checked(code, pattern, text);
  }

  private Optional<CodePattern> byPattern(CodeDeclaration code, String text) throws CodeSyntaxException {
    CodePattern written = CodePatternParser.parse(text);
    if (CodePatternParser.isRangeSyntax(text) || !CodePatternParser.hasWildcardCharacters(text)) {
      // One reading only: a range (no catalog writes ".." in a code), or a code without x or *.
      return checked(code, written, text);
    }
    CodePattern literal = CodePatternParser.literal(text);
    String wildcard = describeWildcard(text);
    if (codePattern == null) {
      undecided(code, text, wildcard, "and the catalog has no codePattern to decide",
          "give the catalog a codePattern that admits only one of them");
      return Optional.empty();
    }
    boolean literalFits = fits(literal).isEmpty();
    Optional<String> wildcardMisfit = fits(written);
    boolean wildcardFits = wildcardMisfit.isEmpty();
    if (literalFits && wildcardFits) {
      undecided(code, text, wildcard, "and codePattern \"" + codePattern.pattern() + "\" admits both",
          "narrow codePattern so that it admits only one of them");
      return Optional.empty();
    }
    if (!literalFits && !wildcardFits) {
      report.report(Diagnostics.CODE_PATTERN_MISMATCH_EITHER, code.at(), code.displayName(), Quoted.of(text),
          codePattern.pattern(), Quoted.of(wildcardMisfit.get()), marker(code, CodeReading.LITERAL),
          marker(code, CodeReading.WILDCARD));
      return Optional.empty();
    }
    return Optional.of(literalFits ? literal : written);
  }

  private void undecided(CodeDeclaration code, String text, String wildcard, String why, String orElse) {
    report.report(Diagnostics.CODE_READING_UNDECIDED, code.at(), code.displayName(), Quoted.of(text),
        wildcardCharacters(text), wildcard, why, marker(code, CodeReading.LITERAL),
        marker(code, CodeReading.WILDCARD), orElse);
  }

  /** The pattern, after reporting it when some code of it does not fit {@code codePattern}. */
  private Optional<CodePattern> checked(CodeDeclaration code, CodePattern pattern, String text) {
    Optional<String> misfit = fits(pattern);
    if (misfit.isPresent()) {
      String shown = misfit.get().equals(text)
          ? Quoted.of(text)
          : Quoted.of(misfit.get()) + " (of " + Quoted.of(text) + ")";
      report.report(Diagnostics.CODE_PATTERN_MISMATCH, code.at(), code.displayName(), shown,
          codePattern.pattern());
    }
    // Kept even when it does not fit (the catalog is then not built), so that its duplicates,
    // overlaps and name clashes are reported in the same pass.
    return Optional.of(pattern);
  }

  /** A code of {@code pattern} that {@code codePattern} rejects, or empty when all fit. */
  private Optional<String> fits(CodePattern pattern) {
    if (codePattern == null) {
      return Optional.empty();
    }
    for (String sample : PatternSamples.of(pattern)) {
      if (!codePattern.matcher(sample).matches()) {
        return Optional.of(sample);
      }
    }
    return Optional.empty();
  }

  /** How a user says the reading: the annotation element in Java, the key in a JSON file. */
  private static String marker(CodeDeclaration code, CodeReading reading) {
    return code.at().origin() != null
        ? "\"reading\": \"" + reading + "\""
        : "@Code(reading = CodeReading." + reading + ")";
  }

  private static String wildcardCharacters(String text) {
    boolean digit = text.indexOf('x') >= 0;
    boolean letter = text.indexOf('*') >= 0;
    return digit && letter ? "'x' and '*'" : digit ? "'x'" : "'*'";
  }

  /** The wildcard reading, by its lowest and highest codes: {@code "e0pired_card" to "e9pired_card"}. */
  private static String describeWildcard(String text) {
    String low = text.replace('x', '0').replace('*', '0');
    String high = text.replace('x', '9').replace('*', 'z');
    return Quoted.of(low) + " to " + Quoted.of(high);
  }

  /** {@code text} with its last character a digit made an {@code x}, to show what a wildcard looks like. */
  private String wildcardExample(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      if (Character.isDigit(text.charAt(i))) {
        return text.substring(0, i) + "x" + text.substring(i + 1);
      }
    }
    return "E2xx";
  }

  /** The parser's message, with examples that fit the catalog's codePattern. */
  private String message(CodeSyntaxException e, String text) {
    return switch (e.reason()) {
      case EMPTY -> "a code cannot be empty; write one such as \"" + examples.code() + "\"";
      case RANGE_SHAPE -> "range " + Quoted.of(text) + " is not two codes of the same width that differ"
          + " only in their trailing digits; write it as \"" + examples.range() + "\"";
      default -> e.getMessage();
    };
  }
}
