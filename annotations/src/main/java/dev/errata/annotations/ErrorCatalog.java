package dev.errata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an interface as an error catalog: its {@link Code @Code} constants (and nested
 * {@link Group @Group} interfaces) are the codes an API documents, and the Errata processor turns
 * them into {@code <name>ErrorCode}, {@code <name>ErrorType}, a sealed {@code <name>Exception}
 * hierarchy and a {@code <name>Matcher} in the interface's package (a named one: types generated in
 * the unnamed package could not be imported), and exports the catalog as {@code
 * META-INF/errata/<package>.<name>.json}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ErrorCatalog {

  /** Prefix of every generated type, an upper-camel Java identifier such as {@code "Khipu"}. */
  String name();

  /**
   * A regular expression every code must match, checked at compile time on exact codes, on both ends
   * of a range and on wildcards with their {@code x} and {@code *} positions filled in; empty means
   * no check. It also decides how a value holding {@code x} or {@code *} is read (see {@link
   * CodeReading#PATTERN}): {@code "[a-z_]+"} makes {@code "expired_card"} one code, {@code "[A-Z]\\d{3}"}
   * makes {@code "E2xx"} a wildcard.
   */
  String codePattern() default "";

  /**
   * The language tags descriptions are written in (BCP 47, such as {@code "en"} or {@code "pt-BR"});
   * the first one is the default, used by a {@link Description} without a locale.
   */
  String[] locales() default {"en"};

  /** The error types codes refer to by name, each with its retry meaning. */
  ErrorType[] types() default {};

  /**
   * The type given to a received code that matches nothing in the catalog; empty means such codes get
   * a type of the catalog's own, {@code <name>ErrorType.UNKNOWN}: a failure, never retried.
   */
  String unknownType() default "";

  /** Where the code, type and other fields sit in the API's JSON error body. */
  Envelope envelope() default @Envelope;

  /**
   * A class-path resource (such as {@code "errors/khipu.json"}) holding the codes, in the format the
   * processor exports, used instead of constants; empty means the codes are the interface's constants.
   */
  String source() default "";

  /**
   * A class-path resource (such as {@code "errata/khipu.baseline.json"}) holding the catalog as its
   * clients know it: normally the JSON export of the last release ({@code
   * META-INF/errata/<package>.<Name>.json} of its jar), checked in. Each change since then that breaks
   * clients is a compile error unless {@link #accept()} names it; empty means no baseline (unless the
   * processor option {@code errata.baselineDir} names a directory holding the export).
   */
  String baseline() default "";

  /**
   * The breaking changes since the {@link #baseline()} this catalog accepts, each as {@code
   * "<rule id>:<entry>"}, such as {@code "ErrataCodeRemoved:LOGON"} (the entry is the constant's name,
   * or what the rule's message names: a locale, an envelope field, a type), so accepting a break is a
   * reviewed line in a diff.
   */
  String[] accept() default {};
}
