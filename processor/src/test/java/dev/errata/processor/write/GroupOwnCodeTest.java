package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.ErrorReport;
import dev.errata.processor.Compilations;
import dev.errata.processor.ErrataProcessor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A group's own code, as HTTP classes and SQLSTATE classes are written: the group's class is that
 * code's, concrete and still sealed over the group's other classes, so catching it catches them all
 * and a switch names the specific ones first.
 */
class GroupOwnCodeTest {

  private static final String HTTP = """
      package web;
      import dev.errata.annotations.*;
      @ErrorCatalog(name = "Http", codePattern = "\\\\d{3}", types = @ErrorType(name = "FATAL"),
          envelope = @Envelope(code = Envelope.HTTP_STATUS))
      public interface HttpErrors {
        @Group(type = "FATAL")
        interface ClientError {
          @Code String CLIENT_ERROR = "4xx";
          @Code String NOT_FOUND = "404";
          @Code String CONFLICT = "409";
          @Group interface Auth {
            @Code String UNAUTHORIZED = "401";
            @Code String FORBIDDEN = "403";
          }
        }
        @Group(type = "FATAL")
        interface ServerError {
          @Code String SERVER_ERROR = "5xx";
        }
      }
      """;

  private static final String SQLSTATE = """
      package sql;
      import dev.errata.annotations.*;
      @ErrorCatalog(name = "SqlState", codePattern = "[0-9A-Z]{5}", types = @ErrorType(name = "FATAL"))
      public interface SqlStates {
        @Group(type = "FATAL")
        interface ConnectionException {
          @Code String CONNECTION_EXCEPTION = "08000";
          @Code String CONNECTION_EXCEPTION_CLASS = "08***";
          @Code String CONNECTION_DOES_NOT_EXIST = "08003";
          @Code String CONNECTION_FAILURE = "08006";
        }
        @Group(type = "FATAL", leaf = true)
        interface DataException {
          @Code String DATA_EXCEPTION = "22000";
          @Code String DIVISION_BY_ZERO = "22012";
        }
      }
      """;

  private static Compilation http;
  private static ClassLoader web;
  private static ClassLoader sql;

  @BeforeAll
  static void compile() {
    http = Compilations.compile(JavaFileObjects.forSourceString("web.HttpErrors", HTTP));
    assertThat(http).succeededWithoutWarnings();
    web = Compilations.classLoader(http);
    Compilation states = Compilations.compile(JavaFileObjects.forSourceString("sql.SqlStates", SQLSTATE));
    assertThat(states).succeededWithoutWarnings();
    sql = Compilations.classLoader(states);
  }

  private static CatalogException toException(ClassLoader loader, String matcher, String code)
      throws ReflectiveOperationException {
    Method toException = loader.loadClass(matcher).getMethod("toException", ErrorReport.class);
    return (CatalogException) toException.invoke(null, ErrorReport.ofCode(code));
  }

  @Test
  void theGroupsClassIsItsOwnCodesConcreteAndSealedOverTheRest() throws ReflectiveOperationException {
    Class<?> clientError = web.loadClass("web.HttpClientErrorException");
    assertThat(Modifier.isAbstract(clientError.getModifiers())).isFalse();
    assertThat(clientError.isSealed()).isTrue();
    assertThat(Arrays.stream(clientError.getPermittedSubclasses()).map(Class::getSimpleName).toList())
        .containsExactly("HttpAuthException", "HttpConflictException", "HttpNotFoundException");
    // A group with nothing but its own code: final.
    Class<?> serverError = web.loadClass("web.HttpServerErrorException");
    assertThat(Modifier.isFinal(serverError.getModifiers())).isTrue();
    // The own codes have no classes besides their groups'.
    assertThat(Compilations.generatedSources(http).keySet()).containsExactly("web.HttpAuthException",
        "web.HttpClientErrorException", "web.HttpConflictException", "web.HttpErrorCode", "web.HttpErrorType",
        "web.HttpException", "web.HttpForbiddenException", "web.HttpMatcher", "web.HttpNotFoundException",
        "web.HttpServerErrorException", "web.HttpUnauthorizedException", "web.HttpUnknownException");
  }

