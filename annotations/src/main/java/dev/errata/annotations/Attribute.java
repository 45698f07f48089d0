package dev.errata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A further field of the error body, kept on the exception under {@link #name()}. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({})
public @interface Attribute {

  /** The name the value is read back with, {@code exception.attribute(name)}. */
  String name();

  /** JSON Pointer (RFC 6901) to the field in the body. */
  String pointer();

  /** The JSON type the value is written with (a number, such as Twilio's {@code "status": 400}). */
  JsonType json() default JsonType.STRING;
}
