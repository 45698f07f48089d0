package dev.errata.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import dev.errata.annotations.Code;
import dev.errata.annotations.Description;
import dev.errata.annotations.Descriptions;
import dev.errata.annotations.ErrorCatalog;
import dev.errata.annotations.Group;
import dev.errata.annotations.HttpStatus;
import dev.errata.processor.evolution.ChangeLog;
import dev.errata.processor.evolution.EvolutionCheck;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.read.CatalogDeclaration;
import dev.errata.processor.read.CatalogReader;
import dev.errata.processor.read.JsonCatalogReader;
import dev.errata.processor.read.Located;
import dev.errata.processor.validate.CatalogNames;
import dev.errata.processor.validate.CatalogValidator;
import dev.errata.processor.validate.Diagnostics;
import dev.errata.processor.validate.SourceConflicts;
import dev.errata.processor.validate.ValidationReport;
import dev.errata.processor.write.CatalogDocsWriter;
import dev.errata.processor.write.CatalogJsonWriter;
import dev.errata.processor.write.CatalogWriter;
import dev.errata.processor.write.GeneratedAnnotation;
import dev.errata.processor.write.LongLines;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Generates typed error catalogs: for each {@code @ErrorCatalog} interface, reads it, validates it
 * (reporting every problem at the annotation value that caused it), and writes its enums, sealed
 * exceptions and matcher. Never lets an exception escape to the compiler.
 */
@AutoService(Processor.class)
public final class ErrataProcessor extends AbstractProcessor {