  @Test
  void anyCodeOfTheGroupIsAnInstanceOfItsClass() throws ReflectiveOperationException {
    Class<?> clientError = web.loadClass("web.HttpClientErrorException");
    CatalogException teapot = toException(web, "web.HttpMatcher", "418");
    assertThat(teapot.getClass()).isEqualTo(clientError);
    assertThat(teapot.errorCode().name()).isEqualTo("CLIENT_ERROR");
    for (String code : new String[] {"404", "409", "401", "403"}) {
      CatalogException e = toException(web, "web.HttpMatcher", code);
      assertThat(clientError.isInstance(e)).isTrue();
      assertThat(e.getClass()).isNotEqualTo(clientError);
    }
    assertThat(toException(web, "web.HttpMatcher", "401").getClass().getSuperclass().getSimpleName())
        .isEqualTo("HttpAuthException");
    assertThat(clientError.isInstance(toException(web, "web.HttpMatcher", "503"))).isFalse();
  }

  @Test
  void sqlStateClassesReadAsTheirDocsWriteThem() throws ReflectiveOperationException {
    Class<?> connection = sql.loadClass("sql.SqlStateConnectionExceptionException");
    assertThat(toException(sql, "sql.SqlStateMatcher", "08000").getClass()).isEqualTo(connection);
    CatalogException other = toException(sql, "sql.SqlStateMatcher", "08P01");
    assertThat(other.errorCode().name()).isEqualTo("CONNECTION_EXCEPTION_CLASS");
    assertThat(connection.isInstance(other)).isTrue();
    assertThat(toException(sql, "sql.SqlStateMatcher", "08006").getClass().getSimpleName())
        .isEqualTo("SqlStateConnectionFailureException");
    // In a leaf group, every code's class is the group's anyway.
    assertThat(toException(sql, "sql.SqlStateMatcher", "22000").getClass().getSimpleName())
        .isEqualTo("SqlStateDataExceptionException");
    assertThat(toException(sql, "sql.SqlStateMatcher", "22012").getClass().getSimpleName())
        .isEqualTo("SqlStateDataExceptionException");
  }

  @Test
  void catchClausesAndSwitchesNameTheSpecificCodesFirst() {
    JavaFileObject user = JavaFileObjects.forSourceString("web.Handling", """
        package web;
        final class Handling {
          private Handling() {}
          static String caught(HttpException e) {
            try {
              throw e;
            } catch (HttpNotFoundException notFound) {
              return "not found";
            } catch (HttpClientErrorException client) {
              return "some other 4xx";
            } catch (HttpException other) {
              return "not a 4xx";
            }
          }
        }
        """);
    Compilation compilation = Compilations.compile(JavaFileObjects.forSourceString("web.HttpErrors", HTTP), user);
    assertThat(compilation).succeededWithoutWarnings();

    assumeTrue(Runtime.version().feature() >= 21, "pattern switches need Java 21");
    JavaFileObject switching = JavaFileObjects.forSourceString("web.Switching", """
        package web;
        final class Switching {
          private Switching() {}
          static String handle(HttpException e) {
            return switch (e) {
              case HttpNotFoundException notFound -> "not found";
              case HttpAuthException auth -> "log in";
              case HttpClientErrorException client -> "another 4xx";
              case HttpServerErrorException server -> "5xx";
              case HttpUnknownException unknown -> "unknown";
            };
          }
        }
        """);
    Compilation exhaustive = Compiler.javac()
        .withProcessors(new ErrataProcessor())
        .withOptions("--release", "21", "-Xlint:all", "-Werror")
        .compile(JavaFileObjects.forSourceString("web.HttpErrors", HTTP), switching);
    assertThat(exhaustive).succeededWithoutWarnings();
  }
}
