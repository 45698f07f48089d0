package dev.errata.processor.write;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Where the matcher's private methods go: the matcher itself, or, for a catalog too big for one
 * class's constant pool, nested classes of at most {@link Chunks#CASES_PER_CLASS} cases each.
 * Methods are listed in the order they are added, but for a dispatching method inserted at a
 * {@link #mark() mark} before the methods it calls.
 */
final class HelperPlacer {

  private final boolean nested;
  private final List<FieldSpec> fields = new ArrayList<>();
  private final List<MethodSpec> helpers = new ArrayList<>();
  /** Nested classes holding matching methods, for a catalog too big for the matcher's constant pool. */
  private final List<TypeSpec.Builder> holders = new ArrayList<>();
  private int holderCases;

  /** A placer for a catalog of {@code entries} entries: nested classes beyond what one class holds. */
  HelperPlacer(int entries) {
    this.nested = entries > Chunks.CASES_PER_CLASS;
  }

  /** Where a method written after the ones it calls is to be listed: before them. */
  int mark() {
    return helpers.size();
  }

  /** Lists {@code method} in the matcher at {@code mark}. */
  void insert(int mark, MethodSpec method) {
    helpers.add(mark, method);
  }

  /** Adds {@code field}, a table a look-up reads, to the matcher itself, after the fields before it. */
  void addField(FieldSpec field) {
    fields.add(field);
  }

  /** Lists {@code method} in the matcher itself, last so far, whatever the catalog's size. */
  void addToMatcher(MethodSpec method) {
    helpers.add(method);
  }

  /**
   * Adds a helper method with {@code cases} cases to the matcher, or, for a catalog too big for one
   * class's constant pool, to a nested class; returns the call of it on {@code code}.
   */
  CodeBlock place(MethodSpec method, int cases) {
    return place(method, cases, "code");
  }

  /** As {@link #place(MethodSpec, int)}, the call passing {@code arguments}. */
  CodeBlock place(MethodSpec method, int cases, String arguments) {
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

  /** Adds the fields and the placed methods to the matcher, then the nested classes. */
  void addTo(TypeSpec.Builder matcher) {
    matcher.addFields(fields);
    matcher.addMethods(helpers);
    holders.forEach(holder -> matcher.addType(holder.build()));
  }
}
