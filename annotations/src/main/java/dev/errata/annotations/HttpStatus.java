package dev.errata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} constant of a catalog interface as an entry for responses that carry no code,
 * only an HTTP status (such as Stripe's 5xx): its value is the status it stands for, exact
 * ({@code "403"}), a wildcard ({@code "5xx"}) or a range ({@code "500..504"}). It gets an enum constant
 * and an exception class as a code does, but no code matches it: the matcher's {@code forHttpStatus}
 * finds it, the most specific status first, as for codes. A server raising it sends its exact status,
 * or the lowest of its range.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface HttpStatus {

  /** The name of the entry's {@link ErrorType}; empty means the type of the enclosing {@link Group}. */
  String type() default "";
}
