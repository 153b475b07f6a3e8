package io.github.borderatlas.core.io.atlas;

import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.model.Atlas;
import io.github.borderatlas.core.model.AtlasFeature;
import io.github.borderatlas.core.model.Border;
import io.github.borderatlas.core.model.BorderSegment;
import io.github.borderatlas.core.model.Country;
import io.github.borderatlas.core.model.DatedName;
import io.github.borderatlas.core.model.DisputedSector;
import io.github.borderatlas.core.model.Figure;
import io.github.borderatlas.core.model.Figures;
import io.github.borderatlas.core.model.Lake;
import io.github.borderatlas.core.model.Layer;
import io.github.borderatlas.core.model.Names;
import io.github.borderatlas.core.model.PartialDate;
import io.github.borderatlas.core.model.Place;
import io.github.borderatlas.core.model.PositionAccuracy;
import io.github.borderatlas.core.model.River;
import io.github.borderatlas.core.model.TimelineEntry;
import io.github.borderatlas.core.model.Validity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Turns atlas features into GeoJSON features with exactly the properties of the atlas schema
 * ({@code docs/geojson-schema.md}, listed by {@link AtlasSchema}) in the schema's order.
 *
 * <p>Conventions: enum values are written lower case with hyphens ({@code "border-crossing"});
 * units by their symbol ({@code "km²"}, {@code "count"}); dates as ISO-8601 text at their precision
 * ({@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}, also for {@code valid_from} and {@code
 * valid_to}); numbers as {@link Double}; figures as arrays of figure objects. Optional values are
 * left out when absent, and so are empty arrays ({@code figures}, {@code parties}, {@code
 * concerns}); {@code summary} and {@code evidence} are always written (possibly empty). The feature
 * id equals the {@code id} property. Geometries are the model's own instances (WGS84 lon/lat), not
 * copies: the output must not be mutated.
 *
 * <p>A {@link Border} is encoded without its segments; {@link #encode(Atlas)} emits the segments as
 * separate {@code border-segment} features right after it.
 *
 * <p>Stateless and thread-safe.
 */
public final class AtlasFeatureEncoder {

  private AtlasFeatureEncoder() {}

  /**
   * Every feature of the atlas in {@link Atlas#features()} order (countries, border, segments,
   * lakes, rivers, sectors, places, timeline). Atlas-wide figures are not features; write them with
   * {@link FiguresJson}.
   */
  public static List<GeoJsonFeature> encode(Atlas atlas) {
    return encode(atlas, null);
  }

  /**
   * The features of the given layers, in {@link Atlas#features()} order.
   *
   * @param layers the layers to keep, or {@code null} for all
   */
  public static List<GeoJsonFeature> encode(Atlas atlas, Set<Layer> layers) {
    Objects.requireNonNull(atlas, "atlas");
    List<GeoJsonFeature> out = new ArrayList<>();
    for (AtlasFeature f : atlas.features()) {
      if (layers == null || layers.contains(f.layer())) {
        out.add(encode(f, atlas.datedNames(f.id())));
      }
    }
    return out;
  }

  /**
   * One feature with the history of its names: as {@link #encode(AtlasFeature)} plus, when {@code
   * history} is not empty, a {@code name_history} array of {@code {name, name_kk, name_zh, name_ru,
   * valid_from, valid_to, source}} objects (absent members left out), so that an export at a date,
   * which names the feature as on that date, keeps the whole history.
   */
  public static GeoJsonFeature encode(AtlasFeature feature, List<DatedName> history) {
    GeoJsonFeature plain = encode(feature);
    if (history.isEmpty()) {
      return plain;
    }
    Map<String, Object> p = new LinkedHashMap<>(plain.properties());
    List<Object> list = new ArrayList<>();
    for (DatedName n : history) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", n.names().english());
      putNames(m, n.names());
      if (!n.validity().isStartKnown()) {
        m.put("valid_from", Validity.UNKNOWN);
      }
      n.validity().partialFrom().ifPresent(d -> m.put("valid_from", d.toString()));
      n.validity().partialTo().ifPresent(d -> m.put("valid_to", d.toString()));
      m.put("source", n.source());
      list.add(m);
    }
    p.put(AtlasSchema.NAME_HISTORY, list);
    return new GeoJsonFeature(plain.id(), plain.geometry(), p);
  }

  /**
   * One feature.
   *
   * @throws IllegalArgumentException for an {@link AtlasFeature} implementation outside the model
   */
  public static GeoJsonFeature encode(AtlasFeature feature) {
    Objects.requireNonNull(feature, "feature");
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", feature.id());
    p.put("layer", feature.layer().id());
    p.put("name", feature.name());
    p.put("source", feature.provenance().source());
    p.put("license", feature.provenance().license());
    feature.validity().partialFrom().ifPresent(d -> p.put("valid_from", d.toString()));
    if (!feature.validity().isStartKnown()) {
      p.put("valid_from", Validity.UNKNOWN);
    }
    feature.validity().partialTo().ifPresent(d -> p.put("valid_to", d.toString()));
    if (feature instanceof Border) {
      // no further properties; segments are features of their own
    } else if (feature instanceof BorderSegment s) {
      p.put("kind", EnumIds.id(s.kind()));
      putIfPresent(p, "waterbody", s.waterbody());
      p.put("start_chainage_m", s.startChainageMetres());
      p.put("end_chainage_m", s.endChainageMetres());
      p.put("evidence", s.evidence());
    } else if (feature instanceof River r) {
      putNames(p, r.names());
      putIfPresent(p, "outflow", r.outflowId());
      p.put("transboundary", r.transboundary());
      putFigures(p, r.figures());
    } else if (feature instanceof Lake l) {
      putNames(p, l.names());
      putFigures(p, l.figures());
    } else if (feature instanceof Place pl) {
      p.put("kind", EnumIds.id(pl.kind()));
      putNames(p, pl.names());
      putIfPresent(p, "name_kz_side", pl.kazakhstanSideName());
      putIfPresent(p, "name_cn_side", pl.chinaSideName());
      putAccuracy(p, pl.accuracy());
      putIfPresent(p, "opened", pl.opened().map(PartialDate::toString));
      putIfPresent(p, "note", pl.note());
      putIfPresent(p, "side", pl.side());
    } else if (feature instanceof DisputedSector d) {
      putNames(p, d.names());
      putIfPresent(p, "treaty_points", d.treatyPoints());
      putIfPresent(p, "settled_by", d.settledById());
      putFigures(p, d.figures());
      putAccuracy(p, d.locationAccuracy());
      putIfPresent(p, "note", d.note());
    } else if (feature instanceof TimelineEntry e) {
      p.put("date", e.date().toString());
      p.put("date_precision", EnumIds.id(e.date().precision()));
      p.put("kind", EnumIds.id(e.kind()));
      p.put("summary", e.summary());
      putIfPresent(p, "place_name", e.placeName());
      putList(p, "parties", e.parties());
      putList(p, "concerns", e.concerns());
      putIfPresent(p, "side", e.side());
    } else if (feature instanceof Country c) {
      p.put("iso_a3", c.isoA3());
      putNames(p, c.names());
    } else {
      throw new IllegalArgumentException(
          "cannot encode "
              + feature.getClass().getName()
              + " ("
              + feature.id()
              + "): not an atlas model type");
    }
    return new GeoJsonFeature(feature.id(), feature.geometry(), p);
  }

  /** A figure as the schema's figure object (an ordered map; no note when absent). */
  public static Map<String, Object> encodeFigure(Figure figure) {
    return FigureCodec.encode(Objects.requireNonNull(figure, "figure"));
  }

  private static void putIfPresent(Map<String, Object> p, String key, Optional<String> value) {
    value.ifPresent(v -> p.put(key, v));
  }

  private static void putNames(Map<String, Object> p, Names names) {
    putIfPresent(p, "name_kk", names.kazakh());
    putIfPresent(p, "name_zh", names.chinese());
    putIfPresent(p, "name_ru", names.russian());
  }

  private static void putAccuracy(Map<String, Object> p, PositionAccuracy accuracy) {
    if (accuracy != null) {
      p.put("accuracy_m", accuracy.radiusMetres());
      p.put("accuracy_basis", accuracy.basis());
    }
  }

  private static void putFigures(Map<String, Object> p, Figures figures) {
    if (!figures.isEmpty()) {
      List<Object> list = new ArrayList<>(figures.all().size());
      for (Figure f : figures.all()) {
        list.add(FigureCodec.encode(f));
      }
      p.put("figures", List.copyOf(list));
    }
  }

  private static void putList(Map<String, Object> p, String key, List<String> values) {
    if (!values.isEmpty()) {
      p.put(key, List.copyOf(values));
    }
  }
}
