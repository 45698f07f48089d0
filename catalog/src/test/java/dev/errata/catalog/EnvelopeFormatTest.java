package dev.errata.catalog;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class EnvelopeFormatTest {

  @Test
  void everySetterReturnsItsBuilderSoCallsChain() {
    EnvelopeFormat.Builder builder = EnvelopeFormat.builder();
    assertThat(builder.codeJson(JsonType.NUMBER)).isSameInstanceAs(builder);
    assertThat(builder.statusJson(JsonType.BOOLEAN)).isSameInstanceAs(builder);
    assertThat(builder.attribute("balance", "/balance", JsonType.NUMBER)).isSameInstanceAs(builder);
    assertThat(builder.attribute("accounts", "/accounts")).isSameInstanceAs(builder);
    EnvelopeFormat format = builder.build();
    assertThat(format.codeJson()).isEqualTo(JsonType.NUMBER);
    assertThat(format.statusJson()).isEqualTo(JsonType.BOOLEAN);
    assertThat(format.attributeJson("balance")).isEqualTo(JsonType.NUMBER);
    assertThat(format.attributeJson("accounts")).isEqualTo(JsonType.STRING);
    assertThat(format.attributes()).containsExactly("balance", "/balance", "accounts", "/accounts").inOrder();
  }

  @Test
  void aFormatDoesNotChangeWhenItsBuilderGoesOn() {
    EnvelopeFormat.Builder builder = EnvelopeFormat.builder().code("/code").attribute("a", "/a");
    EnvelopeFormat first = builder.build();
    builder.code("/other").attribute("b", "/b", JsonType.NUMBER).defaultHttpStatus(502);
    assertThat(first.code()).isEqualTo("/code");
    assertThat(first.attributes()).containsExactly("a", "/a");
    assertThat(first.attributeJson("b")).isEqualTo(JsonType.STRING);
    assertThat(first.defaultHttpStatus()).isEqualTo(500);
    assertThat(builder.build().code()).isEqualTo("/other");
  }

  @Test
  void aBodyHttpStatusIsThreeDigitsFrom100To599() {
    EnvelopeCodec codec = new EnvelopeCodec(EnvelopeFormat.builder().code("/code").httpStatus("/status").build());
    for (String status : new String[] {"100", "599", "404"}) {
      ErrorReport report = codec.read(400, ("{\"code\":\"X\",\"status\":" + status + "}").getBytes(), null);
      assertThat(report.bodyHttpStatus()).isEqualTo(Integer.parseInt(status));
      assertThat(report.problem()).isNull();
    }
    for (String status : new String[] {"99", "099", "600", "1:0", "1/0", "4O4", "4040"}) {
      ErrorReport report = codec.read(400, ("{\"code\":\"X\",\"status\":\"" + status + "\"}").getBytes(), null);
      assertThat(report.bodyHttpStatus()).isEqualTo(0);
      assertThat(report.problem()).contains("HTTP status at /status \"" + status + "\" is not an HTTP status");
    }
  }

  @Test
  void aTildeThatEscapesNothingIsKeptAsWritten() {
    EnvelopeCodec codec = new EnvelopeCodec(EnvelopeFormat.builder().code("/Code~").type("/a~2b").build());
    ErrorReport report = codec.read(400, "{\"Code~\": \"A000\", \"a~2b\": \"T\"}".getBytes(), null);
    assertThat(report.code()).isEqualTo("A000");
    assertThat(report.type()).isEqualTo("T");
  }
}
