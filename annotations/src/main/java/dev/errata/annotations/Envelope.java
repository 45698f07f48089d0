package dev.errata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Where the fields of an error sit in the API's JSON error body, each as a JSON Pointer (RFC 6901,
 * such as {@code "/Error/Code"}); an empty pointer means the body has no such field.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Envelope {

  /** The value of {@link #code()} that means the HTTP status itself is the code (as in KeyBank's API). */
  String HTTP_STATUS = "<http-status>";

  /** Pointer to the error code, or {@link #HTTP_STATUS}. */
  String code() default "/code";

  /** Pointer to the error type the response itself gives, which wins over the code's declared type. */
  String type() default "";

  /** Pointer to the human-readable description the response gives. */
  String description() default "/message";

  /** Pointer to the body's own status field, compared with {@link #successStatus()}. */
  String status() default "";

  /** The value of the {@link #status()} field that means the response is not an error. */
  String successStatus() default "";

  /** The value of the {@link #status()} field that means a success with a warning (KeyBank's "W"). */
  String warningStatus() default "";

  /** The value of the {@link #status()} field a server writes for an error (Khipu's "ERROR"). */
  String failureStatus() default "";

  /** The HTTP status a server sends for an error whose code declares none. */
  int defaultHttpStatus() default 500;

  /** Pointer to the correlation (or operation) id that traces the request. */
  String correlationId() default "";

  /** Further fields kept on the exception under a name of their own. */
  Attribute[] attributes() default {};
}
