package dev.errata.processor.validate;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.validate.Catalogs.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.processor.Compilations;
import java.util.Map;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Envelope(format = PROBLEM_DETAILS)}: the type prefix, the elements the format fixes, the
 * pointers beside its members and the codes after the prefix, each problem at the exact value.
 */
class ProblemDetailsValidationTest {

  private static JavaFileObject source(String name, String text) {
    return JavaFileObjects.forSourceString("problems." + name,
        "package problems;\nimport dev.errata.annotations.*;\n" + text);
  }

  @Test
  void aWellFormedProblemDetailsCatalogCompilesAndExportsItsFormat() {
    JavaFileObject source = source("Store", """
        @ErrorCatalog(name = "Store", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(
                format = Envelope.Format.PROBLEM_DETAILS,
                typePrefix = "https://example.com/probs/",
                type = "/errorType",
                correlationIdHeader = "Request-Id",
                attributes = @Attribute(name = "balance", pointer = "/balance", json = JsonType.NUMBER)))
        public interface Store {
          @Code(type = "FATAL", http = 403) String OUT_OF_CREDIT = "out-of-credit";
          @Code(type = "FATAL", http = 400, reading = CodeReading.LITERAL) String ODD = "a!$&'()*+,;=:@._~b";
          @Code(type = "FATAL", http = 400) String RANGE = "E100..E199";
        }
        """);
    Compilation compilation = compile(source);

    assertThat(compilation).succeededWithoutWarnings();
    String export = Compilations.generatedResources(compilation).get("META-INF/errata/problems.Store.json");
    assertThat(export).contains("\"format\" : \"PROBLEM_DETAILS\",\n"
        + "    \"typePrefix\" : \"https://example.com/probs/\",\n"
        + "    \"code\" : \"/type\",\n"
        + "    \"type\" : \"/errorType\",\n"
        + "    \"description\" : \"/detail\",");
    assertThat(export).contains("\"correlationId\" : \"/instance\"");
    assertThat(export).contains("\"httpStatus\" : \"/status\"");
  }

