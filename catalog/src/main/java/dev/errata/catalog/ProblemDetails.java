package dev.errata.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * The rules of RFC 9457 problem details that an {@link EnvelopeFormat#isProblemDetails()} envelope
 * follows beyond its pointers: how a {@code type} becomes a code and back, and what the {@code title}
 * says.
 */
final class ProblemDetails {

  /** The media type of a problem detail in JSON (RFC 9457, section 3). */
  static final String MEDIA_TYPE = "application/problem+json";

  /** The type of a problem that says no more than its HTTP status (RFC 9457, section 4.2.1). */
  static final String ABOUT_BLANK = "about:blank";

  private ProblemDetails() {}

  /**
   * A member's value as decoding keeps it: {@code null}, said in {@code problems}, when its JSON type
   * is not the one RFC 9457 gives it ("the member MUST be ignored", section 3.1); else {@code value}.
   *
   * @param member the member's name, such as {@code "type"}
   * @param value the member's value as text, {@code null} when absent
   * @param json the JSON type it was written with
   * @param expected the JSON type the RFC gives the member
   */
  static String member(String member, String value, JsonType json, JsonType expected, List<String> problems) {
    if (value == null || json == expected) {
      return value;
    }
    String kind = json == null ? "value of no JSON type" : "JSON " + json.name().toLowerCase(Locale.ROOT);
    problems.add("problem detail member \"" + member + "\" is a " + kind + ", not a "
        + expected.name().toLowerCase(Locale.ROOT) + "; ignored (RFC 9457, section 3.1)");
    return null;
  }

  /**
   * The fields of a problem detail as the RFC means them: a member of the wrong JSON type ignored
   * ({@code type}, {@code detail} and {@code instance} are strings, {@code status} a number), and the
   * code the {@code type} names ({@link #code(String, String)}) in place of the type.
   */
  static EnvelopeReader.Fields read(EnvelopeFormat format, EnvelopeReader.Fields fields, List<String> problems) {
    if (!fields.parsed()) {
      return fields;
    }
    String type = member("type", fields.code(), fields.json().get("code"), JsonType.STRING, problems);
    String detail = member("detail", fields.description(), fields.json().get("description"), JsonType.STRING, problems);
    String correlationId = !format.correlationId().equals("/instance") ? fields.correlationId()
        : member("instance", fields.correlationId(), fields.json().get("correlation id"), JsonType.STRING, problems);
    String status = member("status", fields.httpStatus(), fields.json().get("HTTP status"), JsonType.NUMBER, problems);
    return new EnvelopeReader.Fields(true, false, type == null ? null : code(type, format.typePrefix()),
        fields.type(), detail, fields.status(), correlationId, fields.warning(), status, fields.attributes(),
        fields.json());
  }

  /** Says in {@code problems} when the {@code status} member is not the response's HTTP status, which wins. */
  static void checkStatus(int member, int httpStatus, List<String> problems) {
    if (member != 0 && member != httpStatus) {
      problems.add("problem detail status " + member + " is not the HTTP status " + httpStatus
          + "; the HTTP status holds (RFC 9457, section 3.1.2)");
    }
  }

  /**
   * The code a problem {@code type} names, {@code null} for {@code about:blank} or an empty type (the
   * HTTP status then names the entry). A relative reference is resolved (RFC 3986, section 5) against
   * {@code prefix}, standing for the document's base URI, which a decoder is not given; a type that
   * starts with the prefix is the code after it, any other is the code as it is (an unknown one).
   */
  static String code(String type, String prefix) {
    if (type.isEmpty()) {
      return null;
    }
    String resolved = resolve(type, prefix);
    if (resolved.equals(ABOUT_BLANK)) {
      return null;
    }
    return resolved.startsWith(prefix) && resolved.length() > prefix.length()
        ? resolved.substring(prefix.length())
        : resolved;
  }

  private static String resolve(String type, String prefix) {
    try {
      URI reference = new URI(type);
      URI base = new URI(prefix);
      if (reference.isAbsolute() || base.isOpaque() || !base.isAbsolute()) {
        return type;
      }
      if (reference.getRawPath().isEmpty() && reference.getRawAuthority() == null
          && reference.getRawQuery() != null) {
        // RFC 3986 5.2.2: a reference of a query alone keeps the base's path; java.net.URI does not.
        String whole = base.toString().split("[?#]", 2)[0];
        return whole + type;
      }
      if (base.getRawPath().isEmpty()) {
        // RFC 3986 5.2.3: a base with an authority and no path merges as "/"; java.net.URI does not.
        base = base.resolve("/");
      }
      return base.resolve(reference).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      // Not a URI reference: compared as text.
      return type;
    }
  }

  /** The {@code type} of a code: the prefix and the code, or {@code about:blank} for an entry without one. */
  static String type(String code, String prefix) {
    return code == null || code.isEmpty() ? ABOUT_BLANK : prefix + code;
  }

  /**
   * The {@code title}: the entry's description in {@code locale} (the catalog's default locale when
   * {@code null}), else, and always for {@code about:blank}, the HTTP status's reason phrase (RFC 9457,
   * section 4.2.1); {@code null} when there is neither.
   */
  static String title(CatalogException exception, Locale locale, int httpStatus) {
    String code = exception.code();
    if (code != null && !code.isEmpty()) {
      String description = locale == null
          ? exception.errorCode().description()
          : exception.errorCode().description(locale);
      if (!description.isEmpty()) {
        return description;
      }
    }
    return reasonPhrase(httpStatus);
  }

  /** The reason phrase RFC 9110 (section 15) gives a status, {@code null} for one it does not name. */
  static String reasonPhrase(int httpStatus) {
    return switch (httpStatus) {
      case 400 -> "Bad Request";
      case 401 -> "Unauthorized";
      case 402 -> "Payment Required";
      case 403 -> "Forbidden";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 406 -> "Not Acceptable";
      case 407 -> "Proxy Authentication Required";
      case 408 -> "Request Timeout";
      case 409 -> "Conflict";
      case 410 -> "Gone";
      case 411 -> "Length Required";
      case 412 -> "Precondition Failed";
      case 413 -> "Content Too Large";
      case 414 -> "URI Too Long";
      case 415 -> "Unsupported Media Type";
      case 416 -> "Range Not Satisfiable";
      case 417 -> "Expectation Failed";
      case 421 -> "Misdirected Request";
      case 422 -> "Unprocessable Content";
      case 426 -> "Upgrade Required";
      case 428 -> "Precondition Required";
      case 429 -> "Too Many Requests";
      case 431 -> "Request Header Fields Too Large";
      case 451 -> "Unavailable For Legal Reasons";
      case 500 -> "Internal Server Error";
      case 501 -> "Not Implemented";
      case 502 -> "Bad Gateway";
      case 503 -> "Service Unavailable";
      case 504 -> "Gateway Timeout";
      case 505 -> "HTTP Version Not Supported";
      default -> null;
    };
  }
}
