package dev.errata.processor.build;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.processor.Compilations;
import dev.errata.processor.ErrataProcessor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/**
 * Gradle's isolating mode needs every generated file, source or resource, to name exactly the one
 * element it comes from:
 * the processor runs here behind a Filer that records what each file names.
 */
class OriginatingElementsTest {

  /** Generated file name to the qualified names of its originating elements. */
  private final Map<String, List<String>> origins = new LinkedHashMap<>();

  /** Runs {@link ErrataProcessor} with a Filer that records originating elements. */
  private final class RecordingProcessor extends AbstractProcessor {
    private final ErrataProcessor delegate = new ErrataProcessor();

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      Filer real = env.getFiler();
      Filer recording = (Filer) Proxy.newProxyInstance(Filer.class.getClassLoader(),
          new Class<?>[] {Filer.class}, (proxy, method, args) -> {
            if (args != null && args.length > 0 && args[args.length - 1] instanceof Element[] elements) {
              List<String> names = new ArrayList<>();
              for (Element element : elements) {
                names.add(((TypeElement) element).getQualifiedName().toString());
              }
              origins.put(String.valueOf(args[args.length - 2]), names);
            }
            try {
              return method.invoke(real, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          });
      ProcessingEnvironment recordingEnv = (ProcessingEnvironment) Proxy.newProxyInstance(
          ProcessingEnvironment.class.getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
          (proxy, method, args) -> method.getName().equals("getFiler") ? recording : method.invoke(env, args));
      delegate.init(recordingEnv);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }

  @Test
  void everyGeneratedFileNamesExactlyItsCatalogInterface() {
    String other = "package test;\n"
        + "import dev.errata.annotations.*;\n"
        + "@ErrorCatalog(name = \"Other\", types = @ErrorType(name = \"FATAL\"))\n"
        + "public interface OtherErrors {\n"
        + "  @Code(type = \"FATAL\") String BROKEN = \"X1\";\n"
        + "}\n";
    Compilation compilation = Compiler.javac()
        .withProcessors(new RecordingProcessor())
        .compile(Compilations.catalog("good/ShopErrors.java"),
            JavaFileObjects.forSourceString("test.OtherErrors", other));
    assertThat(compilation).succeeded();

    assertThat(origins.keySet()).containsAtLeast("test.ShopMatcher", "test.ShopErrorCode",
        "test.ShopOrdersException", "test.OtherMatcher", "META-INF/errata/test.Shop.json",
        "META-INF/errata/test.Shop.pt-BR.md", "META-INF/errata/test.Other.en.md");
    assertThat(origins).hasSize(Compilations.generatedSources(compilation).size()
        + Compilations.generatedResources(compilation).size());
    origins.forEach((file, elements) -> {
      String expected = file.contains("Shop") ? "test.ShopErrors" : "test.OtherErrors";
      assertWithMessage("originating elements of %s", file).that(elements).containsExactly(expected);
    });
  }
}
