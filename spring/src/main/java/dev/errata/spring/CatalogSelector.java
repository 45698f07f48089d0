package dev.errata.spring;

import dev.errata.catalog.Catalog;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which catalog decodes the response to a request, for a client that calls several APIs: the
 * catalog a request attribute names ({@link #ATTRIBUTE}), else the one whose base URL the request's
 * URI starts with (the longest such), else the only catalog there is; {@code null} when none is
 * chosen, and the response is then left to Spring as it is. Never a guess between two catalogs.
 */
@FunctionalInterface
public interface CatalogSelector {

  /**
   * The request attribute that names the catalog of one request, a {@link Catalog} or a catalog's
   * {@link Catalog#name() name}: {@code restClient.get().uri(...).attribute(CatalogSelector.ATTRIBUTE,
   * "Khipu")}, or for every request of a client {@code builder.defaultRequest(r ->
   * r.attribute(CatalogSelector.ATTRIBUTE, "Khipu"))}.
   */
  String ATTRIBUTE = "dev.errata.spring.catalog";

  /**
   * The catalog of the request to {@code uri} with {@code attributes}, or {@code null} for none.
   *
   * @throws IllegalArgumentException if the attribute names a catalog this selector does not know
   */
  Catalog<?> select(URI uri, Map<String, Object> attributes);

  /** Every request's catalog is {@code catalog}, unless its {@link #ATTRIBUTE} gives another {@code Catalog}. */
  static CatalogSelector of(Catalog<?> catalog) {
    return of(List.of(catalog), Map.of());
  }

  /**
   * Chooses among {@code catalogs}: the request's {@link #ATTRIBUTE}, else the catalog whose base URL
   * (in {@code baseUrls}, by catalog name) is the longest prefix of the request's URI, else the only
   * catalog when there is one; else none.
   *
   * @param baseUrls base URLs by catalog name, such as {@code "Khipu" -> ["https://payment-api.khipu.com/"]}
   * @throws IllegalArgumentException if two catalogs share a name, or a base URL names no catalog
   */
  static CatalogSelector of(Collection<? extends Catalog<?>> catalogs,
      Map<String, ? extends Collection<String>> baseUrls) {
    Map<String, Catalog<?>> byName = new LinkedHashMap<>();
    for (Catalog<?> catalog : catalogs) {
      Catalog<?> before = byName.put(catalog.name(), Objects.requireNonNull(catalog, "catalog"));
      if (before != null && before != catalog) {
        throw new IllegalArgumentException("two catalogs are named " + catalog.name()
            + ": give each client the one it decodes with, CatalogSelector.of(catalog)");
      }
    }
    List<Map.Entry<String, Catalog<?>>> routes = new ArrayList<>();
    baseUrls.forEach((name, urls) -> {
      Catalog<?> catalog = byName.get(name);
      if (catalog == null) {
        throw new IllegalArgumentException("base URLs are given for a catalog named " + name
            + ", but the catalogs are " + byName.keySet());
      }
      urls.forEach(url -> routes.add(Map.entry(Objects.requireNonNull(url, "url"), catalog)));
    });
    routes.sort((a, b) -> Integer.compare(b.getKey().length(), a.getKey().length()));
    Catalog<?> only = byName.size() == 1 ? byName.values().iterator().next() : null;
    return (uri, attributes) -> {
      Object named = attributes.get(ATTRIBUTE);
      if (named instanceof Catalog<?> catalog) {
        return catalog;
      }
      if (named != null) {
        Catalog<?> catalog = byName.get(named.toString());
        if (catalog == null) {
          throw new IllegalArgumentException("the request attribute " + ATTRIBUTE + " names the catalog "
              + named + ", but the catalogs are " + byName.keySet());
        }
        return catalog;
      }
      String target = uri.toString();
      for (Map.Entry<String, Catalog<?>> route : routes) {
        if (target.startsWith(route.getKey())) {
          return route.getValue();
        }
      }
      return only;
    };
  }
}
