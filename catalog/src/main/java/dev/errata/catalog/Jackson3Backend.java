package dev.errata.catalog;

import dev.errata.catalog.JsonTokens.Token;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamWriteConstraints;
import tools.jackson.core.TokenStreamFactory;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/** {@link JsonBackend} on Jackson 3's streaming API ({@code tools.jackson.core:jackson-core}), whose exceptions are unchecked. */
final class Jackson3Backend implements JsonBackend {

  static final String NAME = "jackson3";

  private static final Token[] TOKENS = Token.byOrdinal(JsonToken.values());

  /** Most names of other properties one object's matcher learns. */
  static final int MOST_LEARNED = 16;
  /** The longest name of another property learned, in characters. */
  static final int LONGEST_LEARNED = 64;

  private final JsonFactory factory;

  Jackson3Backend(DecodeLimits limits, int maxWriteDepth) {
    this.factory = JsonFactory.builder()
        // Interning puts every key of every body in the JVM-wide string table; keys of hostile bodies
        // are as many and as varied as the sender likes, and interning 50,000 of them made a parse
        // several times slower.
        .disable(TokenStreamFactory.Feature.INTERN_PROPERTY_NAMES)
        // Written as Jackson 2 writes them, so that both backends send the same bytes: "/" as it is,
        // a character outside the BMP as its escaped surrogate pair.
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
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
      return new Tokens(factory.createParser(ObjectReadContext.empty(), json));
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public JsonNames names(List<String> names) {
    List<Named> named = names.stream().map(Named::fromString).toList();
    Matching matching;
    try {
      // The factory's matcher is the one its parsers' name matching expects. Interned: the format's own
      // names, a handful, and at most MOST_LEARNED of its bodies' other names for each object.
      matching = new Matching(factory, named.size(), new Learned(factory.constructNameMatcher(named, false), named, false));
    } catch (RuntimeException e) {
      // One Jackson cannot build: over its bounds (32,767 names, a name of 128 KiB), or with the empty
      // name, on which 3.3's fails. Those names are matched as text, as Jackson 2's are.
      matching = null;
    }
    return new JsonNames(names, matching);
  }

  /** The names of other properties that {@code names}' matcher has learned, in the order learned; for tests. */
  static List<String> learned(JsonNames names) {
    Matching matching = (Matching) names.matcher();
    List<Named> all = matching.current.names();
    return all.subList(matching.known, all.size()).stream().map(Named::getName).toList();
  }

  /**
   * The names one object's reader looks for, as Jackson 3 matches them (a name's bytes against theirs),
   * and the names of other properties the bodies read so far had. A name the matcher does not hold,
   * Jackson parses a second time, as text, to match it again (its way with names written with escapes):
   * the seed envelope's three properties that no pointer names made its decode a tenth slower than
   * with those names known. So each such name is learned the first time it comes, to be matched as
   * "another name" from then on: at most {@link #MOST_LEARNED} names of at most {@link
   * #LONGEST_LEARNED} characters (not the empty one, which 3.3's matcher cannot hold), the first that
   * come, so that a hostile body cannot grow it. Thread-safe: each change is a new matcher, published
   * whole; of two readers learning at once, one name may be lost, to be learned when it next comes.
   */
  private static final class Matching {
    private final JsonFactory factory;
    /** How many names the reader looks for: the first of the matcher's names. */
    private final int known;
    private volatile Learned current;

    Matching(JsonFactory factory, int known, Learned current) {
      this.factory = factory;
      this.known = known;
      this.current = current;
    }

    /** Learns {@code name}, which {@code seen}, the matcher that just read it, does not hold. */
    void learn(Learned seen, String name) {
      if (seen.full() || name == null || name.isEmpty() || name.length() > LONGEST_LEARNED) {
        return;
      }
      List<Named> names = new ArrayList<>(seen.names());
      names.add(Named.fromString(name));
      try {
        current = new Learned(factory.constructNameMatcher(names, false), List.copyOf(names),
            names.size() - known >= MOST_LEARNED);
      } catch (RuntimeException e) {
        // A name Jackson cannot hold: the matcher stays as it is, and learns no more.
        current = new Learned(seen.matcher(), seen.names(), true);
      }
    }
  }

  /** A matcher of {@code names}, the reader's then those learned; {@code full} when it learns no more. */
  private record Learned(PropertyNameMatcher matcher, List<Named> names, boolean full) {}

  @Override
  public byte[] write(JsonOutput.Source source) throws JsonException {
    ByteSink bytes = new ByteSink();
    try (JsonGenerator generator = factory.createGenerator(ObjectWriteContext.empty(), bytes)) {
      source.writeTo((token, text) -> {
        switch (token) {
          case START_OBJECT -> generator.writeStartObject();
          case END_OBJECT -> generator.writeEndObject();
          case START_ARRAY -> generator.writeStartArray();
          case END_ARRAY -> generator.writeEndArray();
          case NAME -> generator.writeName(text);
          case STRING -> generator.writeString(text);
          case NUMBER -> generator.writeNumber(text);
          case TRUE, FALSE -> generator.writeBoolean(token == Token.TRUE);
          case NULL -> generator.writeNull();
        }
      });
    } catch (JacksonException e) {
      throw failure(e);
    } catch (IOException e) {
      // JsonOutput may throw one; this one does not.
      throw new JsonException(JsonException.Kind.OTHER, e.toString(), e);
    }
    return bytes.toByteArray();
  }

  /** Jackson 3's exceptions are unchecked: each is caught here, so that decoding still never throws. */
  private static JsonException failure(JacksonException e) {
    if (e instanceof StreamConstraintsException) {
      return new JsonException(JsonException.Kind.LIMIT, e.getOriginalMessage(), e);
    }
    if (e instanceof JacksonIOException) {
      // Jackson 2 throws the IOException itself (a CharConversionException of an odd encoding): say the same.
      return new JsonException(JsonException.Kind.OTHER, String.valueOf(e.getCause() != null ? e.getCause() : e), e);
    }
    return new JsonException(JsonException.Kind.SYNTAX, e.getOriginalMessage(), e);
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
      } catch (JacksonException e) {
        throw failure(e);
      }
    }

    @Override
    public int nextName(JsonNames names) throws JsonException {
      try {
        if (names.matcher() instanceof Matching matching) {
          // The name's bytes matched against the names' own, as Jackson 3's data binding does: no name
          // looked up in the parser's table, no string compared. Only a name with escapes, or one the
          // matcher does not hold (then learned), is read as text too.
          Learned learned = matching.current;
          int match = parser.nextNameMatch(learned.matcher());
          if (match >= 0) {
            return match < matching.known ? match : JsonNames.OTHER;
          }
          if (match == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
            matching.learn(learned, parser.currentName());
            return JsonNames.OTHER;
          }
          return JsonNames.END;
        }
        String name = parser.nextName();
        return name == null ? JsonNames.END : names.indexOf(name);
      } catch (JacksonException e) {
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
    public String name() {
      // The name is read with its token: unlike Jackson 2's, this one declares no failure.
      return parser.currentName();
    }

    @Override
    public String text() throws JsonException {
      try {
        // getString() gives a string's value, and the text of true and false.
        JsonToken token = parser.currentToken();
        return token == JsonToken.VALUE_NUMBER_INT ? parser.getNumberValue().toString()
            : token == JsonToken.VALUE_NUMBER_FLOAT ? Double.toString(parser.getDoubleValue())
            : parser.getString();
      } catch (JacksonException e) {
        throw failure(e);
      }
    }

    @Override
    public void close() {
      parser.close();
    }
  }
}
