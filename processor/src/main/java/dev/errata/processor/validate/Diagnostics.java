package dev.errata.processor.validate;

import javax.tools.Diagnostic;

/**
 * Every message the processor can report: a bracketed id users can search for, what is wrong, and how
 * to fix it. Arguments are filled in with {@link String#format}.
 */
public enum Diagnostics {
  NOT_AN_INTERFACE(
      "[ErrataNotInterface] @ErrorCatalog is on %s %s, but a catalog must be an interface."
          + " Declare it as `public interface %s`."),
  CATALOG_NAME(
      "[ErrataCatalogName] catalog name \"%s\" is not a Java identifier, so it cannot prefix the"
          + " generated types. Use an upper-camel name such as \"Khipu\"."),
  SOURCE_NOT_FOUND(
      "[ErrataSourceNotFound] @ErrorCatalog(source = \"%s\"): no such resource. Looked in: %s. In a"
          + " Maven or Gradle build put it at src/main/resources/%s: resources are copied to the class"
          + " output before compiling."),
  SOURCE_SYNTAX("[ErrataSourceSyntax] %s."),
  SOURCE_VERSION("[ErrataSourceVersion] %s."),
  SOURCE_KEY("[ErrataSourceKey] %s."),
  SOURCE_VALUE("[ErrataSourceValue] %s."),
  SOURCE_NAME("[ErrataSourceName] %s."),
  SOURCE_GROUP("[ErrataSourceGroup] %s."),
  SOURCE_ENTRY("[ErrataSourceEntry] %s."),
  SOURCE_CONFLICT(
      "[ErrataSourceConflict] catalog %s reads its catalog from \"%s\" but also declares %s in Java."
          + " Declare everything in the file, or remove source."),
  CODE_PATTERN_SYNTAX(
      "[ErrataCodePatternSyntax] codePattern \"%s\" is not a valid regular expression: %s"),
  CODE_PATTERN_MISMATCH(
      "[ErrataCodePattern] %s: %s does not match the catalog's codePattern \"%s\"."
          + " Fix the code, or widen codePattern."),
  CODE_PATTERN_MISMATCH_EITHER(
      "[ErrataCodePattern] %s: %s does not match the catalog's codePattern \"%s\", read as one code"
          + " or as a wildcard (%s does not either). Fix the code, or widen codePattern to admit the"
          + " reading you mean; one that admits both makes you say which, with %s or %s."),
  CODE_READING_UNDECIDED(
      "[ErrataCodeReading] %s: %s holds %s, so it is either that one code or a wildcard (%s), %s."
          + " Say which: %s for the one code, %s for the wildcard; or %s."),
  READING_WITHOUT_WILDCARD(
      "[ErrataCodeReading] %s: it is read as a wildcard, but %s holds no 'x' or '*' to stand for a"
          + " character. Write the wildcard (each 'x' one digit, each '*' one letter or digit, such as"
          + " \"%s\"), or drop the reading."),
  NO_LOCALES(
      "[ErrataLocale] the catalog declares no locales. Declare at least one, e.g."
          + " locales = {\"en\"}."),
  LOCALE_SYNTAX(
      "[ErrataLocale] locale \"%s\" is not a BCP 47 language tag. Use one such as \"en\", \"es\""
          + " or \"pt-BR\"."),
  DUPLICATE_LOCALE("[ErrataLocale] locale \"%s\" is declared twice. Declare each locale once."),
  TYPE_NAME(
      "[ErrataTypeName] type name \"%s\" is not a Java identifier, so it cannot be an enum"
          + " constant. Use a name such as \"DO_NOT_RETRY\"."),
  DUPLICATE_TYPE("[ErrataDuplicateType] type %s is declared twice. Declare each type once."),
  AFTER_MISSING(
      "[ErrataRetryAfter] type %s has retry = AFTER but no delay. Say how long to wait, e.g."
          + " after = \"PT4H\"."),
  AFTER_WITHOUT_RETRY_AFTER(
      "[ErrataRetryAfter] type %s gives after = \"%s\" but retry = %s, which ignores it. Use"
          + " retry = Retry.AFTER, or remove after."),
  DURATION_SYNTAX(
      "[ErrataDuration] after = \"%s\" of type %s is not an ISO-8601 duration. Write one such as"
          + " \"PT4H\", \"PT30M\" or \"P1D\"."),
  DURATION_NOT_POSITIVE(
      "[ErrataDuration] after = \"%s\" of type %s is not a positive duration. Use retry ="
          + " Retry.IMMEDIATELY for no wait, or a positive duration such as \"PT30S\"."),
  UNKNOWN_TYPE(
      "[ErrataUnknownType] %s names type \"%s\", which the catalog does not declare.%s"
          + " Declare it in %s or use one of: %s."),
  MISSING_TYPE(
      "[ErrataMissingType] %s has no error type. %s, naming a type declared in %s (%s)."),
  HTTP_STATUS(
      "[ErrataHttpStatus] %s declares HTTP status %d, which is not between 100 and 599. Use a real"
          + " HTTP status, or leave http unset."),
  POINTER_SYNTAX(
      "[ErrataPointer] envelope %s = \"%s\" is not a JSON Pointer. Write one such as"
          + " \"/Error/Code\" (RFC 6901: empty, or starting with '/')."),
  POINTER_ESCAPE(
      "[ErrataPointer] envelope %s = \"%s\" has a '~' not followed by '0' or '1', which is not a"
          + " JSON Pointer. Write '~0' for a '~' in a name and '~1' for a '/' (RFC 6901)."),
  HEADER_NAME(
      "[ErrataHeader] envelope %s = \"%s\" is not an HTTP header name. Write one such as"
          + " \"Request-Id\" (an RFC 9110 token: letters, digits and marks such as - _ . ! ~, no spaces"
          + " or colons)."),
  RETRY_HEADER(
      "[ErrataHeader] envelope retryHeader = \"%s\" is the delay header, which decoding reads"
          + " already. Name the header that says true or false, such as \"Stripe-Should-Retry\","
          + " or remove retryHeader."),
  STATUS_JSON(
      "[ErrataEnvelopeJson] envelope %s = \"%s\" cannot be written as statusJson = %s says. Write"
          + " %s, or declare statusJson = JsonType.STRING."),
  PROBLEM_TYPE_PREFIX(
      "[ErrataProblemDetails] envelope typePrefix = \"%s\" is not an absolute URI (%s). Write the"
          + " URI every problem type starts with, such as \"https://api.example.com/problems/\"."),
  PROBLEM_TYPE_PREFIX_MISSING(
      "[ErrataProblemDetails] envelope format = PROBLEM_DETAILS needs a typePrefix: the absolute URI"
          + " every problem type starts with, before the code, such as"
          + " typePrefix = \"https://api.example.com/problems/\"."),
  PROBLEM_TYPE_PREFIX_UNUSED(
      "[ErrataProblemDetails] envelope typePrefix = \"%s\" is read only by problem details. Add"
          + " format = Envelope.Format.PROBLEM_DETAILS, or remove typePrefix."),
  PROBLEM_FIXED_ELEMENT(
      "[ErrataProblemDetails] envelope %s = \"%s\" cannot be set with format = PROBLEM_DETAILS:"
          + " %s. Remove it."),
  PROBLEM_MEMBER(
      "[ErrataProblemDetails] envelope %s = \"%s\" points into the problem detail's \"%s\" member,"
          + " which the format fills itself%s. Point it at an extension member, such as \"/balance\"."),
  PROBLEM_CODE_SEGMENT(
      "[ErrataProblemDetails] code %s = %s cannot follow typePrefix in a problem type URI: %s. Use"
          + " letters, digits and - . _ ~ (or ! $ & ' ( ) * + , ; = : @)."),
  ATTRIBUTE_NAME(
      "[ErrataAttribute] envelope attribute name \"%s\" is %s. Give each attribute a distinct,"
          + " non-empty name."),
  UNDECLARED_LOCALE(
      "[ErrataUndeclaredLocale] %s has a description in locale \"%s\", but the catalog declares"
          + " only %s. Add the locale to @ErrorCatalog(locales = ...) or fix the tag."),
  DUPLICATE_DESCRIPTION(
      "[ErrataDuplicateDescription] %s has two descriptions in locale \"%s\". Keep one."),
  MISSING_DESCRIPTION(
      "[ErrataMissingDescription] %s has a description in %s but none in \"%s\". Add"
          + " @Description(locale = \"%s\", value = \"...\")."),
  CODE_NOT_CONSTANT(
      "[ErrataCodeNotConstant] @%s field %s is %s, but %s must be a String constant, e.g."
          + " `String %s = \"%s\";`."),
  CODE_SYNTAX("[ErrataCodeSyntax] %s: %s."),
  RANGE_ORDER("[ErrataRangeOrder] %s: %s."),
  DUPLICATE_CODE(
      "[ErrataDuplicateCode] code %s is declared twice: by %s and by %s. Give each code one"
          + " constant."),
  OVERLAP(
      "[ErrataOverlap] %s (%s) and %s (%s) overlap and cover the same number of codes, so neither"
          + " is more specific: %s matches both. Make them disjoint, or narrow one of them."),
  NAME_CLASH(
      "[ErrataNameClash] %s and %s both generate %s. Rename one of them%s."),
  NAME_TAKEN(
      "[ErrataNameClash] %s would generate %s, but %s. Rename %s."),
  BUILT_IN_TYPE(
      "[ErrataNameClash] type UNKNOWN is the name of the type %s gives codes the catalog does not"
          + " know, as unknownType is empty. Say unknownType = \"UNKNOWN\" to give them this type, or"
          + " rename it."),
  TYPE_EXISTS(
      "[ErrataTypeExists] %s would generate %s.%s, but package %s already declares a type %s. Rename"
          + " %s, or that type."),
  DEFAULT_PACKAGE(
      "[ErrataDefaultPackage] catalog %s is in the unnamed package, where the types it generates could"
          + " not be imported from any other package. Move it into a named package."),
  OWN_CODE_MISMATCH(
      "[ErrataSourceFormat] group %s gives ownCode \"%s\", but its own code is %s: the code named"
          + " like the group. Fix ownCode, or remove it."),
  STATUS_SYNTAX(
      "[ErrataHttpStatus] %s: %s %s is not an HTTP status, a wildcard of statuses or a range of"
          + " them. Write one such as \"404\", \"5xx\" or \"500..504\" (statuses run from 100 to 599)."),
  STATUS_CLASH(
      "[ErrataStatusClash] %s (%s) and %s (%s) both stand for HTTP %d, and neither is more specific."
          + " Keep one of the two claims, or narrow one of them."),
  STATUS_IS_CODE(
      "[ErrataHttpStatus] %s: in this catalog the HTTP status is the code (envelope code ="
          + " Envelope.HTTP_STATUS), so every response has a code and no entry stands for a status alone."
          + " Declare it as a code: `@Code String %s = %s;`."),
  CODE_AND_STATUS(
      "[ErrataHttpStatus] %s is marked both @Code and @HttpStatus. Keep @Code for a code that"
          + " responses carry, or @HttpStatus for responses that carry only a status."),
  INTERFACE_NAME_CLASH(
      "[ErrataNameClash] %s would generate class %s, which is the name of the catalog interface"
          + " itself. Rename the interface, or %s."),
  CATALOG_NAME_TAKEN(
      "[ErrataNameClash] catalogs %s and %s both have name \"%s\" in package %s, so both would"
          + " generate %s. Give each catalog a name of its own."),
  EMPTY_CATALOG(
      "[ErrataEmptyCatalog] catalog %s declares no codes. Add String constants annotated @Code,"
          + " e.g. `@Code(type = \"...\") String NOT_FOUND = \"%s\";`."),
  GROUP_NOT_INTERFACE(
      "[ErrataGroupNotInterface] @Group is on %s, which is not an interface nested in the catalog."
          + " Make it a nested interface."),
  OUTSIDE_CATALOG(
      "[ErrataOutsideCatalog] @%s on %s has no effect: it is not in an @ErrorCatalog interface or"
          + " one of its nested interfaces. Move it there, or remove it."),
  UNRESOLVED(
      "[ErrataUnresolvedType] catalog %s could not be processed because %s could not be resolved."
          + " Fix the compile errors above it, or check that every referenced type is on the"
          + " class path."),
  BASELINE_NOT_FOUND(
      "[ErrataBaselineNotFound] baseline \"%s\": no such resource. Looked in: %s. Check in the JSON"
          + " export of the release your clients use (META-INF/errata/<package>.<Name>.json in its jar)"
          + " at src/main/resources/%s, or remove baseline."),
  BASELINE_FORMAT("[ErrataBaselineFormat] %s."),
  ACCEPT_SYNTAX(
      "[ErrataAcceptSyntax] accept = \"%s\" is not \"<rule id>:<entry>\". Write it as, e.g.,"
          + " \"ErrataCodeRemoved:LOGON\"."),
  ACCEPT_UNUSED(
      "[ErrataAcceptUnused] accept = \"%s\" names no breaking change since the baseline. Remove it."),
  CODE_REMOVED(
      "[ErrataCodeRemoved] entry %s (%s) was removed: clients receiving %s now decode an unknown code."
          + " Restore it, or accept the break with accept = \"ErrataCodeRemoved:%s\"."),
  CODE_NARROWED(
      "[ErrataCodeNarrowed] entry %s now covers %s instead of %s: %s %s matching it. Widen it back,"
          + " or accept the break with accept = \"ErrataCodeNarrowed:%s\"."),
  CODE_MOVED(
      "[ErrataCodeMoved] %s moved from entry %s to entry %s: clients now decode %s as %s, not %s."
          + " Keep %s where %s, or accept the break with accept = \"ErrataCodeMoved:%s\"."),
  RETRY_CHANGED(
      "[ErrataRetryChanged] entry %s: its retry meaning changed from %s to %s (type %s, was %s)%s."
          + " Keep its type, or accept the break with accept = \"ErrataRetryChanged:%s\"."),
  HTTP_STATUS_CHANGED(
      "[ErrataHttpStatusChanged] entry %s: its HTTP status changed from %s to %s, so clients that"
          + " decode by status read it differently. Keep the status, or accept the break with"
          + " accept = \"ErrataHttpStatusChanged:%s\"."),
  ENVELOPE_CHANGED(
      "[ErrataEnvelopeChanged] the envelope's %s changed from \"%s\" to \"%s\": clients read that"
          + " field where it was. Keep it, or accept the break with accept = \"ErrataEnvelopeChanged:%s\"."),
  LOCALE_REMOVED(
      "[ErrataLocaleRemoved] locale %s was removed: clients asking for it get descriptions in %s."
          + " Restore it, or accept the break with accept = \"ErrataLocaleRemoved:%s\"."),
  CONSTANT_RENAMED(
      "[ErrataConstantRenamed] code %s is now entry %s, was %s: client code naming %s.%s or %s no"
          + " longer compiles. Keep the name, or accept the break with accept = \"ErrataConstantRenamed:%s\"."),
  CONSTANT_REMOVED(
      "[ErrataConstantRemoved] entry %s was removed: client code naming %s.%s or %s no longer compiles."
          + " Restore it, or accept the break with accept = \"ErrataConstantRemoved:%s\"."),
  TYPE_REMOVED(
      "[ErrataTypeRemoved] error type %s was removed: client code naming %s.%s no longer compiles."
          + " Restore it, or accept the break with accept = \"ErrataTypeRemoved:%s\"."),
  GROUP_MOVED(
      "[ErrataGroupMoved] entry %s moved from %s to %s: its exception now extends %s, not %s, so"
          + " client code catching %s no longer catches it. Move it back, or accept the break with"
          + " accept = \"ErrataGroupMoved:%s\"."),
  GROUP_REMOVED(
      "[ErrataGroupRemoved] group %s was removed: client code naming %s no longer compiles. Restore it,"
          + " or accept the break with accept = \"ErrataGroupRemoved:%s\"."),
  NEW_SUBCLASS(
      "[ErrataNewSubclass] entry %s adds %s, a new permitted subclass of sealed %s: every switch over"
          + " %s without a default in client code needs a case for it. Put the entry in a leaf group,"
          + " or accept the break with accept = \"ErrataNewSubclass:%s\"."),
  ENTRY_ADDED("[ErrataEntryAdded] entry %s (%s) was added, outside every earlier range.",
      Diagnostic.Kind.NOTE),
  DESCRIPTION_CHANGED("[ErrataDescriptionChanged] the description of %s in %s changed.",
      Diagnostic.Kind.NOTE),
  BREAK_ACCEPTED("[ErrataBreakAccepted] accepted by accept = \"%s\": %s", Diagnostic.Kind.NOTE),
  WRITE("[ErrataWrite] could not write %s: %s"),
  INTERNAL(
      "[ErrataInternal] the Errata processor failed on %s. This is a bug in Errata, not in your"
          + " catalog; please report it with this stack trace:%n%s");

  private final String format;
  private final Diagnostic.Kind kind;

  Diagnostics(String format) {
    this(format, Diagnostic.Kind.ERROR);
  }

  Diagnostics(String format, Diagnostic.Kind kind) {
    this.format = format;
    this.kind = kind;
  }

  /** The message as written, with its {@link java.util.Formatter} specifiers. */
  String template() {
    return format;
  }

  /** The message with its arguments filled in. */
  public String format(Object... args) {
    return String.format(format, args);
  }

  /**
   * How severe the message is: errors, so a wrong catalog never builds, but for the notes of changes
   * since a baseline that break no client.
   */
  public Diagnostic.Kind kind() {
    return kind;
  }

  /** The bracketed id, such as {@code [ErrataDuplicateCode]}. */
  public String id() {
    return format.substring(0, format.indexOf(']') + 1);
  }
}
