package dev.errata.processor.write;

/**
 * One output of a catalog, ready to write: a Java source named by its type's qualified name, or a
 * resource of the class output named by its path.
 *
 * @param kind a source or a resource
 * @param name the qualified type name of a source, the path of a resource
 * @param content the text to write, in UTF-8
 */
public record GeneratedFile(Kind kind, String name, String content) {

  /** Where a generated file goes. */
  public enum Kind {
    /** A Java source file, compiled in the same build. */
    SOURCE,
    /** A resource of the class output, such as the catalog's JSON export and docs pages. */
    RESOURCE
  }
}
