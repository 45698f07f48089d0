package dev.errata.catalog;

/** Which {@link JsonBackend} this JVM uses: decided once, when the first codec is made. */
final class JsonBackends {

  private static final String JACKSON3_CLASS = "tools.jackson.core.json.JsonFactory";
  private static final String JACKSON2_CLASS = "com.fasterxml.jackson.core.JsonFactory";

  /** Why there is no backend, {@code null} when there is one. */
  private static final String PROBLEM;
  /** The name of the backend every codec uses, {@code null} when there is none. */
  private static final String CHOSEN;

  static {
    String chosen = null;
    String problem = null;
    try {
      chosen = choose(System.getProperty(JsonBackend.PROPERTY));
    } catch (IllegalStateException e) {
      problem = e.getMessage();
    }
    CHOSEN = chosen;
    PROBLEM = problem;
  }

  private JsonBackends() {}

  /**
   * The name of the backend every codec of this JVM uses.
   *
   * @throws IllegalStateException (each time, so that every codec made says why) if there is none
   */
  static String chosen() {
    if (CHOSEN == null) {
      throw new IllegalStateException(PROBLEM);
    }
    return CHOSEN;
  }

  /**
   * The backend {@code property} names, else Jackson 3 when it is present, else Jackson 2.
   *
   * @throws IllegalStateException if the one named is absent or unknown, or neither is present
   */
  static String choose(String property) {
    boolean jackson3 = isPresent(JACKSON3_CLASS);
    boolean jackson2 = isPresent(JACKSON2_CLASS);
    if (property == null || property.isBlank()) {
      if (!jackson3 && !jackson2) {
        throw new IllegalStateException("Errata reads JSON with Jackson: put tools.jackson.core:jackson-core"
            + " (Jackson 3) or com.fasterxml.jackson.core:jackson-core (Jackson 2) on the class path");
      }
      return jackson3 ? Jackson3Backend.NAME : Jackson2Backend.NAME;
    }
    String named = property.trim();
    boolean present = named.equals(Jackson3Backend.NAME) ? jackson3
        : named.equals(Jackson2Backend.NAME) ? jackson2
        : fail("-D" + JsonBackend.PROPERTY + "=" + named + " names no JSON backend: use "
            + Jackson3Backend.NAME + " or " + Jackson2Backend.NAME);
    if (!present) {
      fail("-D" + JsonBackend.PROPERTY + "=" + named + ", but " + (named.equals(Jackson3Backend.NAME)
          ? JACKSON3_CLASS : JACKSON2_CLASS) + " is not on the class path");
    }
    return named;
  }

  private static boolean fail(String message) {
    throw new IllegalStateException(message);
  }

  private static boolean isPresent(String className) {
    try {
      Class.forName(className, false, JsonBackends.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
