package dev.errata.catalog;

import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * One error catalog as an object: what a generated {@code <Name>Matcher} does with static methods,
 * behind one interface, so that a library can take any catalog ({@code Catalog<?>}) and an
 * application can pass its own ({@code KhipuMatcher.catalog()}, a {@code Catalog<KhipuException>}).
 * Every exception also knows its catalog ({@link CatalogException#catalog()}), so a server can encode
 * any of them. Implementations are immutable and thread-safe; decoding never throws.
 *
 * @param <E> the catalog's exception type, {@code <Name>Exception}
 */
public interface Catalog<E extends CatalogException> {

  /** The catalog's name, such as {@code "Khipu"}: the prefix of its generated types. */
  String name();

  /** The catalog's exception type, {@code <Name>Exception}, that every exception it builds is of. */
  Class<E> exceptionType();

  /**
   * The entry {@code code} falls under: its exact code, else the narrowest range or wildcard holding
   * it, else the catalog's {@code UNKNOWN}. Never throws, {@code null} included.
   */
  ErrorCode match(String code);

  /** The entry that declares {@code httpStatus}, for a response without a code; else {@code UNKNOWN}. */
  ErrorCode forHttpStatus(int httpStatus);

  /** The typed exception of a report: its code matched, else its HTTP status. Never throws. */
  E toException(ErrorReport report);

  /** Decodes a response without headers; see {@link #decode(int, byte[], HeaderLookup)}. */
  default Decoded<E> decode(int httpStatus, byte[] body) {
    return decode(httpStatus, body, HeaderLookup.none());
  }

  /**
   * Decodes a response whose headers are a map of names (any case) to values, as {@code
   * java.net.http.HttpHeaders.map()} gives them; see {@link #decode(int, byte[], HeaderLookup)}.
   */
  default Decoded<E> decode(int httpStatus, byte[] body, Map<String, List<String>> headers) {
    return decode(httpStatus, body, HeaderLookup.of(headers));
  }

  /**
   * Decodes a response into a success, a warning, or a failure with its typed exception. The code
   * comes from the body (else the HTTP status); a {@code Retry-After} header wins over the catalog's
   * advice. Never throws: a body that cannot be read gives a result that keeps the status and raw
   * body, and says why in {@code report().problem()}.
   *
   * @param body the raw body, {@code null} for none
   * @param headers the response headers; {@link HeaderLookup#none()} for none (a literal {@code
   *     null} would be ambiguous with the {@code Map} overload: {@link #decode(int, byte[])} takes none)
   */
  Decoded<E> decode(int httpStatus, byte[] body, HeaderLookup headers);

  /**
   * Decodes a response whose body is a stream, reading at most {@link DecodeLimits#maxBodyBytes()}
   * bytes of it: a longer body is not parsed, and the report keeps the bytes read and says the body
   * is over the limit (for a 2xx, as for a whole body over it, that is no proof of failure). A stream
   * that fails part way gives a result that keeps the bytes read before, with the failure in {@code
   * report().problem()}. Never throws; does not close the stream, which may have bytes left.
   *
   * @param body the body, {@code null} for none
   * @param headers the response headers; {@link HeaderLookup#none()} for none
   */
  Decoded<E> decode(int httpStatus, InputStream body, HeaderLookup headers);

  /**
   * The response a server sends for {@code exception}: HTTP status, headers and the catalog's
   * envelope; decoding it gives back an equal exception. {@code
   * exception.catalog().encode(exception)} encodes any exception of any catalog.
   *
   * @throws IllegalArgumentException if {@code exception} is not of this catalog's {@link
   *     #exceptionType()}
   */
  EncodedError encode(CatalogException exception);

  /**
   * {@link #encode(CatalogException)} for a reader of {@code locale} (a request's {@code
   * Accept-Language}): an RFC 9457 problem detail's {@code title} is the entry's description in that
   * locale, and so is another envelope's description field when the exception carries none of its
   * own. A catalog that knows no locales encodes as {@link #encode(CatalogException)} does.
   *
   * @throws IllegalArgumentException if {@code exception} is not of this catalog's {@link
   *     #exceptionType()}
   */
  default EncodedError encode(CatalogException exception, Locale locale) {
    return encode(exception);
  }

  /** The limits decoding keeps to. */
  DecodeLimits limits();

  /** The same catalog decoding within other limits. */
  Catalog<E> withLimits(DecodeLimits limits);

  /**
   * The catalog of a generated matcher, which calls this once and keeps the result: the codec of its
   * envelope and its matching methods.
   *
   * @param name the catalog's name
   * @param exceptionType the catalog's exception type
   * @param codec the codec of the catalog's envelope, whose limits the catalog decodes within
   * @param match the matcher's {@code match}
   * @param forHttpStatus the matcher's {@code forHttpStatus}
   * @param toException the matcher's {@code toException}
   */
  static <E extends CatalogException> Catalog<E> of(
      String name,
      Class<E> exceptionType,
      EnvelopeCodec codec,
      Function<String, ? extends ErrorCode> match,
      IntFunction<? extends ErrorCode> forHttpStatus,
      Function<ErrorReport, E> toException) {
    return new CodecCatalog<>(name, exceptionType, codec, match, forHttpStatus, toException);
  }
}
