package dev.errata.catalog;

import java.util.Locale;

/**
 * Which successful responses are worth reading for an error: an API such as Khipu sends its errors
 * with HTTP 200, so a client reads a 2xx body before passing it on, but only one that can hold an
 * envelope. Every integration asks this one question, so they all read the same bodies.
 */
public final class ErrorBodies {

  private ErrorBodies() {}

  /**
   * Whether a 2xx body of this {@code Content-Type} may hold an error envelope: JSON ({@code
   * application/json}, any {@code +json} type, parameters and case aside), or no type at all. Other
   * bodies (files, images, text, HTML) are passed on unread.
   *
   * @param contentType the value of the response's {@code Content-Type} header; {@code null} when it
   *     has none
   */
  public static boolean mayHoldError(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return true;
    }
    int semicolon = contentType.indexOf(';');
    String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim()
        .toLowerCase(Locale.ROOT);
    int slash = mediaType.indexOf('/');
    String subtype = slash < 0 ? mediaType : mediaType.substring(slash + 1);
    return subtype.equals("json") || subtype.endsWith("+json");
  }
}
