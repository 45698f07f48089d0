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
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Code {

  /** The name of the code's {@link ErrorType}; empty means the type of the enclosing {@link Group}. */
  String type() default "";

  /** The HTTP status that goes with the code; 0 means the enclosing group's, or none. */
  int http() default 0;
}
