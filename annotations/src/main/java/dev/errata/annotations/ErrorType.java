package dev.errata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** One error type of a catalog (such as Khipu's {@code DO_NOT_RETRY}) and what it means for a retry. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface ErrorType {

  /** The type's name as the API sends it, which is also its generated enum constant: a Java identifier. */
  String name();

  /** Whether and when a request that failed with this type may be sent again. */
  Retry retry() default Retry.NEVER;

  /** With {@link Retry#AFTER}, how long to wait, as an ISO-8601 duration such as {@code "PT4H"}. */
  String after() default "";

  /** Whether a response of this type is a failure (the default), a warning, or a success. */
  Outcome outcome() default Outcome.FAILURE;

  /** What the type means, one per locale, for the generated Javadoc and docs. */
  Description[] descriptions() default {};
}
