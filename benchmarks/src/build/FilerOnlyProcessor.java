import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * The floor of any processor's cost, for {@code processor-cost.sh}: writes files already generated
 * (by Errata, in an earlier compile) through the {@code Filer} in the first round, and does nothing
 * else. What a build then pays over {@code -proc:none} is javac's own: its processing rounds, the
 * {@code Filer}'s checks of each new type name, compiling the new sources in a round of their own.
 *
 * <p>Options: {@code -Afiler.sources=<dir>} (Java files, by package folder) and {@code
 * -Afiler.resources=<dir>} (files written to the class output under their relative path).
 */
public final class FilerOnlyProcessor extends AbstractProcessor {

  private boolean written;

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of("filer.sources", "filer.resources");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (written || round.getRootElements().isEmpty()) {
      return false;
    }
    written = true;
    TypeElement origin = (TypeElement) round.getRootElements().iterator().next();
    Path sources = Path.of(processingEnv.getOptions().get("filer.sources"));
    Path resources = Path.of(processingEnv.getOptions().get("filer.resources"));
    try {
      for (Path file : files(sources)) {
        String relative = sources.relativize(file).toString();
        String type = relative.substring(0, relative.length() - ".java".length()).replace('/', '.');
        try (Writer out = processingEnv.getFiler().createSourceFile(type, origin).openWriter()) {
          out.write(Files.readString(file));
        }
      }
      for (Path file : files(resources)) {
        try (Writer out = processingEnv.getFiler()
            .createResource(StandardLocation.CLASS_OUTPUT, "", resources.relativize(file).toString(), origin)
            .openWriter()) {
          out.write(Files.readString(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }

  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
