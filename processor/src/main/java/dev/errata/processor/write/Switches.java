package dev.errata.processor.write;

import com.palantir.javapoet.CodeBlock;

/**
 * The one {@code switch} style of generated code: arrow labels, never a fall-through or a
 * {@code break}. A switch whose every case is a value is an expression ({@link #expression}); one
 * whose cases run statements ({@link #statement}) leaves the switch when a case does not return.
 */
final class Switches {

  private Switches() {}

  /** {@code return switch (selector) { case label -> value; ... default -> value; };} */
  static Expression returning(CodeBlock selector) {
    return new Expression(CodeBlock.of("return"), selector);
  }

  /** {@code <assignment> switch (selector) { ... };}, such as {@code int index = switch (...)}. */
  static Expression expression(CodeBlock assignment, CodeBlock selector) {
    return new Expression(assignment, selector);
  }

  /** {@code switch (selector) { case label -> { statements } ... }}, with no default. */
  static Statement statement(CodeBlock selector) {
    return new Statement(selector);
  }

  /** A switch expression being written. */
  static final class Expression {

    private final CodeBlock.Builder code = CodeBlock.builder();

    private Expression(CodeBlock assignment, CodeBlock selector) {
      code.add("$L switch ($L) {\n$>", assignment, selector);
    }

    /** {@code case label -> value;}; {@code label} may list several, comma-separated. */
    Expression when(CodeBlock label, CodeBlock value) {
      code.add("case $L ->$W$L;\n", label, value);
      return this;
    }

    /** {@code case label -> value; // comment}. */
    Expression when(CodeBlock label, CodeBlock value, String comment) {
      code.add("case $L ->$W$L; // $L\n", label, value, comment);
      return this;
    }

    /** Ends with {@code default -> value;}. */
    CodeBlock otherwise(CodeBlock value) {
      return code.add("default -> $L;\n$<};\n", value).build();
    }

    /** Ends without a default: the cases cover every value of an enum. */
    CodeBlock exhaustive() {
      return code.add("$<};\n").build();
    }
  }

  /** A switch statement being written. */
  static final class Statement {

    private final CodeBlock.Builder code = CodeBlock.builder();

    private Statement(CodeBlock selector) {
      code.add("switch ($L) {\n$>", selector);
    }

    /** {@code case label -> { body }}. */
    Statement when(CodeBlock label, CodeBlock body) {
      code.add("case $L -> {\n$>$L$<}\n", label, body);
      return this;
    }

    /** {@code case label -> { // comment} then {@code body}. */
    Statement when(CodeBlock label, String comment, CodeBlock body) {
      code.add("case $L -> { // $L\n$>$L$<}\n", label, comment, body);
      return this;
    }

    CodeBlock end() {
      return code.add("$<}\n").build();
    }
  }
}
