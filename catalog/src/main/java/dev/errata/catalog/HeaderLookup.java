package dev.errata.catalog;

import java.util.Collection;
import java.util.Map;

/**
 * The response headers as decoding reads them: the first value of a header, its name matched in any
 * case. One method, so the headers of any HTTP stack fit as a lambda or a method reference, where
 * they are no {@code Map}: {@code springHeaders::getFirst} (Spring's {@code HttpHeaders}), {@code
 * response::header} (OkHttp), {@code context::getHeaderString} (JAX-RS), {@code name ->
 * headers.firstValue(name).orElse(null)} ({@code java.net.http.HttpHeaders}). Maps of lists or
 * collections ({@code Map<String, List<String>>}, Feign's {@code Map<String, Collection<String>>},
 * JAX-RS's {@code MultivaluedMap}) go through {@link #of(Map)}.
 */
@FunctionalInterface
public interface HeaderLookup {

  /**
   * The first value of the header {@code name}, in whatever case the response wrote the name; {@code
   * null} when the response has no such header. Must not throw.
   */
  String first(String name);

  /** No headers at all. */
  static HeaderLookup none() {
    return name -> null;
  }

  /**
   * The headers of a map from names to values, such as {@code java.net.http.HttpHeaders.map()}: the
   * first non-null value of the first entry whose name equals {@code name} ignoring case. A {@code
   * null} map, a {@code null} list and {@code null} values are read as absent. The map is read at
   * each look-up, not copied.
   */
  static HeaderLookup of(Map<String, ? extends Collection<String>> headers) {
    if (headers == null) {
      return none();
    }
    return name -> {
      String exact = firstValue(headers.get(name));
      if (exact != null) {
        // The usual case: the name as written, or a map that ignores case itself (Feign's, Jersey's).
        return exact;
      }
      for (Map.Entry<String, ? extends Collection<String>> header : headers.entrySet()) {
        if (name.equalsIgnoreCase(header.getKey())) {
          String value = firstValue(header.getValue());
          if (value != null) {
            return value;
          }
        }
      }
      return null;
    };
  }

  private static String firstValue(Collection<String> values) {
    if (values != null) {
      for (String value : values) {
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }
}
