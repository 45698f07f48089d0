package dev.errata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** What a code or group means, in one locale; repeat it once per locale the catalog declares. */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.TYPE})
@Repeatable(Descriptions.class)
public @interface Description {

  /** The text, as the API's documentation gives it. */
  String value();

  /** The language tag of the text, one of the catalog's locales; empty means the catalog's first locale. */
  String locale() default "";
}
