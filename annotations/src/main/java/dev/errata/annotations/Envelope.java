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

  /**
   * How the body is laid out: where this envelope's pointers say ({@link Format#POINTERS}, the
   * default), or as an RFC 9457 problem detail ({@link Format#PROBLEM_DETAILS}), whose members fix the
   * code, description, correlation id and HTTP status fields.
   */
  Format format() default Format.POINTERS;

  /**
   * With {@link Format#PROBLEM_DETAILS}, the absolute URI every problem {@code type} starts with, such
   * as {@code "https://api.example.com/problems/"}: the code is the rest, so {@code
   * ".../problems/out-of-credit"} is the code {@code out-of-credit}. Required with that format, and
   * only there.
   */
  String typePrefix() default "";

  /** Pointer to the error code, or {@link #HTTP_STATUS}. */
  String code() default "/code";

  /** The JSON type the code is written with: {@code NUMBER} for Twilio's {@code "code": 30004}. */
  JsonType codeJson() default JsonType.STRING;

  /** Pointer to the error type the response itself gives, which wins over the code's declared type. */
  String type() default "";

  /** Pointer to the human-readable description the response gives. */
  String description() default "/message";

  /** Pointer to the body's own status field, compared with {@link #successStatus()}. */
  String status() default "";

  /** The JSON type the status field is written with: {@code BOOLEAN} for Slack's {@code "ok": false}. */
  JsonType statusJson() default JsonType.STRING;

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

  /**
   * Pointer to a field whose presence in a success signals a warning, its value the warning's code
   * (Slack's {@code {"ok": true, "warning": "superfluous_charset"}}): such a response decodes as a
   * warning, typed by that code.
   */
  String warning() default "";

  /**
   * Pointer to a field that carries the HTTP status as a number (Google's {@code "error": {"code":
   * 404}}): written from the exception's status; read into {@code ErrorReport.bodyHttpStatus()}, and a
   * 2xx response whose body says a status outside 2xx is a failure.
   */
  String httpStatus() default "";

  /**
   * Name of a response header that carries the correlation id (Stripe's {@code Request-Id}), matched
   * in any case; read when the body has none, and written on encode.
   */
  String correlationIdHeader() default "";

  /**
   * Name of a response header whose {@code true} or {@code false} overrides the retry advice (Stripe's
   * {@code Stripe-Should-Retry}), matched in any case: {@code false} means never, {@code true} at least
   * immediately; written on encode from the advice.
   */
  String retryHeader() default "";

  /** Further fields kept on the exception under a name of their own. */
  Attribute[] attributes() default {};

  /** The layouts of an error body. */
  enum Format {
    /** The fields sit where the envelope's pointers say; sent as {@code application/json}. */
    POINTERS,
    /**
     * An RFC 9457 problem detail, sent as {@code application/problem+json}: {@code type} is the code
     * (with {@link #typePrefix()} before it), {@code title} the entry's description, {@code detail} the
     * description of the occurrence, {@code instance} the correlation id and {@code status} the HTTP
     * status; extension members are {@link #attributes()}. Leave {@code code}, {@code codeJson},
     * {@code description}, the status elements, {@code warning} and {@code httpStatus} at their
     * defaults; {@code correlationId} may name an extension member instead of {@code instance}.
     */
    PROBLEM_DETAILS
  }
}
