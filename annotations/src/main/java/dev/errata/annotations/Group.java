package dev.errata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an interface nested in a catalog (or in another group) as a group of codes: it becomes a sealed
 * exception class that its codes' exception classes extend, and gives its codes defaults. A nested
 * interface without this annotation is a group with no defaults.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Group {

  /** The type of the group's codes that name none; empty means the enclosing group's. */
  String type() default "";

  /** The HTTP status of the group's codes that give none; 0 means the enclosing group's, or none. */
  int http() default 0;

  /**
   * When true, the group itself is the (final) exception class of all its codes, nested groups
   * included, instead of one class per code: for catalogs with hundreds or thousands of codes.
   */
  boolean leaf() default false;
}
