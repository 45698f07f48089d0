package dev.errata.processor.write;

import com.palantir.javapoet.CodeBlock;
import dev.errata.annotations.Outcome;
import dev.errata.processor.model.Catalog;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What the root exception of a catalog stands for, as its Javadoc says: true of the catalog's outcomes. */
final class RootExceptionDoc {

  private RootExceptionDoc() {}

  /**
   * The first paragraph of the root exception's Javadoc: a failed call; also a warning when the
   * catalog has a type of that outcome or its envelope names warnings, and a success when it has a
   * type of that outcome.
   */
  static CodeBlock summary(Catalog catalog, CatalogTypes types) {
    Set<Outcome> declared = EnumSet.noneOf(Outcome.class);
    catalog.types().forEach(type -> declared.add(type.outcome()));
    boolean warnings = declared.contains(Outcome.WARNING) || !catalog.envelope().warning().isEmpty();
    boolean successes = declared.contains(Outcome.SUCCESS);
    if (!warnings && !successes) {
      return CodeBlock.of("A failed call of the $L API, typed by its error code ({@link $T}).",
          catalog.name(), types.catalogInterface());
    }
    String others = warnings && successes ? "a warning or a success code" : warnings ? "a warning" : "a success code";
    List<String> outcomes = new ArrayList<>(List.of("a failure as {@code Decoded.Failure}"));
    if (warnings) {
      outcomes.add("a warning as {@code Decoded.Warning}");
    }
    if (successes) {
      outcomes.add("a success as {@code Decoded.Success}, which carries no exception");
    }
    String decoding = "Decoding returns " + String.join(", ", outcomes.subList(0, outcomes.size() - 1))
        + " and " + outcomes.get(outcomes.size() - 1) + ".";
    // The link, kept in one piece while wrapping, becomes {@link $T} so that JavaPoet imports the type.
    String link = "{@link\u0001" + types.catalogInterface().simpleName() + "}";
    String text = Javadoc.wrap("A failed call of the " + catalog.name() + " API, or a response with " + others
        + ", typed by its code (" + link + "). " + decoding);
    int at = text.indexOf(link);
    return CodeBlock.builder()
        .add("$L", text.substring(0, at))
        .add("{@link $T}", types.catalogInterface())
        .add("$L", text.substring(at + link.length()))
        .build();
  }
}
