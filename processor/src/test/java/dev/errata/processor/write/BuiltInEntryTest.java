package dev.errata.processor.write;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.errata.catalog.CatalogException;
import dev.errata.catalog.Decoded;
import dev.errata.catalog.ErrorCode;
import dev.errata.catalog.ErrorKind;
import dev.errata.catalog.ErrorReport;
import dev.errata.catalog.RetryAdvice;
import dev.errata.processor.Compilations;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The built-in entry of codes a catalog does not declare: named {@code UNKNOWN}, or {@code UNRECOGNIZED}
 * when the catalog takes that name for a code or group of its own; and always of a type, the catalog's
 * own {@code UNKNOWN} type when it declares no {@code unknownType}.
 */
class BuiltInEntryTest {

  private static ClassLoader compile(String name, String source) {
    Compilation compilation = Compilations.compile(JavaFileObjects.forSourceString(name, source));
    assertThat(compilation).succeededWithoutWarnings();
    return Compilations.classLoader(compilation);
  }

  private static ErrorCode match(ClassLoader loader, String matcher, String code) throws ReflectiveOperationException {
    return (ErrorCode) loader.loadClass(matcher).getMethod("match", String.class).invoke(null, code);
  }

  @Test
  void aGroupNamedUnknownLeavesTheBuiltInEntryUnrecognizedToo() throws ReflectiveOperationException {
    ClassLoader loader = compile("grouped.GroupedErrors", """
        package grouped;
        import dev.errata.annotations.*;
        @ErrorCatalog(name = "Grouped", types = @ErrorType(name = "T"), unknownType = "T")
        public interface GroupedErrors {
          @Group(type = "T") interface Unknown { @Code String STRANGE = "S1"; }
        }
        """);
    assertThat(loader.loadClass("grouped.GroupedUnknownException").isSealed()).isTrue();
    Class<?> unrecognized = loader.loadClass("grouped.GroupedUnrecognizedException");
    ErrorCode none = match(loader, "grouped.GroupedMatcher", "S2");
    assertThat(none.name()).isEqualTo("UNRECOGNIZED");
    assertThat(none.isUnknown()).isTrue();
    Method toException = loader.loadClass("grouped.GroupedMatcher").getMethod("toException", ErrorReport.class);
    assertThat(toException.invoke(null, ErrorReport.ofCode("S2")).getClass()).isEqualTo(unrecognized);
  }

  @Test
  void unknownCodesOfACatalogWithoutUnknownTypeHaveTheBuiltInType() throws ReflectiveOperationException {
    ClassLoader loader = compile("untyped.UntypedErrors", """
        package untyped;
        import dev.errata.annotations.*;
        @ErrorCatalog(name = "Untyped", envelope = @Envelope(type = "/type"),
            types = @ErrorType(name = "RETRY", retry = Retry.IMMEDIATELY))
        public interface UntypedErrors {
          @Code(type = "RETRY") String BUSY = "B1";
        }
        """);
    ErrorCode unknown = match(loader, "untyped.UntypedMatcher", "Z9");
    ErrorKind type = unknown.type();
    assertThat(type).isNotNull();
    assertThat(type.name()).isEqualTo("UNKNOWN");
    assertThat(type.retry()).isEqualTo(RetryAdvice.never());
    Class<?> types = loader.loadClass("untyped.UntypedErrorType");
    // Not a type the API names: a response that says "UNKNOWN" names none the catalog declares.
    assertThat(types.getMethod("forName", String.class).invoke(null, "UNKNOWN")).isNull();
    assertThat(types.getMethod("forName", String.class).invoke(null, "RETRY")).isNotNull();

    Method decode = loader.loadClass("untyped.UntypedMatcher").getMethod("decode", int.class, byte[].class);
    Decoded<?> decoded = (Decoded<?>) decode.invoke(null, 500,
        "{\"code\": \"Z9\", \"type\": \"UNKNOWN\"}".getBytes(StandardCharsets.UTF_8));
    CatalogException failure = decoded.exception().orElseThrow();
    assertThat(failure.type()).isSameInstanceAs(type);
    assertThat(failure.retry()).isEqualTo(RetryAdvice.never());
    assertThat(failure.errorCode().httpStatus()).isEqualTo(ErrorCode.NO_HTTP_STATUS);
  }
}
