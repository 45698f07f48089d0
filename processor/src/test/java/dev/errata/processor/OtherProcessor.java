package dev.errata.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/** Another processor of the build: generates one source file in its first round, for tests of deferral. */
public final class OtherProcessor extends AbstractProcessor {

  private final String qualifiedName;
  private final String source;
  private boolean done;

  /** A processor that writes {@code source} as the type {@code qualifiedName}. */
  public OtherProcessor(String qualifiedName, String source) {
    this.qualifiedName = qualifiedName;
    this.source = source;
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (!done) {
      done = true;
      try (Writer out = processingEnv.getFiler().createSourceFile(qualifiedName).openWriter()) {
        out.write(source);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return false;
  }
}
