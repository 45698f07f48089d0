package dev.errata.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import java.util.Optional;

/**
 * The {@code @Generated} annotation to put on generated types: whichever of {@code
 * javax.annotation.processing.Generated} and {@code javax.annotation.Generated} the user's release can
 * see, or none; never with a date, so output stays reproducible.
 */
public final class GeneratedAnnotation {

  /** The processor named in {@code @Generated}. */
  public static final String GENERATOR = "dev.errata.processor.ErrataProcessor";

  private final Optional<ClassName> type;

  private GeneratedAnnotation(Optional<ClassName> type) {
    this.type = type;
  }

  /** Uses the annotation with this qualified name. */
  public static GeneratedAnnotation of(String qualifiedName) {
    return new GeneratedAnnotation(Optional.of(ClassName.bestGuess(qualifiedName)));
  }

  /** Puts no {@code @Generated} on anything. */
  public static GeneratedAnnotation none() {
    return new GeneratedAnnotation(Optional.empty());
  }

  void addTo(TypeSpec.Builder builder) {
    type.ifPresent(name ->
        builder.addAnnotation(AnnotationSpec.builder(name).addMember("value", "$S", GENERATOR).build()));
  }
}
