package dev.errata.catalog;

import static com.google.common.truth.Truth.assertWithMessage;


import org.junit.jupiter.api.Test;

class ErrorBodiesTest {

  @Test
  void jsonAndUntypedBodiesMayHoldAnError() {
    for (String type : new String[] {null, "", "  ", "application/json", "application/json; charset=utf-8",
        "Application/JSON", "application/problem+json", "application/vnd.khipu.v1+json;q=1", " json "}) {
      assertWithMessage("%s", String.valueOf(type)).that(ErrorBodies.mayHoldError(type)).isTrue();
    }
  }

  @Test
  void otherBodiesAreNotRead() {
    for (String type : new String[] {"text/plain", "text/html; charset=utf-8", "application/octet-stream",
        "image/png", "application/jsonp", "application/json-seq", "application/xml", "text/json-ish"}) {
      assertWithMessage("%s", type).that(ErrorBodies.mayHoldError(type)).isFalse();
    }
  }
}
