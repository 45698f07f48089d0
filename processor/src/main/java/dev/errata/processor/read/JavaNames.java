package dev.errata.processor.read;

import javax.lang.model.SourceVersion;

/** The one rule for names that become generated types and constants, from Java or from a JSON file. */
public final class JavaNames {

  private JavaNames() {}

  /**
   * Whether a generated type or constant can carry {@code name}: a Java identifier that is no keyword,
   * without dots, and without the characters Java ignores in identifiers (NUL, zero-width space), which
   * no source file can be named with.
   */
  public static boolean isIdentifier(String name) {
    return SourceVersion.isName(name)
        && !name.contains(".")
        && name.chars().noneMatch(Character::isIdentifierIgnorable);
  }
}