  @Test
  void theTypePrefixMustBeAnAbsoluteUri() {
    JavaFileObject source = source("Prefixes", """
        @ErrorCatalog(name = "Prefixes", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(format = Envelope.Format.PROBLEM_DETAILS,
                typePrefix = "/problems/"))
        public interface Prefixes {
          @Code(type = "FATAL") String ONE = "one";
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataProblemDetails] envelope typePrefix = \"/problems/\" is not"
        + " an absolute URI (it has no scheme, such as https:). Write the URI every problem type starts with")
        .inFile(source).onLineContaining("typePrefix = \"/problems/\"");

    JavaFileObject spaced = source("Spaced", """
        @ErrorCatalog(name = "Spaced", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(format = Envelope.Format.PROBLEM_DETAILS,
                typePrefix = "https://example.com/my problems/"))
        public interface Spaced {
          @Code(type = "FATAL") String ONE = "one";
        }
        """);
    Compilation withSpace = compile(spaced);
    assertThat(withSpace).hadErrorCount(1);
    assertThat(withSpace).hadErrorContaining("[ErrataProblemDetails] envelope typePrefix ="
        + " \"https://example.com/my problems/\" is not an absolute URI (Illegal character in path at index 22)")
        .inFile(spaced).onLineContaining("typePrefix =");
  }

  @Test
  void theFormatNeedsAPrefixAndOnlyItTakesOne() {
    JavaFileObject source = source("Missing", """
        @ErrorCatalog(name = "Missing", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(
                format = Envelope.Format.PROBLEM_DETAILS))
        public interface Missing {
          @Code(type = "FATAL") String ONE = "one";
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[ErrataProblemDetails] envelope format = PROBLEM_DETAILS needs a"
        + " typePrefix").inFile(source).onLineContaining("format = Envelope.Format.PROBLEM_DETAILS");

    JavaFileObject unused = source("Unused", """
        @ErrorCatalog(name = "Unused", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(
                typePrefix = "https://example.com/probs/"))
        public interface Unused {
          @Code(type = "FATAL") String ONE = "one";
        }
        """);
    Compilation unusedPrefix = compile(unused);
    assertThat(unusedPrefix).hadErrorCount(1);
    assertThat(unusedPrefix).hadErrorContaining("[ErrataProblemDetails] envelope typePrefix ="
        + " \"https://example.com/probs/\" is read only by problem details. Add format ="
        + " Envelope.Format.PROBLEM_DETAILS, or remove typePrefix.")
        .inFile(unused).onLineContaining("typePrefix =");
  }

  @Test
  void elementsTheFormatFixesAreReportedWhereTheyAreSet() {
    JavaFileObject source = source("Fixed", """
        @ErrorCatalog(name = "Fixed", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(format = Envelope.Format.PROBLEM_DETAILS,
                typePrefix = "https://example.com/probs/",
                code = "/error/code",
                codeJson = JsonType.NUMBER,
                description = "/message",
                status = "/ok",
                successStatus = "true",
                httpStatus = "/code",
                warning = "/warning"))
        public interface Fixed {
          @Code(type = "FATAL") String ONE = "one";
        }
        """);
    Compilation compilation = compile(source);
    // description = "/message" is @Envelope's default: the format reads /detail whatever it says.
    assertThat(compilation).hadErrorCount(6);
    assertThat(compilation).hadErrorContaining("[ErrataProblemDetails] envelope code = \"/error/code\" cannot be"
        + " set with format = PROBLEM_DETAILS: the code is the problem's \"type\" member (the HTTP status's entry"
        + " when it is about:blank or absent). Remove it.")
        .inFile(source).onLineContaining("code = \"/error/code\"");
    Map<String, String> fixed = Map.of(
        "codeJson = \"NUMBER\"", "codeJson = JsonType.NUMBER",
        "status = \"/ok\"", "status = \"/ok\"",
        "successStatus = \"true\"", "successStatus = \"true\"",
        "httpStatus = \"/code\"", "httpStatus = \"/code\"",
        "warning = \"/warning\"", "warning = \"/warning\"");
    fixed.forEach((message, line) -> assertThat(compilation)
        .hadErrorContaining("[ErrataProblemDetails] envelope " + message + " cannot be set with format ="
            + " PROBLEM_DETAILS")
        .inFile(source).onLineContaining(line));
  }

  @Test
  void theRestOfTheFixedElementsAreReportedAndWhatTheFormatSaysIsAllowed() {
    JavaFileObject source = source("FixedToo", """
        @ErrorCatalog(name = "FixedToo", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(format = Envelope.Format.PROBLEM_DETAILS,
                typePrefix = "https://example.com/probs/",
                code = "/type",
                description = "/reason",
                httpStatus = "/status",
                statusJson = JsonType.NUMBER,
                warningStatus = "1",
                failureStatus = "2"))
        public interface FixedToo {
          @Code(type = "FATAL") String ONE = "one";
        }
        """);
    Compilation compilation = compile(source);
    // code = "/type" and httpStatus = "/status" say what the format says: allowed.
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining("[ErrataProblemDetails] envelope description = \"/reason\" cannot"
        + " be set with format = PROBLEM_DETAILS: the description is the \"detail\" member. Remove it.")
        .inFile(source).onLineContaining("description = \"/reason\"");
    Map<String, String> fixed = Map.of(
        "statusJson = \"NUMBER\"", "statusJson = JsonType.NUMBER",
        "warningStatus = \"1\"", "warningStatus = \"1\"",
        "failureStatus = \"2\"", "failureStatus = \"2\"");
    fixed.forEach((message, line) -> assertThat(compilation)
        .hadErrorContaining("[ErrataProblemDetails] envelope " + message + " cannot be set with format ="
            + " PROBLEM_DETAILS: a problem detail has no success or warning status: its HTTP status says it")
        .inFile(source).onLineContaining(line));
  }

  @Test
  void pointersBesideTheFormatMustNotPointIntoItsMembers() {
    JavaFileObject source = source("Members", """
        @ErrorCatalog(name = "Members", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(format = Envelope.Format.PROBLEM_DETAILS,
                typePrefix = "https://example.com/probs/",
                type = "/title",
                attributes = {
                    @Attribute(name = "where", pointer = "/instance"),
                    @Attribute(name = "kind", pointer = "/type/0")}))
        public interface Members {
          @Code(type = "FATAL") String ONE = "one";
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation).hadErrorContaining("[ErrataProblemDetails] envelope type = \"/title\" points into the"
        + " problem detail's \"title\" member, which the format fills itself. Point it at an extension member")
        .inFile(source).onLineContaining("type = \"/title\"");
    assertThat(compilation).hadErrorContaining("[ErrataProblemDetails] envelope attribute where = \"/instance\""
        + " points into the problem detail's \"instance\" member, which the format fills itself (as the"
        + " correlation id; name another member in correlationId")
        .inFile(source).onLineContaining("pointer = \"/instance\"");
    assertThat(compilation).hadErrorContaining("[ErrataProblemDetails] envelope attribute kind = \"/type/0\"")
        .inFile(source).onLineContaining("pointer = \"/type/0\"");

    JavaFileObject apart = source("Apart", """
        @ErrorCatalog(name = "Apart", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(format = Envelope.Format.PROBLEM_DETAILS,
                typePrefix = "https://example.com/probs/",
                correlationId = "/traceId",
                attributes = @Attribute(name = "where", pointer = "/instance")))
        public interface Apart {
          @Code(type = "FATAL") String ONE = "one";
        }
        """);
    Compilation kept = compile(apart);
    assertThat(kept).succeededWithoutWarnings();
    assertThat(Compilations.generatedResources(kept).get("META-INF/errata/problems.Apart.json"))
        .contains("\"correlationId\" : \"/traceId\"");
  }

  @Test
  void codesMustFitInAUriPathSegment() {
    JavaFileObject source = source("Segments", """
        @ErrorCatalog(name = "Segments", types = @ErrorType(name = "FATAL"),
            envelope = @Envelope(format = Envelope.Format.PROBLEM_DETAILS,
                typePrefix = "https://example.com/probs/"))
        public interface Segments {
          @Code(type = "FATAL") String NESTED = "credit/out";
          @Code(type = "FATAL") String PERCENT = "100%";
          @Code(type = "FATAL") String ACCENT = "crédito";
          @Code(type = "FATAL") String DOT = ".";
          @Code(type = "FATAL") String FINE = "fine";
        }
        """);
    Compilation compilation = compile(source);
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation).hadErrorContaining("[ErrataProblemDetails] code Segments.NESTED = \"credit/out\" cannot"
        + " follow typePrefix in a problem type URI: '/' would start another path segment. Use letters, digits")
        .inFile(source).onLineContaining("String NESTED");
    assertThat(compilation).hadErrorContaining("code Segments.PERCENT = \"100%\" cannot follow typePrefix in a"
        + " problem type URI: \"%\" would have to be percent-encoded")
        .inFile(source).onLineContaining("String PERCENT");
    assertThat(compilation).hadErrorContaining("code Segments.ACCENT = \"crédito\" cannot follow typePrefix in a"
        + " problem type URI: \"é\" would have to be percent-encoded")
        .inFile(source).onLineContaining("String ACCENT");
    assertThat(compilation).hadErrorContaining("code Segments.DOT = \".\" cannot follow typePrefix in a problem"
        + " type URI: \".\" is a dot segment, which resolving a URI removes")
        .inFile(source).onLineContaining("String DOT");
  }
}
