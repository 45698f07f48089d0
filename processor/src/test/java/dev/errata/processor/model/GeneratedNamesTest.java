package dev.errata.processor.model;

import static com.google.common.truth.Truth.assertThat;


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
    assertThat(GeneratedNames.upperCamel(name)).isEqualTo(expected);
  }

  @Test
  void upperCamelOfNothing() {
    assertThat(GeneratedNames.upperCamel("")).isEqualTo("");
    assertThat(GeneratedNames.upperCamel("___")).isEqualTo("");
  }

  @Test
  void upperCamelDoesNotDependOnTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr"));
      // In Turkish, "I".toLowerCase() is a dotless i and "i".toUpperCase() a dotted I.
      assertThat(GeneratedNames.upperCamel("INVALID")).isEqualTo("Invalid");
      assertThat(GeneratedNames.upperCamel("INVALID_ID")).isEqualTo("InvalidId");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void typeNames() {
    GeneratedNames names = new GeneratedNames("Khipu");
    assertThat(names.errorCode()).isEqualTo("KhipuErrorCode");
    assertThat(names.errorType()).isEqualTo("KhipuErrorType");
    assertThat(names.exception()).isEqualTo("KhipuException");
    assertThat(names.matcher()).isEqualTo("KhipuMatcher");
    assertThat(names.unknownException()).isEqualTo("KhipuUnknownException");
    assertThat(names.codeException("TARGET_UNAVAILABLE")).isEqualTo("KhipuTargetUnavailableException");
    assertThat(names.groupException("ClientErrors")).isEqualTo("KhipuClientErrorsException");
    assertThat(GeneratedNames.UNKNOWN).isEqualTo("UNKNOWN");
  }
}
