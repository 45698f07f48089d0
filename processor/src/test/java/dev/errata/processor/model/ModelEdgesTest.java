package dev.errata.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The parts of the model the matcher and validator lean on that other tests only pass through. */
class ModelEdgesTest {

  @Test
  void anExactCodeIsOneCodeOfItsLength() {
    ExactCode code = new ExactCode("A000");
    assertTrue(code.contains("A000"));
    assertFalse(code.contains("A001"));
    assertFalse(code.contains(null));
    assertEquals(4, code.length());
    assertEquals(BigInteger.ONE, code.size());
    assertEquals("A000", code.first());
    assertEquals("A000", code.text());
    assertFalse(code.isRange());
  }

  @Test
  void aGroupIsTopLevelWhenItHasNoParent() {
    assertTrue(new GroupDef("Client", "Client", "", false, Map.of()).isTopLevel());
    assertFalse(new GroupDef("Client.Auth", "Auth", "Client", false, Map.of()).isTopLevel());
  }

  @Test
  void aWildcardMeetsARangeOnlyWhereItAdmitsDigits() {
    CodeRange e10e19 = new CodeRange("E10..E19", "E", 2, 10, 19);
    assertEquals(Optional.empty(), new CodeWildcard("E1A").commonCode(e10e19));
    assertEquals(Optional.empty(), new CodeWildcard("E1a").commonCode(e10e19));
    assertEquals(Optional.empty(), new CodeWildcard("E1-").commonCode(e10e19));
    assertEquals(Optional.of("E10"), new CodeWildcard("E1*").commonCode(e10e19));
    assertEquals(Optional.of("E15"), new CodeWildcard("E*5").commonCode(e10e19));
    assertEquals(Optional.empty(), new CodeWildcard("F1*").commonCode(e10e19));
  }

  @Test
  void theCatalogItselfIsNoGroupAndItsFirstLocaleIsItsDefault() {
    Catalog catalog = new Catalog("p", "p.Errors", "N", "", java.util.List.of("en", "es"), java.util.List.of(), "",
        new EnvelopeDef("/c", "", "", "", "", "", "", 500, "", java.util.List.of()),
        java.util.List.of(new GroupDef("A", "A", "", true, Map.of())),
        java.util.List.of());
    assertEquals(Optional.empty(), catalog.group(""));
    assertEquals("A", catalog.group("A").orElseThrow().path());
    assertEquals("en", catalog.defaultLocale());
  }

  @Test
  void theStatusAsCodeMarkerIsTheOneTheRuntimeReads() {
    // The runtime cannot see the annotations, so it has its own copy: the generated code passes it on.
    assertEquals(dev.errata.catalog.EnvelopeFormat.HTTP_STATUS, EnvelopeDef.HTTP_STATUS);
  }
}
