package dev.errata.processor.evolution;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.processor.read.CatalogDeclaration;
import dev.errata.processor.read.JsonCatalogReader;
import dev.errata.processor.read.Located;
import dev.errata.processor.read.SourceProblem;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The processor jar's command line: {@code java -jar errata-processor.jar diff OLD.json NEW.json}
 * compares two exported catalogs without a compiler and prints the change log. Exits 0 when nothing
 * breaks clients, 1 when something does, 2 for wrong usage or a file that cannot be read.
 */
public final class DiffCommand {

  /** Nothing breaks clients. */
  public static final int COMPATIBLE = 0;
  /** Something breaks clients. */
  public static final int BREAKING = 1;
  /** Wrong arguments, or a file that cannot be read as a catalog. */
  public static final int UNUSABLE = 2;

  private static final String USAGE = "usage: java -jar errata-processor.jar diff OLD.json NEW.json";

  private DiffCommand() {}

  /** Runs the command and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the command, printing to {@code out} and {@code err}; returns its exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length != 3 || !args[0].equals("diff")) {
      err.println(USAGE);
      return UNUSABLE;
    }
    Optional<Snapshot> old = read(args[1], err);
    Optional<Snapshot> now = read(args[2], err);
    if (old.isEmpty() || now.isEmpty()) {
      return UNUSABLE;
    }
    List<Change> changes = CatalogDiff.compare(old.get(), now.get());
    out.print(ChangeLog.write(now.get(), args[1], changes, Set.of()));
    out.flush();
    return changes.stream().anyMatch(Change::breaking) ? BREAKING : COMPATIBLE;
  }

  /** The catalog exported to {@code path}, read as a {@code source} file is; empty after saying why not. */
  private static Optional<Snapshot> read(String path, PrintStream err) {
    String json;
    try {
      json = Files.readString(Path.of(path), StandardCharsets.UTF_8);
    } catch (IOException | RuntimeException e) {
      err.println("errata diff: cannot read " + path + ": " + e);
      return Optional.empty();
    }
    String name;
    try {
      JsonNode root = new ObjectMapper().readTree(json);
      name = root != null && root.path("name").isTextual() ? root.path("name").asText() : "Catalog";
    } catch (IOException e) {
      name = "Catalog";
    }
    Located<String> none = new Located<>("", null, null, null);
    CatalogDeclaration annotated = new CatalogDeclaration(null, null, none.with(name), none,
        none.with(List.of()), List.of(), none, null, none.with(path), null, List.of(), List.of());
    JsonCatalogReader.Result read = JsonCatalogReader.read(annotated, path, json);
    for (SourceProblem problem : read.problems()) {
      err.println("errata diff: " + problem.at().origin() + ": " + problem.at().value());
    }
    if (!read.problems().isEmpty() || read.declaration().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Snapshot.of(read.declaration().get()));
  }
}
