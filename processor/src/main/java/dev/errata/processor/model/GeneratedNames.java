package dev.errata.processor.model;

import java.util.List;
import java.util.Locale;

/**
 * The one place that names what the processor generates for a catalog: the validator uses it to find
 * clashes before anything is written, the writers to write.
 */
public final class GeneratedNames {

  /** The enum constant of codes that match nothing, unless the catalog names one of its own so. */
  public static final String UNKNOWN = "UNKNOWN";
  /**
   * The enum constant of codes that match nothing in a catalog that declares a code or group named
   * {@code UNKNOWN} (as gRPC's {@code google.rpc.Code} does): protobuf-java's name for the same entry.
   */
  public static final String UNRECOGNIZED = "UNRECOGNIZED";
  /** The error type of codes that match nothing, in a catalog whose {@code unknownType} is empty. */
  public static final String UNKNOWN_TYPE = "UNKNOWN";

  /** The fields of the code enum, which no code constant can be named: {@code code}, {@code type}, ... */
  public static final List<String> ERROR_CODE_FIELDS = List.of("code", "type", "httpStatus", "range", "descriptions");
  /** The members of the type enum ({@code retry}, {@code outcome}, and {@code Enum.name}), which no type can be named. */
  public static final List<String> ERROR_TYPE_MEMBERS = List.of("retry", "outcome", "name");
  /** The runtime types the type enum's constants name without qualifying them, which no type can be named. */
  public static final List<String> ERROR_TYPE_REFERENCES = List.of("RetryAdvice", "Outcome", "Duration");

  private final String prefix;
  private final boolean unknownTaken;

  /** Names for the catalog whose {@code name} is {@code prefix}, which names nothing {@code UNKNOWN}. */
  public GeneratedNames(String prefix) {
    this(prefix, false);
  }

  /**
   * Names for the catalog whose {@code name} is {@code prefix}; {@code unknownTaken} when it declares
   * a code or group that {@link #takesUnknown takes} the name of the built-in entry for codes that
   * match nothing, which is then {@link #UNRECOGNIZED}.
   */
  public GeneratedNames(String prefix, boolean unknownTaken) {
    this.prefix = prefix;
    this.unknownTaken = unknownTaken;
  }

  /**
   * Whether a code or group of this name takes the built-in entry's name: its constant would be
   * {@code UNKNOWN}, or its class {@code <Name>UnknownException} ({@code UNKNOWN}, {@code Unknown}).
   */
  public static boolean takesUnknown(String name) {
    return name.equals(UNKNOWN) || upperCamel(name).equals(upperCamel(UNKNOWN));
  }

  /** The enum constant of codes that match nothing: {@link #UNKNOWN}, or {@link #UNRECOGNIZED}. */
  public String unknownConstant() {
    return unknownTaken ? UNRECOGNIZED : UNKNOWN;
  }

  /** {@code <Name>ErrorCode}. */
  public String errorCode() {
    return prefix + "ErrorCode";
  }

  /**
   * {@code <Name>ErrorCodes<chunk>}: the interfaces naming the constants of a code class too big to be
   * an enum, one per chunk of constants.
   */
  public String errorCodeConstants(int chunk) {
    return errorCode() + "s" + chunk;
  }

  /** Whether {@code simpleName} is one of the {@link #errorCodeConstants} names, whatever the chunk. */
  public boolean isErrorCodeConstants(String simpleName) {
    String prefix = errorCode() + "s";
    return simpleName.length() > prefix.length()
        && simpleName.startsWith(prefix)
        && simpleName.substring(prefix.length()).chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /** {@code <Name>ErrorType}. */
  public String errorType() {
    return prefix + "ErrorType";
  }

  /** {@code <Name>Exception}, the sealed root of the hierarchy. */
  public String exception() {
    return prefix + "Exception";
  }

  /** {@code <Name>Matcher}. */
  public String matcher() {
    return prefix + "Matcher";
  }

  /**
   * {@code <Name>UnknownException}, or {@code <Name>UnrecognizedException}: the class of {@link
   * #unknownConstant()}.
   */
  public String unknownException() {
    return prefix + upperCamel(unknownConstant()) + "Exception";
  }

  /** The exception class of a code: {@code TARGET_UNAVAILABLE} gives {@code <Name>TargetUnavailableException}. */
  public String codeException(String constantName) {
    return prefix + upperCamel(constantName) + "Exception";
  }

  /** The exception class of a group: {@code Logon} gives {@code <Name>LogonException}. */
  public String groupException(String simpleName) {
    return prefix + upperCamel(simpleName) + "Exception";
  }

  /**
   * {@code TARGET_UNAVAILABLE} and {@code targetUnavailable} both give {@code TargetUnavailable}; a
   * name without underscores keeps its inner capitals ({@code ClientErrors}).
   */
  public static String upperCamel(String name) {
    StringBuilder out = new StringBuilder(name.length());
    boolean constantCase = name.indexOf('_') >= 0 || name.equals(name.toUpperCase(Locale.ROOT));
    for (String part : name.split("_")) {
      if (part.isEmpty()) {
        continue;
      }
      out.append(Character.toUpperCase(part.charAt(0)));
      String rest = part.substring(1);
      out.append(constantCase ? rest.toLowerCase(Locale.ROOT) : rest);
    }
    return out.toString();
  }
}
