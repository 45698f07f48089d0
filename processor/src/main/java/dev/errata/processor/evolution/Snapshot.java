package dev.errata.processor.evolution;

import dev.errata.processor.model.CodePattern;
import dev.errata.processor.model.CodePatternParser;
import dev.errata.processor.model.CodeSyntaxException;
import dev.errata.processor.model.EnvelopeDef;
import dev.errata.processor.model.ExactCode;
import dev.errata.processor.read.CatalogDeclaration;
import dev.errata.processor.read.CodeDeclaration;
import dev.errata.processor.read.DescriptionDeclaration;
import dev.errata.processor.read.EnvelopeDeclaration;
import dev.errata.processor.read.GroupDeclaration;
import dev.errata.processor.read.Located;
import dev.errata.processor.read.TypeDeclaration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What clients of a catalog depend on, read from its declaration (written in Java, or a JSON file such
 * as a baseline): entries with their group defaults applied, types, envelope and locales, each with
 * where it was declared, so a change is reported on the element that causes it.
 *
 * @param name the catalog's name, the prefix of its generated types
 * @param locales the locale tags, default first
 * @param types the retry meaning of each type, by name (such as {@code "AFTER PT4H"})
 * @param envelope each envelope field's value, by field name (attributes as {@code attribute <name>})
 * @param groups each group's path, with whether it is a leaf group
 * @param entries the entries, in declaration order
 * @param catalogAt where the catalog as a whole is reported
 */
