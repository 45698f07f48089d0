package dev.errata.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeneratedNamesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "TARGET_UNAVAILABLE, TargetUnavailable",
    "targetUnavailable, TargetUnavailable",
    "TargetUnavailable, TargetUnavailable",
    "ClientErrors, ClientErrors",
    "E2XX, E2xx",
    "A_B__C, ABC",
    "LOGON, Logon",
    "logon, Logon",
    "_LEADING, Leading",
    "TRAILING_, Trailing",
    "HTTP_STATUS_404, HttpStatus404",
    "logon_v2, LogonV2",
    "a, A",
    "X, X",
  })
  void upperCamel(String name, String expected) {
    assertEquals(expected, GeneratedNames.upperCamel(name));
  }

  @Test
  void upperCamelOfNothing() {
    assertEquals("", GeneratedNames.upperCamel(""));
    assertEquals("", GeneratedNames.upperCamel("___"));
  }

  @Test
  void upperCamelDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      // In Turkish, "I".toLowerCase() is a dotless i and "i".toUpperCase() a dotted I.
      assertEquals("Invalid", GeneratedNames.upperCamel("INVALID"));
      assertEquals("InvalidId", GeneratedNames.upperCamel("INVALID_ID"));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void typeNames() {
    GeneratedNames names = new GeneratedNames("Khipu");
    assertEquals("KhipuErrorCode", names.errorCode());
    assertEquals("KhipuErrorType", names.errorType());
    assertEquals("KhipuException", names.exception());
    assertEquals("KhipuMatcher", names.matcher());
    assertEquals("KhipuUnknownException", names.unknownException());
    assertEquals("KhipuTargetUnavailableException", names.codeException("TARGET_UNAVAILABLE"));
    assertEquals("KhipuClientErrorsException", names.groupException("ClientErrors"));
    assertEquals("UNKNOWN", GeneratedNames.UNKNOWN);
  }
}
