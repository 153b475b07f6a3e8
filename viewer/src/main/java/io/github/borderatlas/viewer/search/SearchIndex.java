package io.github.borderatlas.viewer.search;

import io.github.borderatlas.core.io.atlas.AtlasFeatureEncoder;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.proximity.BorderProximity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Finds features by text: the names of atlas features in English, Kazakh, Chinese and Russian
 * (properties {@code name}, {@code name_kk}, {@code name_zh}, {@code name_ru}, and a crossing's
 * names on each side) and every attribute value (strings and numbers) of feature lists added with
 * {@link Builder#addFeatures}. A query matches a value that contains it, ignoring case and accents
 * ({@link TextFold}). Results come best first: a value starting with the query before one
 * containing it, a name before another attribute, then shorter values, then in the order added; one
 * hit per feature.
 *
 * <p>Building folds every value once (a few milliseconds for the bundled atlas: do it off the event
 * thread); {@link #search} scans the folded values (microseconds per thousand). Immutable and
 * thread-safe.
 */
public final class SearchIndex {

  /** The atlas properties searched. */
  public static final List<String> NAME_KEYS =
      List.of("name", "name_kk", "name_zh", "name_ru", "name_kz_side", "name_cn_side");

  /** An index with nothing in it. */
  public static final SearchIndex EMPTY = new Builder().build();

  private final List<Entry> entries;

  private SearchIndex(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** The index of an atlas' names ({@link Builder#addAtlas}). */
  public static SearchIndex of(Atlas atlas) {
    return builder().addAtlas(atlas).build();
  }

  /** How many values are indexed. */
  public int size() {
    return entries.size();
  }

  /**
   * The features whose values contain {@code query}, best first.
   *
   * @param query the text; blank finds nothing
   * @param limit the most hits returned, ≥ 1
   */
  public List<SearchHit> search(String query, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, was " + limit);
    }
    String q = TextFold.fold(query == null ? "" : query.strip());
    if (q.isEmpty()) {
      return List.of();
    }
    List<Match> matches = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      int at = e.folded.indexOf(q);
      if (at >= 0) {
        matches.add(new Match(e, at == 0 ? 0 : 1, i));
      }
    }
    matches.sort(
        Comparator.<Match>comparingInt(m -> m.rank)
            .thenComparingInt(m -> m.entry.isName ? 0 : 1)
            .thenComparingInt(m -> m.entry.folded.length())
            .thenComparingInt(m -> m.order));
    List<SearchHit> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Match m : matches) {
      if (seen.add(m.entry.hit.layer() + "\u0000" + m.entry.hit.id())) {
        out.add(m.entry.hit);
        if (out.size() == limit) {
          break;
        }
      }
    }
    return out;
  }

  private record Entry(SearchHit hit, String folded, boolean isName) {}

  private record Match(Entry entry, int rank, int order) {}

  /** Collects values to index. Not thread-safe. */
  public static final class Builder {
    private final List<Entry> entries = new ArrayList<>();

    private Builder() {}

    /** Adds the names of every atlas feature ({@link #NAME_KEYS}), its layer the atlas layer id. */
    public Builder addAtlas(Atlas atlas) {
      for (GeoJsonFeature f : AtlasFeatureEncoder.encode(atlas)) {
        String layer = String.valueOf(f.properties().get("layer"));
        for (String key : NAME_KEYS) {
          add(layer, f, f.id(), key, f.properties().get(key), true);
        }
      }
      return this;
    }

    /**
     * Adds every string and number property of a list of features (a user layer), its layer the
     * given name; ids as {@link BorderProximity#idOf}.
     */
    public Builder addFeatures(String layer, List<GeoJsonFeature> features) {
      Objects.requireNonNull(layer, "layer");
      for (int i = 0; i < features.size(); i++) {
        GeoJsonFeature f = features.get(i);
        String id = BorderProximity.idOf(f, i + 1L);
        for (Map.Entry<String, Object> p : f.properties().entrySet()) {
          add(layer, f, id, p.getKey(), p.getValue(), p.getKey().equals("name"));
        }
      }
      return this;
    }

    private void add(
        String layer, GeoJsonFeature f, String id, String key, Object value, boolean isName) {
      if (!(value instanceof String || value instanceof Number)) {
        return;
      }
      String text = String.valueOf(value);
      String folded = TextFold.fold(text);
      if (folded.isBlank()) {
        return;
      }
      String name = f.string("name") != null ? f.string("name") : id;
      entries.add(
          new Entry(new SearchHit(layer, id, name, key, text, f.geometry()), folded, isName));
    }

    /** The index. */
    public SearchIndex build() {
      return new SearchIndex(entries);
    }
  }
}
