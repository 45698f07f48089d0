package dev.errata.catalog;

import java.util.List;

/**
 * The property names a reader looks for in one object, made once by a {@link JsonBackend} in the form
 * its parser matches fastest: {@link JsonTokens#nextName(JsonNames)} gives a name's index here instead
 * of the name, so that a reader walking a body never compares strings itself. Thread-safe; the names
 * never change, and a backend's matcher of them may learn other names as it reads (Jackson 3's does).
 */
final class JsonNames {

  /** What {@link JsonTokens#nextName(JsonNames)} gives at the end of the object. */
  static final int END = -1;

  /** What {@link JsonTokens#nextName(JsonNames)} gives for a name that is not one of these. */
  static final int OTHER = -2;

  private final String[] names;
  private final Object matcher;

  /**
   * {@code names}, distinct, with the matcher of the backend that made them ({@code null} for none):
   * only that backend reads it back.
   */
  JsonNames(List<String> names, Object matcher) {
    this.names = names.toArray(new String[0]);
    this.matcher = matcher;
  }

  /** The backend's matcher of these names, {@code null} when it has none. */
  Object matcher() {
    return matcher;
  }

  /** The index of {@code name} (which may be {@code null}), else {@link #OTHER}. */
  int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equals(name)) {
        return i;
      }
    }
    return OTHER;
  }
}
