package dev.errata.processor.read;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Finds the file of {@code @ErrorCatalog(source = ...)}: in the class output first (where Maven and
 * Gradle copy {@code src/main/resources} before compiling), then the source path and the class path.
 */
public final class CatalogSources {

  /** A file found, and where. */
  public record Found(String text, String where) {}

  private static final List<StandardLocation> LOCATIONS = List.of(
      StandardLocation.CLASS_OUTPUT, StandardLocation.SOURCE_PATH, StandardLocation.CLASS_PATH);

  private CatalogSources() {}

  /**
   * The file at {@code path} (relative to the roots, such as {@code errors/khipu.json}), or {@code null}
   * when no location has it; {@code tried} then says where it was looked for and why it was not found.
   */
  public static Found find(Filer filer, String path, List<String> tried) {
    for (StandardLocation location : LOCATIONS) {
      FileObject file;
      try {
        file = filer.getResource(location, "", path);
      } catch (IOException | RuntimeException e) {
        // ECJ throws IllegalArgumentException for a location it does not support; Gradle's incremental
        // filer may refuse reads. Either way: not here, and say why.
        tried.add(location + " (" + describe(e) + ")");
        continue;
      }
      try {
        return new Found(file.getCharContent(true).toString(), location + " " + file.toUri());
      } catch (IOException | RuntimeException e) {
        tried.add(location + " " + file.toUri() + " (" + describe(e) + ")");
      }
    }
    return null;
  }

  /**
   * The declaration in the file that {@code annotated} names as its {@code source}, with the problems
   * of the file's shape; a file found nowhere is one problem, {@link SourceProblem.Kind#NOT_FOUND}.
   */
  public static JsonCatalogReader.Result read(Filer filer, CatalogDeclaration annotated) {
    String path = annotated.source().value();
    List<String> tried = new ArrayList<>();
    Found found = find(filer, path, tried);
    if (found == null) {
      return new JsonCatalogReader.Result(java.util.Optional.empty(),
          List.of(new SourceProblem(SourceProblem.Kind.NOT_FOUND, annotated.source().with(String.join("; ", tried)))));
    }
    return JsonCatalogReader.read(annotated, path, found.text());
  }

  private static String describe(Exception e) {
    String name = e.getClass().getSimpleName();
    return e instanceof java.io.FileNotFoundException || e instanceof java.nio.file.NoSuchFileException
        ? "not there"
        : name + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
