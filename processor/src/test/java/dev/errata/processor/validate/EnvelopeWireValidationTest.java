package dev.errata.processor.validate;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.validate.Catalogs.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The envelope's wire elements: JSON types, the warning and body HTTP status pointers, and the headers
 * it reads, each problem reported at the exact annotation value.
 */
class EnvelopeWireValidationTest {

  private static JavaFileObject source(String name, String text) {
    return JavaFileObjects.forSourceString("wire." + name, "package wire;\nimport dev.errata.annotations.*;\n" + text);
  }

  @Test
  void theWarningAndHttpStatusPointersAreChecked() {
    JavaFileObject source = source("Pointers", """
        @ErrorCatalog(name = "Pointers", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(
                warning = "warning",
                httpStatus = "/error/~code"))
        public interface Pointers {
          @Code(type = "FATAL") String ONE = "E1";
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[ErrataPointer] envelope warning = \"warning\" is not a JSON Pointer")
        .inFile(source).onLineContaining("warning = \"warning\"");
    assertThat(compilation).hadErrorContaining("[ErrataPointer] envelope httpStatus = \"/error/~code\"")
        .inFile(source).onLineContaining("httpStatus = \"/error/~code\"");
  }

  @Test
  void headerNamesMustBeHttpTokens() {
    JavaFileObject source = source("Headers", """
        @ErrorCatalog(name = "Headers", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(
                correlationIdHeader = "Request Id",
                retryHeader = "Should-Retry:"))
        public interface Headers {
          @Code(type = "FATAL") String ONE = "E1";
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[ErrataHeader] envelope correlationIdHeader = \"Request Id\" is not an HTTP header name")
        .inFile(source).onLineContaining("correlationIdHeader = \"Request Id\"");
    assertThat(compilation)
        .hadErrorContaining("[ErrataHeader] envelope retryHeader = \"Should-Retry:\" is not an HTTP header name")
        .inFile(source).onLineContaining("retryHeader = \"Should-Retry:\"");
  }

  @Test
  void theRetryHeaderIsNotRetryAfter() {
    JavaFileObject source = source("RetryAfter", """
        @ErrorCatalog(name = "RetryAfter", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(
                retryHeader = "retry-after"))
        public interface RetryAfter {
          @Code(type = "FATAL") String ONE = "E1";
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[ErrataHeader] envelope retryHeader = \"retry-after\" is the delay header")
        .inFile(source).onLineContaining("retryHeader = \"retry-after\"");
  }

  @Test
  void statusValuesMustFitTheirJsonType() {
    JavaFileObject source = source("Statuses", """
        @ErrorCatalog(name = "Statuses", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(
                status = "/ok",
                statusJson = JsonType.BOOLEAN,
                successStatus = "yes",
                warningStatus = "true",
                failureStatus = "False"))
        public interface Statuses {
          @Code(type = "FATAL") String ONE = "E1";
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(2);
    for (String line : List.of("successStatus = \"yes\"", "failureStatus = \"False\"")) {
      assertThat(compilation).hadErrorContaining("[ErrataEnvelopeJson]").inFile(source).onLineContaining(line);
    }
    assertThat(compilation).hadErrorContaining("[ErrataEnvelopeJson] envelope successStatus = \"yes\" cannot be"
        + " written as statusJson = BOOLEAN says. Write \"true\" or \"false\", or declare statusJson = JsonType.STRING.");

    JavaFileObject numbers = source("Numbers", """
        @ErrorCatalog(name = "Numbers", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(
                status = "/result",
                statusJson = JsonType.NUMBER,
                successStatus = "0",
                failureStatus = "01"))
        public interface Numbers {
          @Code(type = "FATAL") String ONE = "E1";
        }
        """);
    Compilation numbered = compile(numbers);
    assertThat(numbered).hadErrorCount(1);
    assertThat(numbered).hadErrorContaining("[ErrataEnvelopeJson] envelope failureStatus = \"01\"")
        .inFile(numbers).onLineContaining("failureStatus = \"01\"");
  }

  @Test
  void everyTokenCharacterIsAllowedInAHeaderName() {
    JavaFileObject source = source("Tokens", """
        @ErrorCatalog(name = "Tokens", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(
                correlationIdHeader = "azAZ09",
                retryHeader = "!#$%&'*+-.^_`|~"))
        public interface Tokens {
          @Code(type = "FATAL") String ONE = "E1";
        }
        """);
    assertThat(compile(source)).succeededWithoutWarnings();
  }

  @Test
  void aNumberStatusIsDigitsAfterAnOptionalMinus() {
    JavaFileObject source = source("Signed", """
        @ErrorCatalog(name = "Signed", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(
                status = "/result",
                statusJson = JsonType.NUMBER,
                successStatus = "-19",
                warningStatus = "1a",
                failureStatus = "-"))
        public interface Signed {
          @Code(type = "FATAL") String ONE = "E1";
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation).hadErrorContaining("[ErrataEnvelopeJson] envelope warningStatus = \"1a\" cannot be"
        + " written as statusJson = NUMBER says. Write a whole number such as \"0\"")
        .inFile(source).onLineContaining("warningStatus = \"1a\"");
    assertThat(compilation).hadErrorContaining("[ErrataEnvelopeJson] envelope failureStatus = \"-\"")
        .inFile(source).onLineContaining("failureStatus = \"-\"");
  }

  @Test
  void aWellFormedWireEnvelopeCompiles() {
    JavaFileObject source = source("Wire", """
        @ErrorCatalog(name = "Wire", codePattern = "[0-9]+",
            types = {@ErrorType(name = "FATAL"), @ErrorType(name = "NOTE", outcome = Outcome.WARNING)},
            envelope = @Envelope(
                code = "/code", codeJson = JsonType.NUMBER,
                status = "/ok", statusJson = JsonType.BOOLEAN, successStatus = "true", failureStatus = "false",
                warning = "/warning", httpStatus = "/status",
                correlationIdHeader = "X-Request-Id", retryHeader = "Should-Retry",
                attributes = @Attribute(name = "count", pointer = "/count", json = JsonType.NUMBER)))
        public interface Wire {
          @Code(type = "FATAL") String ONE = "1";
          @Code(type = "NOTE") String TWO = "2";
        }
        """);
    assertThat(compile(source)).succeededWithoutWarnings();
  }
}