  /** Catalogs that referenced types not yet generated, retried next round by qualified name. */
  private final Set<String> deferred = new LinkedHashSet<>();
  /** The names of the catalogs seen so far, in every round, so no two in one package share one. */
  private final CatalogNames catalogNames = new CatalogNames();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(
        ErrorCatalog.class.getCanonicalName(),
        Code.class.getCanonicalName(),
        Group.class.getCanonicalName(),
        HttpStatus.class.getCanonicalName(),
        Description.class.getCanonicalName(),
        Descriptions.class.getCanonicalName(),
        // Put on our own output; unclaimed, javac's -Xlint:processing warns of it, failing -Werror builds.
        "javax.annotation.processing.Generated",
        "javax.annotation.Generated");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(EvolutionCheck.BASELINE_DIR_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    Set<TypeElement> catalogs = new LinkedHashSet<>();
    for (String name : deferred) {
      TypeElement element = processingEnv.getElementUtils().getTypeElement(name);
      if (element != null) {
        catalogs.add(element);
      }
    }
    deferred.clear();
    recordSourceTypes(round);
    catalogs.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(ErrorCatalog.class)));
    for (TypeElement catalog : catalogs) {
      processSafely(catalog, round.processingOver());
    }
    new StrayAnnotationCheck(processingEnv.getMessager()).check(round);
    // Claimed: javac's -Xlint:processing warns of annotations no processor claims.
    return true;
  }

  /**
   * Records the top-level types of this round's sources, so that a generated type never takes the name
   * of one: the ones Errata generated (in an earlier round, or an earlier build whose output an IDE
   * compiles again) carry its {@code @Generated} and are left out.
   */
  private void recordSourceTypes(RoundEnvironment round) {
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      if (type.getNestingKind().isNested() || generatedByErrata(type)) {
        continue;
      }
      Element at = type.getEnclosingElement();
      String packageName = at instanceof PackageElement pkg ? pkg.getQualifiedName().toString() : "";
      catalogNames.addSourceType(packageName, type.getSimpleName().toString());
    }
  }

  private static boolean generatedByErrata(TypeElement type) {
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      String name = annotation.getAnnotationType().toString();
      if (name.equals("javax.annotation.processing.Generated") || name.equals("javax.annotation.Generated")) {
        for (AnnotationValue value : annotation.getElementValues().values()) {
          // javax.annotation.processing.Generated takes one string, javax.annotation.Generated several.
          List<?> values = value.getValue() instanceof List<?> list ? list : List.of(value);
          if (values.stream().anyMatch(item -> item instanceof AnnotationValue one
              && GeneratedAnnotation.GENERATOR.equals(one.getValue()))) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private void processSafely(TypeElement element, boolean lastRound) {
    try {
      String unresolved = UnresolvedTypes.find(element);
      if (unresolved != null) {
        if (lastRound) {
          error(element, Diagnostics.UNRESOLVED.format(element.getQualifiedName(), unresolved));
        } else {
          deferred.add(element.getQualifiedName().toString());
        }
        return;
      }
      CatalogDeclaration declaration = new CatalogReader(processingEnv.getElementUtils()).read(element);
      if (!declaration.source().value().isEmpty()) {
        Optional<CatalogDeclaration> fromFile = readSource(declaration);
        if (fromFile.isEmpty()) {
          return;
        }
        declaration = fromFile.get();
      }
      CatalogValidator.Result result = CatalogValidator.validate(declaration, catalogNames);
      new ProblemPrinter(processingEnv).print(result.report());
      if (result.catalog().isPresent()) {
        Catalog catalog = result.catalog().get();
        String json = CatalogJsonWriter.resourceName(catalog);
        String base = json.substring(0, json.length() - ".json".length());
        EvolutionCheck.Result evolution = EvolutionCheck.check(
            processingEnv, declaration, CatalogJsonWriter.write(catalog), base);
        new ProblemPrinter(processingEnv).print(evolution.report());
        write(catalog, element);
        evolution.changeLog().ifPresent(log -> writeResource(element, ChangeLog.resourceName(base), log));
      }
    } catch (RuntimeException | Error e) {
      // A bug of ours must not crash javac: report it on the catalog, with what is needed to fix it.
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      error(element, Diagnostics.INTERNAL.format(element.getQualifiedName(), trace));
    }
  }

  /**
   * The declaration of a catalog read from its {@code source} file, or empty after reporting why it
   * cannot be: the file is missing, malformed, or the interface also declares the catalog in Java.
   */
  private Optional<CatalogDeclaration> readSource(CatalogDeclaration annotated) {
    ValidationReport report = new ValidationReport();
    SourceConflicts.check(annotated, report);
    String path = annotated.source().value();
    List<String> tried = new ArrayList<>();
    CatalogSources.Found found = CatalogSources.find(processingEnv.getFiler(), path, tried);
    Optional<CatalogDeclaration> declaration = Optional.empty();
    if (found == null) {
      report.report(Diagnostics.SOURCE_NOT_FOUND, annotated.source(), path, String.join("; ", tried), path);
    } else {
      JsonCatalogReader.Result read = JsonCatalogReader.read(annotated, path, found.text());
      for (Located<String> problem : read.problems()) {
        report.report(Diagnostics.SOURCE_FORMAT, problem, problem.value());
      }
      declaration = read.declaration();
    }
    if (!report.isClean()) {
      new ProblemPrinter(processingEnv).print(report);
      return Optional.empty();
    }
    return declaration;
  }

  private void write(Catalog catalog, TypeElement element) {
    CatalogWriter writer = new CatalogWriter(generatedAnnotation());
    for (JavaFile file : writer.write(catalog, element)) {
      String name = file.packageName() + "." + file.typeSpec().name();
      try {
        JavaFileObject source = processingEnv.getFiler().createSourceFile(name, element);
        try (Writer out = source.openWriter()) {
          out.write(LongLines.wrap(file.toString()));
        }
      } catch (IOException e) {
        error(element, "[ErrataWrite] could not write " + name + ": " + e.getMessage());
      }
    }
    writeResource(element, CatalogJsonWriter.resourceName(catalog), CatalogJsonWriter.write(catalog));
    for (String locale : catalog.locales()) {
      writeResource(element, CatalogDocsWriter.resourceName(catalog, locale),
          CatalogDocsWriter.write(catalog, locale));
    }
  }

  private void writeResource(TypeElement element, String name, String content) {
    try {
      FileObject resource = processingEnv.getFiler()
          .createResource(StandardLocation.CLASS_OUTPUT, "", name, element);
      try (Writer out = new OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8)) {
        out.write(content);
      }
    } catch (IOException e) {
      error(element, "[ErrataWrite] could not write " + name + ": " + e.getMessage());
    }
  }

  private GeneratedAnnotation generatedAnnotation() {
    boolean java9 = processingEnv.getSourceVersion().compareTo(SourceVersion.RELEASE_8) > 0;
    String[] candidates = java9
        ? new String[] {"javax.annotation.processing.Generated", "javax.annotation.Generated"}
        : new String[] {"javax.annotation.Generated"};
    for (String candidate : candidates) {
      if (processingEnv.getElementUtils().getTypeElement(candidate) != null) {
        return GeneratedAnnotation.of(candidate);
      }
    }
    return GeneratedAnnotation.none();
  }

  private void error(Element element, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }
}
