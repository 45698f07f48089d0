package dev.errata.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.IntFunction;

/** The {@link Catalog} of a generated matcher: its matching methods and the codec of its envelope. */
final class CodecCatalog<E extends CatalogException> implements Catalog<E> {

  /** Bytes read from a stream at a time, and the first buffer's size. */
  private static final int CHUNK = 8 * 1024;

  private final String name;
  private final Class<E> exceptionType;
  private final EnvelopeCodec codec;
  private final Function<String, ? extends ErrorCode> match;
  private final IntFunction<? extends ErrorCode> forHttpStatus;
  private final Function<ErrorReport, E> toException;

  CodecCatalog(
      String name,
      Class<E> exceptionType,
      EnvelopeCodec codec,
      Function<String, ? extends ErrorCode> match,
      IntFunction<? extends ErrorCode> forHttpStatus,
      Function<ErrorReport, E> toException) {
    this.name = Objects.requireNonNull(name, "name");
    this.exceptionType = Objects.requireNonNull(exceptionType, "exceptionType");
    this.codec = Objects.requireNonNull(codec, "codec");
    this.match = Objects.requireNonNull(match, "match");
    this.forHttpStatus = Objects.requireNonNull(forHttpStatus, "forHttpStatus");
    this.toException = Objects.requireNonNull(toException, "toException");
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Class<E> exceptionType() {
    return exceptionType;
  }

  @Override
  public ErrorCode match(String code) {
    return match.apply(code);
  }

  @Override
  public ErrorCode forHttpStatus(int httpStatus) {
    return forHttpStatus.apply(httpStatus);
  }

  @Override
  public E toException(ErrorReport report) {
    return toException.apply(report);
  }

  @Override
  public Decoded<E> decode(int httpStatus, byte[] body, HeaderLookup headers) {
    return codec.decodeBody(httpStatus, body, null, false, orNone(headers), toException);
  }

  @Override
  public Decoded<E> decode(int httpStatus, InputStream body, HeaderLookup headers) {
    Body read = read(body, codec.limits().maxBodyBytes());
    return codec.decodeBody(httpStatus, read.bytes(), read.cut(), read.overLimit(), orNone(headers), toException);
  }

  /**
   * A body as it was read: its bytes, and why they are not all of it ({@code cut}, {@code null} when
   * they are); {@code overLimit} when it was cut at the size limit.
   */
  record Body(byte[] bytes, String cut, boolean overLimit) {
    static Body whole(byte[] body) {
      return new Body(body, null, false);
    }
  }

  /** At most {@code limit} bytes of {@code body}; what was read, and why not all, when it was not. */
  static Body read(InputStream body, int limit) {
    if (body == null) {
      return Body.whole(new byte[0]);
    }
    byte[] buffer = new byte[Math.min(limit, CHUNK)];
    int length = 0;
    try {
      while (true) {
        if (length == buffer.length) {
          if (length == limit) {
            // Full: one byte more says whether the body goes on.
            if (body.read() < 0) {
              return Body.whole(buffer);
            }
            return new Body(buffer, "body is over the " + limit
                + "-byte limit; its first " + limit + " bytes are kept, not parsed", true);
          }
          buffer = Arrays.copyOf(buffer, (int) Math.min(limit, 2L * buffer.length));
        }
        int read = body.read(buffer, length, buffer.length - length);
        if (read < 0) {
          return Body.whole(Arrays.copyOf(buffer, length));
        }
        length += read;
      }
    } catch (IOException | RuntimeException e) {
      return new Body(Arrays.copyOf(buffer, length),
          "body could not be read after " + length + " bytes: " + e, false);
    }
  }

  private static HeaderLookup orNone(HeaderLookup headers) {
    return headers == null ? HeaderLookup.none() : headers;
  }

  @Override
  public EncodedError encode(CatalogException exception) {
    return codec.encode(own(exception));
  }

  @Override
  public EncodedError encode(CatalogException exception, Locale locale) {
    return codec.encode(own(exception), locale);
  }

  private CatalogException own(CatalogException exception) {
    Objects.requireNonNull(exception, "exception");
    if (!exceptionType.isInstance(exception)) {
      throw new IllegalArgumentException(exception.getClass().getName() + " is not an exception of the "
          + name + " catalog (" + exceptionType.getName() + "); encode it with its own: exception.catalog()");
    }
    return exception;
  }

  @Override
  public DecodeLimits limits() {
    return codec.limits();
  }

  @Override
  public Catalog<E> withLimits(DecodeLimits limits) {
    return new CodecCatalog<>(name, exceptionType, codec.withLimits(limits), match, forHttpStatus, toException);
  }

  @Override
  public String toString() {
    return "Catalog " + name;
  }
}
