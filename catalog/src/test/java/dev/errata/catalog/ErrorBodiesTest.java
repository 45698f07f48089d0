package dev.errata.catalog;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ErrorBodiesTest {

  @Test
  void jsonAndUntypedBodiesMayHoldAnError() {
    for (String type : new String[] {null, "", "  ", "application/json", "application/json; charset=utf-8",
        "Application/JSON", "application/problem+json", "application/vnd.khipu.v1+json;q=1", " json "}) {
      assertTrue(ErrorBodies.mayHoldError(type), String.valueOf(type));
    }
  }

  @Test
  void otherBodiesAreNotRead() {
    for (String type : new String[] {"text/plain", "text/html; charset=utf-8", "application/octet-stream",
        "image/png", "application/jsonp", "application/json-seq", "application/xml", "text/json-ish"}) {
      assertFalse(ErrorBodies.mayHoldError(type), type);
    }
  }
}
