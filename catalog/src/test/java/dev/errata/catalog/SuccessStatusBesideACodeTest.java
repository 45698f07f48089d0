package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.catalog.TestCatalog.KhipuCode;
import dev.errata.catalog.TestCatalog.TestException;
import org.junit.jupiter.api.Test;

/** A body whose status says success but which also carries an error code: the code's type decides. */
class SuccessStatusBesideACodeTest {

  private static Decoded<TestException> decode(String body) {
    return TestCatalog.KHIPU_CATALOG.decode(200, body.getBytes(UTF_8));
  }

  @Test
  void anErrorCodeBesideTheSuccessStatusIsThatError() {
    Decoded<TestException> decoded = decode("""
        {"Status": "OK", "Error": {"Code": "A000", "Description": "Bad key."}}""");
    assertThat(decoded.isFailure()).isTrue();
    assertThat(decoded.exception().orElseThrow().errorCode()).isEqualTo(KhipuCode.AUTHENTICATION);
  }

  @Test
  void anEmptyCodeBesideTheSuccessStatusIsASuccess() {
    Decoded<TestException> decoded = decode("""
        {"Status": "OK", "Error": {"Code": ""}}""");
    assertThat(decoded).isInstanceOf(Decoded.Success.class);
    assertThat(decoded.exception()).isEmpty();
  }

  @Test
  void theSuccessStatusAloneIsASuccess() {
    Decoded<TestException> decoded = decode("""
        {"Status": "OK", "OperationId": "op-1"}""");
    assertThat(decoded).isInstanceOf(Decoded.Success.class);
    assertThat(decoded.report().correlationId()).isEqualTo("op-1");
  }
}
