package dev.errata.processor.model;

import static com.google.common.truth.Truth.assertThat;


import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parts of the model the matcher and validator lean on that other tests only pass through. */
class ModelEdgesTest {

  @Test
  void anExactCodeIsOneCodeOfItsLength() {
    ExactCode code = new ExactCode("A000");
    assertThat(code.contains("A000")).isTrue();
    assertThat(code.contains("A001")).isFalse();
    assertThat(code.contains(null)).isFalse();
    assertThat(code.length()).isEqualTo(4);
    assertThat(code.size()).isEqualTo(BigInteger.ONE);
    assertThat(code.first()).isEqualTo("A000");
    assertThat(code.text()).isEqualTo("A000");
    assertThat(code.isRange()).isFalse();
  }

  @Test
  void aGroupIsTopLevelWhenItHasNoParent() {
    assertThat(new GroupDef("Client", "Client", "", false, Map.of()).isTopLevel()).isTrue();
    assertThat(new GroupDef("Client.Auth", "Auth", "Client", false, Map.of()).isTopLevel()).isFalse();
  }

  @Test
  void aWildcardMeetsARangeOnlyWhereItAdmitsDigits() {
    CodeRange e10e19 = new CodeRange("E10..E19", "E", 2, 10, 19);
    assertThat(new CodeWildcard("E1A").commonCode(e10e19)).isEqualTo(Optional.empty());
    assertThat(new CodeWildcard("E1a").commonCode(e10e19)).isEqualTo(Optional.empty());
    assertThat(new CodeWildcard("E1-").commonCode(e10e19)).isEqualTo(Optional.empty());
    assertThat(new CodeWildcard("E1*").commonCode(e10e19)).isEqualTo(Optional.of("E10"));
    assertThat(new CodeWildcard("E*5").commonCode(e10e19)).isEqualTo(Optional.of("E15"));
    assertThat(new CodeWildcard("F1*").commonCode(e10e19)).isEqualTo(Optional.empty());
  }

  @Test
  void theCatalogItselfIsNoGroupAndItsFirstLocaleIsItsDefault() {
    Catalog catalog = new Catalog("p", "p.Errors", "N", "", java.util.List.of("en", "es"), java.util.List.of(), "",
        new EnvelopeDef("/c", "", "", "", "", "", "", 500, "", java.util.List.of()),
        java.util.List.of(new GroupDef("A", "A", "", true, Map.of())),
        java.util.List.of());
    assertThat(catalog.group("")).isEqualTo(Optional.empty());
    assertThat(catalog.group("A").orElseThrow().path()).isEqualTo("A");
    assertThat(catalog.defaultLocale()).isEqualTo("en");
  }

  @Test
  void theStatusAsCodeMarkerIsTheOneTheRuntimeReads() {
    // The runtime cannot see the annotations, so it has its own copy: the generated code passes it on.
    assertThat(EnvelopeDef.HTTP_STATUS).isEqualTo(dev.errata.catalog.EnvelopeFormat.HTTP_STATUS);
  }
}
