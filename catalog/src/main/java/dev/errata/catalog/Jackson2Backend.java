package dev.errata.catalog;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.errata.catalog.JsonTokens.Token;
import java.io.IOException;
import java.util.List;

/** {@link JsonBackend} on Jackson 2's streaming API ({@code com.fasterxml.jackson.core:jackson-core}). */
final class Jackson2Backend implements JsonBackend {

  static final String NAME = "jackson2";

  private static final Token[] TOKENS = Token.byOrdinal(JsonToken.values());

  private final JsonFactory factory;

  Jackson2Backend(DecodeLimits limits, int maxWriteDepth) {
    this.factory = JsonFactory.builder()
        // Interning puts every key of every body in the JVM-wide string table; keys of hostile bodies
        // are as many and as varied as the sender likes, and interning 50,000 of them made a parse
        // several times slower.
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxDocumentLength(limits.maxBodyBytes())
            .build())
        .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(maxWriteDepth).build())
        .build();
  }

  /** The library's factory, for tests of its settings. */
  JsonFactory factory() {
    return factory;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public JsonTokens tokens(byte[] json) throws JsonException {
    try {
      return new Tokens(factory.createParser(json));
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public JsonNames names(List<String> names) {
    return new JsonNames(names, null);
  }

  @Override
  public byte[] write(JsonOutput.Source source) throws JsonException {
    ByteSink bytes = new ByteSink();
    try (JsonGenerator generator = factory.createGenerator(bytes)) {
      source.writeTo((token, text) -> {
        switch (token) {
          case START_OBJECT -> generator.writeStartObject();
          case END_OBJECT -> generator.writeEndObject();
          case START_ARRAY -> generator.writeStartArray();
          case END_ARRAY -> generator.writeEndArray();
          case NAME -> generator.writeFieldName(text);
          case STRING -> generator.writeString(text);
          case NUMBER -> generator.writeNumber(text);
          case TRUE, FALSE -> generator.writeBoolean(token == Token.TRUE);
          case NULL -> generator.writeNull();
        }
      });
    } catch (IOException e) {
      throw failure(e);
    }
    return bytes.toByteArray();
  }

  private static JsonException failure(IOException e) {
    if (e instanceof StreamConstraintsException limit) {
      return new JsonException(JsonException.Kind.LIMIT, limit.getOriginalMessage(), e);
    }
    if (e instanceof JsonProcessingException syntax) {
      return new JsonException(JsonException.Kind.SYNTAX, syntax.getOriginalMessage(), e);
    }
    return new JsonException(JsonException.Kind.OTHER, e.toString(), e);
  }

  private static final class Tokens implements JsonTokens {
    private final JsonParser parser;

    private Tokens(JsonParser parser) {
      this.parser = parser;
    }

    @Override
    public Token next() throws JsonException {
      try {
        return token(parser.nextToken());
      } catch (IOException e) {
        throw failure(e);
      }
    }

    @Override
    public int nextName(JsonNames names) throws JsonException {
      try {
        // Jackson 2 has no matcher of names: the name as read (from its table of names), then its index.
        String name = parser.nextFieldName();
        return name == null ? JsonNames.END : names.indexOf(name);
      } catch (IOException e) {
        throw failure(e);
      }
    }

    @Override
    public Token current() {
      return token(parser.currentToken());
    }

    private static Token token(JsonToken token) {
      return Token.of(TOKENS, token);
    }

    @Override
    public String name() throws JsonException {
      try {
        return parser.currentName();
      } catch (IOException e) {
        throw failure(e);
      }
    }

    @Override
    public String text() throws JsonException {
      try {
        return switch (parser.currentToken()) {
          case VALUE_STRING -> parser.getText();
          case VALUE_NUMBER_INT -> parser.getNumberValue().toString();
          case VALUE_NUMBER_FLOAT -> Double.toString(parser.getDoubleValue());
          default -> parser.getText();
        };
      } catch (IOException e) {
        throw failure(e);
      }
    }

    @Override
    public void close() {
      try {
        parser.close();
      } catch (IOException e) {
        // A parser of bytes in memory has nothing to release that could fail.
      }
    }
  }
}
