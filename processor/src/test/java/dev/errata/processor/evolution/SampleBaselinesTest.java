package dev.errata.processor.evolution;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.errata.processor.Compilations;
import dev.errata.processor.ErrataProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each sample catalog against its checked-in baseline ({@code samples/src/baselines}, what the samples
 * build compiles with): no change, and so no note; an edit to a sample that changes its export fails
 * here and in the samples build until the baseline is updated (or the break accepted).
 */
class SampleBaselinesTest {

  private static final Path BASELINES = Compilations.projectFile("samples/src/baselines");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "khipu/KhipuErrors.java, dev.errata.samples.khipu.Khipu",
    "khipu/KhipuFailureReasons.java, dev.errata.samples.khipu.KhipuFailure",
    "khipu/KhipuHttpErrors.java, dev.errata.samples.khipu.KhipuHttp",
    "khipu/KhipuJsonErrors.java, dev.errata.samples.khipu.KhipuJson",
    "keybank/KeyBankErrors.java, dev.errata.samples.keybank.KeyBank",
    "stripe/StripeErrors.java, dev.errata.samples.stripe.Stripe",
    "google/GoogleErrors.java, dev.errata.samples.google.Google",
    "slack/SlackErrors.java, dev.errata.samples.slack.Slack",
    "twilio/TwilioErrors.java, dev.errata.samples.twilio.Twilio",
    "store/StoreErrors.java, dev.errata.samples.store.Store",
  })
  void eachSampleMatchesItsBaseline(String source, String exported) {
    assertThat(Files.isRegularFile(BASELINES.resolve(exported + ".json"))).isTrue();
    Compilation compilation = Compiler.javac()
        .withProcessors(new ErrataProcessor())
        .withOptions("--release", "17", "-Xlint:all", "-Werror",
            "-sourcepath", Compilations.projectFile("samples/src/main/resources").toString(),
            "-Aerrata.baselineDir=" + BASELINES)
        .compile(Compilations.sample(source));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.notes()).isEmpty();
    assertThat(Compilations.generatedResources(compilation).get("META-INF/errata/" + exported + ".changes.md"))
        .isEqualTo("# " + exported.substring(exported.lastIndexOf('.') + 1) + ": changes since "
            + exported + ".json\n\nNo changes.\n");
  }
}
