package dev.errata.processor;

import dev.errata.processor.validate.Diagnostics;
import dev.errata.processor.write.GeneratedFile;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * The one place that writes through the {@link Filer}: every source and resource of a catalog, each
 * with the catalog interface as its originating element; a file that cannot be written is an
 * {@code [ErrataWrite]} error on the catalog, and the others are still written.
 */
final class GeneratedFileWriter {

  private final Filer filer;
  private final Messager messager;

  GeneratedFileWriter(Filer filer, Messager messager) {
    this.filer = filer;
    this.messager = messager;
  }

  void write(List<GeneratedFile> files, Element catalog) {
    for (GeneratedFile file : files) {
      try {
        // A source in the compiler's encoding, which is the one it reads it back in; a resource in UTF-8.
        try (Writer writer = file.kind() == GeneratedFile.Kind.SOURCE
            ? filer.createSourceFile(file.name(), catalog).openWriter()
            : new OutputStreamWriter(
                filer.createResource(StandardLocation.CLASS_OUTPUT, "", file.name(), catalog).openOutputStream(),
                StandardCharsets.UTF_8)) {
          writer.write(file.content());
        }
      } catch (IOException e) {
        messager.printMessage(Diagnostic.Kind.ERROR, Diagnostics.WRITE.format(file.name(), e.getMessage()),
            catalog);
      }
    }
  }
}
