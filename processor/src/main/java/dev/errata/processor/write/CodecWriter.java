package dev.errata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.errata.processor.model.EnvelopeDef;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the matcher's envelope codec, built once from the catalog's {@code @Envelope}, and the
 * methods that use it: {@code decode}, {@code encode} and {@code codec}.
 */
final class CodecWriter {

  private final EnvelopeDef envelope;
  private final CatalogTypes types;

  CodecWriter(EnvelopeDef envelope, CatalogTypes types) {
    this.envelope = envelope;
    this.types = types;
  }

  /** The envelope codec, built once from the catalog's {@code @Envelope}. */
  FieldSpec codecField() {
    CodeBlock.Builder format = CodeBlock.builder().add("new $T($T.builder()$>$>", RuntimeTypes.ENVELOPE_CODEC,
        RuntimeTypes.ENVELOPE_FORMAT);
    boolean problem = envelope.isProblemDetails();
    if (problem) {
      // The preset reads code, description, correlation id and HTTP status from RFC 9457's members.
      format.add("\n.problemDetails($S)", envelope.typePrefix());
    } else if (envelope.code().equals(EnvelopeDef.HTTP_STATUS)) {
      format.add("\n.code($T.HTTP_STATUS)", RuntimeTypes.ENVELOPE_FORMAT);
    } else {
      optional(format, "code", envelope.code());
    }
    optional(format, "type", envelope.type());
    optional(format, "description", problem ? "" : envelope.description());
    optional(format, "status", envelope.status());
    optional(format, "successStatus", envelope.successStatus());
    optional(format, "warningStatus", envelope.warningStatus());
    optional(format, "failureStatus", envelope.failureStatus());
    optional(format, "correlationId",
        problem && envelope.correlationId().equals("/instance") ? "" : envelope.correlationId());
    format.add("\n.defaultHttpStatus($L)", envelope.defaultHttpStatus());
    json(format, "codeJson", envelope.codeJson());
    json(format, "statusJson", envelope.statusJson());
    optional(format, "warning", envelope.warning());
    optional(format, "httpStatus", problem ? "" : envelope.httpStatus());
    optional(format, "correlationIdHeader", envelope.correlationIdHeader());
    optional(format, "retryHeader", envelope.retryHeader());
    for (EnvelopeDef.AttributeDef attribute : envelope.attributes()) {
      if (attribute.json().equals(EnvelopeDef.STRING)) {
        format.add("\n.attribute($S, $S)", attribute.name(), attribute.pointer());
      } else {
        format.add("\n.attribute($S, $S, $T.$L)", attribute.name(), attribute.pointer(), RuntimeTypes.JSON_TYPE,
            attribute.json());
      }
    }
    format.add("\n.build())$<$<");
    return FieldSpec.builder(RuntimeTypes.ENVELOPE_CODEC, "CODEC",
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer(format.build())
        .build();
  }

  private static void json(CodeBlock.Builder format, String name, String json) {
    if (!json.equals(EnvelopeDef.STRING)) {
      format.add("\n.$N($T.$L)", name, RuntimeTypes.JSON_TYPE, json);
    }
  }

  private static void optional(CodeBlock.Builder format, String name, String value) {
    if (!value.isEmpty()) {
      format.add("\n.$N($S)", name, value);
    }
  }

  private TypeName decoded() {
    return ParameterizedTypeName.get(RuntimeTypes.DECODED, types.exception());
  }

  MethodSpec decode() {
    return MethodSpec.methodBuilder("decode")
        .addJavadoc("Decodes a response without headers; see {@link #decode(int, byte[], $T)}.\n\n"
            + "@param httpStatus the response's HTTP status\n"
            + "@param body the raw body, {@code null} for none\n"
            + "@return a success, a warning, or a failure with its typed exception\n", Map.class)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(decoded())
        .addParameter(int.class, "httpStatus")
        .addParameter(byte[].class, "body")
        .addStatement("return CODEC.decode(httpStatus, body, $T.of(), $T::toException)", Map.class,
            types.matcher())
        .build();
  }

  MethodSpec decodeWithHeaders() {
    return MethodSpec.methodBuilder("decode")
        .addJavadoc("Decodes a response into a success, a warning, or a failure with its typed exception."
            + "\nThe code comes from the body (else the HTTP status); a {@code Retry-After} header wins over"
            + "\nthe catalog's advice. Never throws: a body that cannot be read gives a result that keeps"
            + "\nthe status and raw body, and says why in {@code report().problem()}.\n\n"
            + "@param httpStatus the response's HTTP status\n"
            + "@param body the raw body, {@code null} for none\n"
            + "@param headers the response headers, names in any case, as {@code HttpHeaders.map()} gives"
            + " them\n"
            + "@return a success, a warning, or a failure with its typed exception\n")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(decoded())
        .addParameter(int.class, "httpStatus")
        .addParameter(byte[].class, "body")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
            ParameterizedTypeName.get(List.class, String.class)), "headers")
        .addStatement("return CODEC.decode(httpStatus, body, headers, $T::toException)", types.matcher())
        .build();
  }

  MethodSpec encode() {
    return MethodSpec.methodBuilder("encode")
        .addJavadoc("The response a server sends for {@code exception}: HTTP status, headers and the"
            + " catalog's envelope.\n{@link #decode(int, byte[], $T)} reads it back into an equal exception.\n\n"
            + "@param exception the exception to send\n"
            + "@return what to send\n",
            Map.class)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(RuntimeTypes.ENCODED_ERROR)
        .addParameter(types.exception(), "exception")
        .addStatement("return CODEC.encode(exception)")
        .build();
  }

  MethodSpec codec() {
    return MethodSpec.methodBuilder("codec")
        .addJavadoc("The codec behind {@code decode} and {@code encode}, to decode with other limits:\n"
            + "{@code codec().withLimits(limits).decode(status, body, headers, $T::toException)}.\n\n"
            + "@return the catalog's codec\n",
            types.matcher())
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(RuntimeTypes.ENVELOPE_CODEC)
        .addStatement("return CODEC")
        .build();
  }
}