public record Snapshot(
    String name,
    List<String> locales,
    Map<String, String> types,
    Map<String, String> envelope,
    Map<String, Boolean> groups,
    List<Entry> entries,
    Located<String> catalogAt) {

  /**
   * One entry.
   *
   * @param name its constant's name
   * @param code its code as written ({@code ""} for an entry of HTTP statuses alone)
   * @param pattern its code, parsed; empty for an entry of HTTP statuses alone
   * @param type its type's name
   * @param http its HTTP status, 0 for none
   * @param status the HTTP statuses an entry of statuses alone stands for, as written (such as {@code
   *     "5xx"}); {@code ""} for an entry with a code
   * @param groupPath its innermost group's path, {@code ""} for none
   * @param inLeaf whether a leaf group encloses it (so it has no class of its own)
   * @param descriptions its descriptions, by locale
   * @param at where it is reported
   */
  public record Entry(
      String name,
      String code,
      Optional<CodePattern> pattern,
      String type,
      int http,
      String status,
      String groupPath,
      boolean inLeaf,
      Map<String, String> descriptions,
      Located<String> at) {}

  /** The snapshot of a declaration. */
  public static Snapshot of(CatalogDeclaration declaration) {
    List<String> locales = new ArrayList<>();
    for (Located<String> locale : declaration.locales().value()) {
      locales.add(locale.value());
    }
    Map<String, String> types = new LinkedHashMap<>();
    for (TypeDeclaration type : declaration.types()) {
      String retry = type.retry().value();
      types.put(type.name().value(), type.after().value().isEmpty() ? retry : retry + " " + type.after().value());
    }
    Map<String, String> envelope = new LinkedHashMap<>();
    EnvelopeDeclaration e = declaration.envelope();
    // A problem detail's members are where RFC 9457 puts them, whatever the declaration left at
    // @Envelope's defaults (which the format ignores, and its export writes as the members).
    boolean problem = e.format().value().equals(EnvelopeDef.PROBLEM_DETAILS);
    envelope.put("format", e.format().value());
    envelope.put("typePrefix", e.typePrefix().value());
    envelope.put("code", problem ? "/type" : e.code().value());
    envelope.put("type", e.type().value());
    envelope.put("description", problem ? "/detail" : e.description().value());
    envelope.put("status", e.status().value());
    envelope.put("successStatus", e.successStatus().value());
    envelope.put("warningStatus", e.warningStatus().value());
    envelope.put("failureStatus", e.failureStatus().value());
    envelope.put("correlationId", problem && e.correlationId().value().isEmpty() ? "/instance" : e.correlationId().value());
    envelope.put("codeJson", e.codeJson().value());
    envelope.put("statusJson", e.statusJson().value());
    envelope.put("warning", e.warning().value());
    envelope.put("httpStatus", problem ? "/status" : e.httpStatus().value());
    envelope.put("correlationIdHeader", e.correlationIdHeader().value());
    envelope.put("retryHeader", e.retryHeader().value());
    for (EnvelopeDeclaration.AttributeDeclaration attribute : e.attributes()) {
      String json = attribute.json().value();
      envelope.put("attribute " + attribute.name().value(), attribute.pointer().value()
          + (json.isEmpty() || json.equals("STRING") ? "" : " as " + json));
    }
    Map<String, Boolean> groups = new LinkedHashMap<>();
    List<Entry> entries = new ArrayList<>();
    collect(declaration.root(), "", 0, false, locales.isEmpty() ? "" : locales.get(0), groups, entries);
    Located<String> catalogAt =
        new Located<>(declaration.name().value(), declaration.element(), declaration.annotation(), null);
    return new Snapshot(declaration.name().value(), locales, types, envelope, groups, entries, catalogAt);
  }

  private static void collect(GroupDeclaration group, String type, int http, boolean inLeaf,
      String defaultLocale, Map<String, Boolean> groups, List<Entry> entries) {
    String groupType = group.type().value().isEmpty() ? type : group.type().value();
    int groupHttp = group.http().value() == 0 ? http : group.http().value();
    boolean leaf = inLeaf || Boolean.TRUE.equals(group.leaf().value());
    if (!group.path().isEmpty()) {
      groups.put(group.path(), Boolean.TRUE.equals(group.leaf().value()));
    }
    for (CodeDeclaration code : group.codes()) {
      String text = code.statusOnly() || code.constantValue() == null ? "" : String.valueOf(code.constantValue());
      Map<String, String> descriptions = new LinkedHashMap<>();
      for (DescriptionDeclaration description : code.descriptions()) {
        String locale = description.locale().value();
        descriptions.put(locale.isEmpty() ? defaultLocale : locale, description.value().value());
      }
      entries.add(new Entry(
          code.name(),
          text,
          text.isEmpty() ? Optional.empty() : Optional.of(parse(text, code.reading().value())),
          code.type().value().isEmpty() ? groupType : code.type().value(),
          code.http().value() == 0 ? groupHttp : code.http().value(),
          code.statusOnly() && code.constantValue() != null ? String.valueOf(code.constantValue()) : "",
          group.path(),
          leaf,
          descriptions,
          code.at()));
    }
    for (GroupDeclaration nested : group.groups()) {
      collect(nested, groupType, groupHttp, leaf, defaultLocale, groups, entries);
    }
  }

  private static CodePattern parse(String text, String reading) {
    try {
      return "LITERAL".equals(reading) ? CodePatternParser.literal(text) : CodePatternParser.parse(text);
    } catch (CodeSyntaxException e) {
      return new ExactCode(text);
    }
  }

  /**
   * This snapshot with its entries reported where the entries of the same name in {@code positions}
   * are (what was removed, and anything not found there, on the catalog), and the catalog where it is.
   */
  public Snapshot placedAs(Snapshot positions) {
    List<Entry> placed = new ArrayList<>();
    for (Entry entry : entries) {
      Located<String> at = positions.entry(entry.name()).map(Entry::at).orElse(positions.catalogAt());
      placed.add(new Entry(entry.name(), entry.code(), entry.pattern(), entry.type(), entry.http(),
          entry.status(), entry.groupPath(), entry.inLeaf(), entry.descriptions(), at));
    }
    return new Snapshot(name, locales, types, envelope, groups, placed, positions.catalogAt());
  }

  /** The entry named {@code name}, if any. */
  public Optional<Entry> entry(String name) {
    return entries.stream().filter(entry -> entry.name().equals(name)).findFirst();
  }

  /**
   * The entry a received {@code code} decodes as: the exact code if there is one, else the first range
   * or wildcard holding it.
   */
  public Optional<Entry> match(String code) {
    Optional<Entry> range = Optional.empty();
    for (Entry entry : entries) {
      if (entry.pattern().isEmpty() || !entry.pattern().get().contains(code)) {
        continue;
      }
      if (!entry.pattern().get().isRange()) {
        return Optional.of(entry);
      }
      if (range.isEmpty()) {
        range = Optional.of(entry);
      }
    }
    return range;
  }
}
