package dev.errata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} constant of a catalog interface as an error code. The constant's name is the
 * code's symbolic name; its value is an exact code ({@code "A000"}), an inclusive range whose ends
 * differ only in their trailing digits ({@code "E100..E199"}), or a wildcard where each {@code x} stands
 * for one digit and each {@code *} for one ASCII letter or digit ({@code "E2xx"}, {@code "08***"}).
 *
 * <p>A value holding an {@code x} or a {@code *} can also be one exact code ({@code "expired_card"}):
 * the catalog's {@code codePattern} decides which, or {@link #reading()} says it.
 *
 * <p>A code named like its group ({@code ClientError.CLIENT_ERROR}) is the group's own code: the group's
 * exception class is that code's, and the other codes' classes extend it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Code {

  /** The name of the code's {@link ErrorType}; empty means the type of the enclosing {@link Group}. */
  String type() default "";

  /** The HTTP status that goes with the code; 0 means the enclosing group's, or none. */
  int http() default 0;

  /**
   * How the value is read when it holds an {@code x} or a {@code *}: by the catalog's {@code
   * codePattern} (the default), as one exact code, or as a wildcard.
   */
  CodeReading reading() default CodeReading.PATTERN;

  /**
   * The HTTP statuses this code stands for in a response that carries no code, each an exact status
   * ({@code "400"}), a wildcard ({@code "5xx"}) or a range ({@code "500..504"}); the most specific
   * wins. Without it, a code stands for its own {@link #http()} status, unless another code with that
   * status is declared before it (or says so here).
   */
  String[] forHttpStatus() default {};
}
