package dev.errata.processor.read;

/**
 * What is wrong with the file of {@code @ErrorCatalog(source = ...)}: one kind per diagnostic id.
 *
 * @param kind what kind of problem it is
 * @param at where in the file, holding what is wrong there
 */
public record SourceProblem(Kind kind, Located<String> at) {

  /** The kinds of problem a catalog file can have before its catalog is validated. */
  public enum Kind {
    /** No location has the file: the value says where it was looked for. */
    NOT_FOUND,
    /** The file is not JSON. */
    SYNTAX,
    /** The file is of a format version this reader does not read. */
    VERSION,
    /** A key that is unknown, missing or repeated in its object. */
    KEY,
    /** A value of the wrong JSON type, or not one of the words allowed there. */
    VALUE,
    /** A code's name or a group's path that is not made of Java identifiers. */
    NAME,
    /** A group listed twice, or named without being listed. */
    GROUP,
    /** An entry with both a code's keys and {@code status}, or with neither. */
    ENTRY
  }
}
