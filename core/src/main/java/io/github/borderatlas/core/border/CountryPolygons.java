package io.github.borderatlas.core.border;

import io.github.borderatlas.core.io.geojson.FeatureStream;
import io.github.borderatlas.core.io.geojson.GeoJsonFeature;
import io.github.borderatlas.core.io.geojson.GeoJsonReader;
import io.github.borderatlas.core.io.geojson.ReadOptions;
import io.github.borderatlas.core.model.Geometries;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;

/**
 * Reads a country-polygon GeoJSON file (one or more features per country, a property naming it,
 * Polygon or MultiPolygon geometries in WGS84 lon/lat) into an {@link OutlineIndex}, streaming with
 * the project's {@link GeoJsonReader} so that only the outlines kept are held in memory. Features
 * without the key property or without a polygonal geometry are skipped and counted. Malformed files
 * fail with a located {@link io.github.borderatlas.core.io.geojson.GeoJsonException}. Stateless and
 * thread-safe.
 */
public final class CountryPolygons {

  /** Margin around the two countries' common box within which neighbours are read, degrees. */
  static final double NEIGHBOUR_MARGIN_DEGREES = 0.05;

  private CountryPolygons() {}

  /**
   * What was read.
   *
   * @param index the outlines
   * @param geometries the outlines as read, by key (only for {@link #pair}; empty for {@link #all})
   * @param features features read
   * @param skipped features without the key or without a polygonal geometry
   */
  public record Read(
      OutlineIndex index, Map<String, Geometry> geometries, long features, long skipped) {
    /**
     * Checks the index and copies the map.
     *
     * @param index the outlines
     * @param geometries the outlines as read, by key (only for {@link #pair}; empty for {@link
     *     #all})
     * @param features features read
     * @param skipped features without the key or without a polygonal geometry
     * @throws NullPointerException if {@code index} or {@code geometries} is {@code null}, or the
     *     map holds a {@code null} key or value
     */
    public Read {
      Objects.requireNonNull(index, "index");
      geometries = Map.copyOf(geometries);
    }
  }

  /**
   * Every country of the file, in one pass (about 40 bytes per vertex held).
   *
   * @param file the GeoJSON file
   * @param key the property naming a country, e.g. {@code A3}
   * @param bufferMetres the index buffer (twice the extraction tolerance)
   */
  public static Read all(Path file, String key, double bufferMetres) {
    OutlineIndex.Builder b = OutlineIndex.builder(bufferMetres);
    long[] counts = new long[2];
    read(file, key, ReadOptions.builder(), (k, g) -> b.add(k, g), counts);
    return new Read(b.build(), Map.of(), counts[0], counts[1]);
  }

  /**
   * The named countries only, in one pass (rings of features with other keys are not held).
   *
   * @param keys the countries wanted; those absent from the file are simply not in the index
   */
  public static Read select(Path file, String key, Collection<String> keys, double bufferMetres) {
    OutlineIndex.Builder b = OutlineIndex.builder(bufferMetres);
    long[] counts = new long[2];
    read(file, key, ReadOptions.builder().where(key, keys), (k, g) -> b.add(k, g), counts);
    return new Read(b.build(), Map.of(), counts[0], counts[1]);
  }

  /**
   * Two countries and the neighbours that could meet their common boundary: a first pass reads the
   * two, a second the other countries whose box meets the two countries' common box (widened by
   * {@value #NEIGHBOUR_MARGIN_DEGREES}°).
   *
   * @throws IllegalArgumentException when either country is not in the file (the message names the
   *     file, the property and the values found missing)
   */
  public static Read pair(Path file, String key, String first, String second, double bufferMetres) {
    Map<String, List<Geometry>> two = new LinkedHashMap<>();
    long[] counts = new long[2];
    read(
        file,
        key,
        ReadOptions.builder().where(key, List.of(first, second)),
        (k, g) -> two.computeIfAbsent(k, x -> new ArrayList<>()).add(g),
        counts);
    List<String> missing = new ArrayList<>();
    for (String c : List.of(first, second)) {
      if (!two.containsKey(c)) {
        missing.add(c);
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          file + ": no polygon feature with " + key + " = " + String.join(" or ", missing));
    }
    OutlineIndex.Builder b = OutlineIndex.builder(bufferMetres);
    Map<String, Geometry> geometries = new LinkedHashMap<>();
    for (String c : List.of(first, second)) {
      Geometry g = polygons(two.get(c));
      geometries.put(c, g);
      b.add(c, g);
    }
    Envelope common = geometries.get(first).getEnvelopeInternal();
    common = common.intersection(geometries.get(second).getEnvelopeInternal());
    if (!common.isNull()) {
      common.expandBy(NEIGHBOUR_MARGIN_DEGREES);
      ReadOptions.Builder near =
          ReadOptions.builder()
              .bbox(
                  Math.max(-180, common.getMinX()),
                  Math.max(-90, common.getMinY()),
                  Math.min(180, common.getMaxX()),
                  Math.min(90, common.getMaxY()))
              .propertyFilter(p -> !Set.of(first, second).contains(String.valueOf(p.get(key))));
      Envelope box = common;
      read(file, key, near, (k, g) -> b.add(k, partsWithin(g, box)), new long[2]);
    }
    return new Read(b.build(), geometries, counts[0], counts[1]);
  }

  /** The polygons of {@code g} whose box meets {@code box} (the rest cannot meet the border). */
  private static Geometry partsWithin(Geometry g, Envelope box) {
    List<Geometry> kept = new ArrayList<>();
    for (int i = 0; i < g.getNumGeometries(); i++) {
      if (g.getGeometryN(i).getEnvelopeInternal().intersects(box)) {
        kept.add(g.getGeometryN(i));
      }
    }
    return Geometries.FACTORY.buildGeometry(kept);
  }

  /** The polygons of the geometries as one MultiPolygon. */
  private static Geometry polygons(List<Geometry> gs) {
    List<Polygon> out = new ArrayList<>();
    for (Geometry g : gs) {
      for (int i = 0; i < g.getNumGeometries(); i++) {
        if (g.getGeometryN(i) instanceof Polygon p) {
          out.add(p);
        }
      }
    }
    return Geometries.FACTORY.createMultiPolygon(out.toArray(new Polygon[0]));
  }

  private interface Sink {
    void accept(String key, Geometry polygonal);
  }

  private static void read(
      Path file, String key, ReadOptions.Builder options, Sink sink, long[] counts) {
    ReadOptions o = options.geometryFactory(Geometries.FACTORY).build();
    try (FeatureStream s = new GeoJsonReader(o).open(file)) {
      while (s.hasNext()) {
        GeoJsonFeature f = s.next();
        counts[0]++;
        Object k = f.properties().get(key);
        if (k == null || !(f.geometry() instanceof Polygonal)) {
          counts[1]++;
          continue;
        }
        sink.accept(String.valueOf(k), f.geometry());
      }
    }
  }
}
