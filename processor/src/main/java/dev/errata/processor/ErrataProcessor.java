package dev.errata.processor;

import com.google.auto.service.AutoService;
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
import dev.errata.processor.read.CatalogSources;
import dev.errata.processor.read.JsonCatalogReader;
import dev.errata.processor.validate.CatalogNames;
import dev.errata.processor.validate.CatalogValidator;
import dev.errata.processor.validate.Diagnostics;
import dev.errata.processor.validate.SourceConflicts;
import dev.errata.processor.validate.ValidationReport;
import dev.errata.processor.write.CatalogJsonWriter;
import dev.errata.processor.write.CatalogWriter;
import dev.errata.processor.write.GeneratedFile;
import dev.errata.processor.write.GeneratedAnnotation;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
        JsonCatalogReader.Result read = CatalogSources.read(processingEnv.getFiler(), declaration);
        ValidationReport sourceReport = SourceConflicts.check(declaration, read);
        if (!sourceReport.isClean() || read.declaration().isEmpty()) {
          new ProblemPrinter(processingEnv).print(sourceReport);
          return;
        }
        declaration = read.declaration().get();
      }
      CatalogValidator.Result result = CatalogValidator.validate(declaration, catalogNames);
      new ProblemPrinter(processingEnv).print(result.report());
      if (result.catalog().isPresent()) {
        Catalog catalog = result.catalog().get();
        String json = CatalogJsonWriter.resourceName(catalog);
        String base = json.substring(0, json.length() - ".json".length());
        EvolutionCheck.Result evolution = EvolutionCheck.check(
            processingEnv, declaration, () -> CatalogJsonWriter.write(catalog), base);
        new ProblemPrinter(processingEnv).print(evolution.report());
        List<GeneratedFile> files = new ArrayList<>(new CatalogWriter(generatedAnnotation()).write(catalog, element));
        evolution.changeLog().ifPresent(log -> files.add(
            new GeneratedFile(GeneratedFile.Kind.RESOURCE, ChangeLog.resourceName(base), log)));
        new GeneratedFileWriter(processingEnv.getFiler(), processingEnv.getMessager()).write(files, element);
      }
    } catch (RuntimeException | Error e) {
      // A bug of ours must not crash javac: report it on the catalog, with what is needed to fix it.
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      error(element, Diagnostics.INTERNAL.format(element.getQualifiedName(), trace));
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
